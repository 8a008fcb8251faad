// What the benchmarks share: where they work, timing and formatting helpers, and the
// generated corpora (made once, reused by every bench, replaced when the generator changes).
import {spawn, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** Where corpora and temporary bundles go. */
export const work = path.join(os.tmpdir(), 'threadcomb-bench');
mkdirSync(work, {recursive: true});
// comb keeps reading state and reads a config file: benchmarks give it folders of their own
// (inherited by every comb they start), so they measure the same thing on every machine
// and never write into the real home.
process.env.XDG_STATE_HOME = path.join(work, 'state');
process.env.XDG_CONFIG_HOME = path.join(work, 'config');
/** The built corpus generator. */
export const generator = path.join(root, 'build/generate.js');

export const now = () => process.hrtime.bigint();
export const msSince = (start) => Number(now() - start) / 1e6;
export const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export const fixed = (value, digits = 1) =>
	value.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits});
export const mark = (ok) => (ok ? '✓' : '✗');

/**
 * The corpus of `comments` comments, generated into the work folder unless already there.
 * Its name carries a hash of the generator, so a changed generator makes a new corpus and
 * the stale ones of that size are removed.
 */
export function corpus(comments) {
	const version = createHash('sha256').update(readFileSync(generator)).digest('hex').slice(0, 10);
	const file = path.join(work, `corpus-${comments}-${version}.txt`);
	if (!existsSync(file)) {
		process.stderr.write(`generating ${comments.toLocaleString('en-US')} comments into ${file} ...\n`);
		const partial = `${file}.${process.pid}.partial`;
		const result = spawnSync(process.execPath, [generator, '--comments', String(comments), '--out', partial], {
			stdio: 'inherit',
		});
		if (result.status !== 0) {
			throw new Error(`generate failed for ${comments} comments`);
		}
		renameSync(partial, file);
		for (const name of readdirSync(work)) {
			if (name.startsWith(`corpus-${comments}-`) && name.endsWith('.txt') && path.join(work, name) !== file) {
				rmSync(path.join(work, name), {force: true});
			}
		}
	}
	return file;
}

/**
 * The named source modules (paths from the project root), bundled with esbuild into one
 * temporary file and imported, so a bench measures our code alone, as the build compiles
 * it; the file is removed once loaded.
 */
export async function importSources(name, modules) {
	const {build} = await import('esbuild');
	const {pathToFileURL} = await import('node:url');
	mkdirSync(work, {recursive: true});
	const bundle = path.join(work, `${name}-${process.pid}.mjs`);
	await build({
		stdin: {contents: modules.map((file) => `export * from './${file}';`).join('\n'), resolveDir: root, loader: 'ts'},
		outfile: bundle,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		logLevel: 'warning',
	});
	const loaded = await import(pathToFileURL(bundle).href);
	rmSync(bundle);
	return loaded;
}

/** The built command line the pty benches run (`COMB_CLI` may point at another build). */
export const cli = process.env.COMB_CLI ?? path.join(root, 'dist/cli.js');

/**
 * comb on `file` in a pseudo-terminal (util-linux `script`) of `columns` x `rows`, with a
 * UTF-8 locale and no `CI` (Ink draws nothing under CI): the pty benches' one way to start it.
 */
export function spawnInPty(file, columns, rows) {
	const env = {...process.env, TERM: 'xterm-256color', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8'};
	delete env.CI;
	return spawn('script', ['-qfec', `stty cols ${columns} rows ${rows}; exec node ${cli} ${file}`, '/dev/null'], {
		env,
		stdio: ['pipe', 'pipe', 'inherit'],
	});
}
