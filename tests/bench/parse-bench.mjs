/**
 * Parser benchmark: throughput against the floor of reading the file, peak memory, and
 * the CLI's start-up against a bare `node -e 0`. Prints Markdown tables.
 *
 * The parser is bundled from source/parse/parse.ts with esbuild into a temporary file,
 * so the bench measures the core alone and does not depend on what dist/cli.js exports.
 * Corpora come from build/generate.js (run after `npm run build`) and are kept in
 * os.tmpdir()/threadcomb-bench, named by comment count and a hash of the generator, so
 * they are generated once and regenerated only when the generator changes.
 *
 * Usage: node --expose-gc tests/bench/parse-bench.mjs [--sizes 100000,1000000] [--runs 5]
 * Targets (from the issue): parse, read included, >= 150 MB/s at 1M comments; peak RSS
 * during parse <= 3x the input size; `--json` and `--print` start-up <= 1.5x `node -e 0`.
 * Misses are marked in the tables; the exit code stays 0 (timings depend on the machine).
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {corpus, fixed, generator, mark, median, msSince, now, root, work} from './bench-support.mjs';

const cli = path.join(root, 'dist/cli.js');
const sample = path.join(root, 'data/coalition-base.txt');
const MB = 1e6;

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(name);
	return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const sizes = option('--sizes', '100000,1000000').split(',').map(Number);
const runs = Number(option('--runs', '5'));
const coldRuns = 3;
const startRuns = 15;

if (!existsSync(generator) || !existsSync(cli)) {
	process.stderr.write('parse-bench: dist/ is missing: run `npm run build` first\n');
	process.exit(2);
}
mkdirSync(work, {recursive: true});

// --- The parser, bundled on its own ---------------------------------------------------

const parseBundle = path.join(work, `parse-${process.pid}.mjs`);
await build({
	entryPoints: [path.join(root, 'source/parse/parse.ts')],
	outfile: parseBundle,
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	logLevel: 'warning',
});
const {parseBytes} = await import(pathToFileURL(parseBundle).href);

/** Runs in a fresh process: reads and parses one file, then reports time and peak RSS. */
const childScript = path.join(work, `parse-child-${process.pid}.mjs`);
writeFileSync(
	childScript,
	`import {readFileSync} from 'node:fs';
const [bundle, file] = process.argv.slice(2);
const {parseBytes} = await import(bundle);
globalThis.gc?.();
const before = process.resourceUsage().maxRSS * 1024;
const start = process.hrtime.bigint();
const articles = parseBytes(readFileSync(file), file);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
let comments = 0;
for (const article of articles) comments += article.thread.size;
process.stdout.write(JSON.stringify({ms, before, peak: process.resourceUsage().maxRSS * 1024, articles: articles.length, comments}));
`,
);

// --- Helpers -----------------------------------------------------------------------------

/** The floor: read the file into memory and count its lines, as fast as Node can. */
function readAndCount(file) {
	const bytes = readFileSync(file);
	let lines = 0;
	for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) {
		lines++;
	}
	return lines;
}

/** Median wall time of `runs` calls after one warm-up; a GC between calls when exposed. */
function timeIt(action) {
	action();
	const times = [];
	for (let run = 0; run < runs; run++) {
		globalThis.gc?.();
		const start = now();
		action();
		times.push(msSince(start));
	}
	return median(times);
}

/** Peak RSS of an idle Node process (the same flags as the parse child), median of 3. */
function idleRss() {
	const values = [];
	for (let run = 0; run < 3; run++) {
		const result = spawnSync(
			process.execPath,
			['--expose-gc', '-e', 'process.stdout.write(String(process.resourceUsage().maxRSS * 1024))'],
			{encoding: 'utf8'},
		);
		values.push(Number(result.stdout));
	}
	return median(values);
}

/**
 * Median wall time (ms) of `count` runs of each `node ...argv`, output discarded, after two
 * warm-up rounds. The commands take turns, so a change in machine load hits them alike.
 */
function startUp(commands, count = startRuns) {
	const times = commands.map(() => []);
	for (let run = -2; run < count; run++) {
		for (const [index, argv] of commands.entries()) {
			const start = now();
			const result = spawnSync(process.execPath, argv, {cwd: root, stdio: 'ignore'});
			const ms = msSince(start);
			if (result.status !== 0) {
				throw new Error(`node ${argv.join(' ')} exited with ${result.status}`);
			}
			if (run >= 0) {
				times[index].push(ms);
			}
		}
	}
	return times.map((list) => median(list));
}

