// Bundles the CLI with esbuild: one file starts far faster than a tree of modules.
// The interactive explorer is split into its own chunk so --print and --json never
// load ink or react.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const fastWidth = fileURLToPath(new URL('../source/text/fast-width.ts', import.meta.url));
const packageReaderStub = fileURLToPath(new URL('./stub-package-reader.ts', import.meta.url));

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

/**
 * meow reads and normalises package.json unless it is given `pkg`; comb gives it, so that
 * code (read-package-up, parse-json's code frames, normalize-package-data and its SPDX tables) is dead. Left
 * in, it is compiled at every start and partly run (sorting the SPDX tables starts ICU's
 * collator), tens of milliseconds. This points meow's two package helpers at stubs that
 * throw and marks meow's eager calls into them pure, so esbuild drops them. The build stops
 * if meow's text no longer reads as expected: a new meow cannot quietly undo this.
 */
const meowWithoutPackageReader = {
	name: 'meow-without-package-reader',
	setup(esbuild) {
		const edit = async (path, replacements) => {
			let text = await readFile(path, 'utf8');
			for (const [from, to] of replacements) {
				if (!text.includes(from)) {
					throw new Error(`meow-without-package-reader: ${path} no longer holds ${JSON.stringify(from)}`);
				}
				text = text.replace(from, to);
			}
			return {contents: text, loader: 'js'};
		};
		esbuild.onLoad({filter: /[\\/]meow[\\/]build[\\/]options\.js$/}, (args) =>
			edit(args.path, [
				[
					"import { a as readPackageUpSync, n as normalizePackageData } from './dependencies.js';",
					`import {readPackageUpSync, normalizePackageData} from ${JSON.stringify(packageReaderStub)};`,
				],
			]),
		);
		esbuild.onLoad({filter: /[\\/]meow[\\/]build[\\/]dependencies\.js$/}, (args) =>
			edit(args.path, [
				['var libExports = requireLib$1();', 'var libExports = /* @__PURE__ */ requireLib$1();'],
				['var normalizeExports = requireNormalize();', 'var normalizeExports = /* @__PURE__ */ requireNormalize();'],
				[
					'const normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
					'const normalizePackageData = /* @__PURE__ */ getDefaultExportFromCjs(normalizeExports);',
				],
				['\npromisify(execFile);', '\n/* @__PURE__ */ promisify(execFile);'],
			]),
		);
	},
};

const {version} = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const outdir = new URL('../dist/', import.meta.url).pathname;
await rm(outdir, {recursive: true, force: true});
/**
 * The parts loaded on demand, each its own file: the explorer (Ink, React) and search
 * (the search engine). The command line refers to them by their built names and never loads them
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
	plugins: [fastStringWidth, separateLazyParts, meowWithoutPackageReader],
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
