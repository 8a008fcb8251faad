// Bundles the CLI with esbuild: one file starts far faster than a tree of modules
// . The interactive explorer is split into its own chunk so
// --print and --json never load ink or react.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const fastWidth = fileURLToPath(new URL('../source/text/fast-width.ts', import.meta.url));

/**
 * Sends every `string-width` import (Ink's and its helpers' too) to comb's fast-width
 * module, which answers simple text itself and loads string-width only for the rest.
 */
const fastStringWidth = {
	name: 'fast-string-width',
	setup(esbuild) {
		esbuild.onResolve({filter: /^string-width$/}, (args) =>
			args.importer === fastWidth ? undefined : {path: fastWidth},
		);
	},
};
import {chmod, readFile, rm} from 'node:fs/promises';

const {version} = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const outdir = new URL('../dist/', import.meta.url).pathname;
await rm(outdir, {recursive: true, force: true});
/**
 * The parts loaded on demand, each its own file: the explorer (Ink, React) and search
 * (fuse.js). The command line refers to them by their built names and never loads them
 * for `--print` or `--json`.
 */
const lazyParts = {
	'../ui/run-explorer.js': './explorer.js',
	'./find.js': './find.js',
};

const separateLazyParts = {
	name: 'separate-lazy-parts',
	setup(esbuild) {
		esbuild.onResolve({filter: /^(\.\.\/ui\/run-explorer|\.\/find)\.js$/}, (args) =>
			args.kind === 'dynamic-import' ? {path: lazyParts[args.path], external: true} : undefined,
		);
	},
};

const common = {
	outdir,
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minifyWhitespace: true,
	minifySyntax: true,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"', 'process.env.COMB_BUILD_VERSION': JSON.stringify(version)},
	// Ink imports its devtools integration only when DEV is set; it must not be bundled.
	alias: {'react-devtools-core': './scripts/stub-devtools.ts'},
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __combRequire} from 'node:module';\nconst require = __combRequire(import.meta.url);",
	},
	logLevel: 'warning',
};

// One file per entry, no shared chunks: a start loads one file (each further module
// costs a file read and a link), and each lazy part carries its own copy of the core.
await build({
	...common,
	entryPoints: {cli: 'source/cli/main.tsx'},
	plugins: [fastStringWidth, separateLazyParts],
});
await build({
	...common,
	entryPoints: {explorer: 'source/ui/run-explorer.tsx', find: 'source/cli/find.ts'},
	plugins: [fastStringWidth],
});
await chmod(new URL('cli.js', `file://${outdir}`), 0o755);

// The corpus generator is a development tool: it is built beside the package, never into it.
const toolsdir = new URL('../build/', import.meta.url).pathname;
await build({...common, outdir: toolsdir, entryPoints: {generate: 'scripts/corpus/generate-cli.ts'}, plugins: []});