// --- Throughput and memory ---------------------------------------------------------------

const idle = idleRss();
const throughput = [];
const memory = [];
for (const comments of sizes) {
	const file = corpus(comments);
	const size = statSync(file).size;
	const floorMs = timeIt(() => readAndCount(file));
	let parsed = 0;
	const parseMs = timeIt(() => {
		parsed = parseBytes(readFileSync(file), file).reduce((sum, article) => sum + article.thread.size, 0);
	});
	if (parsed !== comments) {
		throw new Error(`parsed ${parsed} comments from a ${comments}-comment corpus`);
	}
	globalThis.gc?.();
	const colds = [];
	for (let run = 0; run < coldRuns; run++) {
		const child = spawnSync(process.execPath, ['--expose-gc', childScript, pathToFileURL(parseBundle).href, file], {
			encoding: 'utf8',
			maxBuffer: 1 << 20,
		});
		if (child.status !== 0) {
			throw new Error(`parse child failed: ${child.stderr}`);
		}
		colds.push(JSON.parse(child.stdout));
	}
	const coldMs = median(colds.map((cold) => cold.ms));
	const peak = Math.max(...colds.map((cold) => cold.peak));
	const floorRate = size / MB / (floorMs / 1000);
	const parseRate = size / MB / (parseMs / 1000);
	const coldRate = size / MB / (coldMs / 1000);
	throughput.push({comments, size, floorRate, parseRate, coldRate, isTarget: comments >= 1_000_000});
	memory.push({comments, size, peak, extra: peak - idle, ratio: (peak - idle) / size});
}
rmSync(parseBundle, {force: true});
rmSync(childScript, {force: true});

// --- Start-up ----------------------------------------------------------------------------

const [bare, json, print] = startUp([
	['-e', '0'],
	[cli, '--json', sample],
	[cli, '--print', sample],
]);

// --- Report ------------------------------------------------------------------------------

const lines = [];
lines.push(
	`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.cpus().length}, load ${os.loadavg()[0].toFixed(2)}. Floor and warm parse: median of ${runs} in-process runs after a warm-up; cold: median of ${coldRuns} fresh processes, one parse each (what the CLI does; the target is checked on it). Read included throughout.`,
	'',
);
lines.push(
	'| corpus | size (MB) | floor: read + count `\\n` (MB/s) | parse, warm (MB/s) | parse, cold (MB/s) | cold / floor | target >= 150 MB/s |',
);
lines.push('|---:|---:|---:|---:|---:|---:|:---:|');
for (const row of throughput) {
	lines.push(
		`| ${row.comments.toLocaleString('en-US')} comments | ${fixed(row.size / MB)} | ${fixed(row.floorRate, 0)} | ${fixed(row.parseRate, 0)} | ${fixed(row.coldRate, 0)} | ${fixed((row.coldRate / row.floorRate) * 100, 1)} % | ${row.isTarget ? mark(row.coldRate >= 150) : '-'} |`,
	);
}
lines.push(
	'',
	`Peak RSS of a cold parse process (the highest of ${coldRuns}) minus that of an idle \`node --expose-gc\` process (${fixed(idle / MB)} MB):`,
	'',
);
lines.push('| corpus | input (MB) | peak RSS (MB) | peak - idle (MB) | x input | target <= 3x |');
lines.push('|---:|---:|---:|---:|---:|:---:|');
for (const row of memory) {
	lines.push(
		`| ${row.comments.toLocaleString('en-US')} comments | ${fixed(row.size / MB)} | ${fixed(row.peak / MB)} | ${fixed(row.extra / MB)} | ${fixed(row.ratio, 2)} | ${mark(row.ratio <= 3)} |`,
	);
}
lines.push(
	'',
	`Start-up on ${path.relative(root, sample)}, median of ${startRuns} runs each (taking turns), output discarded:`,
	'',
);
lines.push('| command | median (ms) | x `node -e 0` | target <= 1.5x |');
lines.push('|---|---:|---:|:---:|');
lines.push(`| \`node -e 0\` | ${fixed(bare)} | 1.00 | - |`);
lines.push(`| \`node dist/cli.js --json\` | ${fixed(json)} | ${fixed(json / bare, 2)} | ${mark(json / bare <= 1.5)} |`);
lines.push(
	`| \`node dist/cli.js --print\` | ${fixed(print)} | ${fixed(print / bare, 2)} | ${mark(print / bare <= 1.5)} |`,
);
process.stdout.write(`${lines.join('\n')}\n`);
