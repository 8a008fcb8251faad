// The first search right after opening (issue 11, point 3: "first results within 300 ms of
// the key at 1,000,000 comments, even right after opening"). comb runs in a pseudo-terminal
// (util-linux `script`) at 100x30, its output drawn by xterm.js headless; as soon as the first
// frame (the article list) is on screen, `/` and a query are typed (one key every 30 ms), and
// the time is taken from the last key to the first screen whose prompt holds the whole query
// and whose status counts its matches ("N matches" / "no matches", not "searching..."), with
// the index progress shown on that screen (`indexing N%`) when there is one. Then Ctrl-w and a
// rarer word, then a typo, the same way. The search is over all articles (from the list).
// Anchors measured in the same run: `node -e 0`, and the load average beside each number.
// Usage: node tests/bench/first-search-bench.mjs [--sizes 100000,1000000]. Run by `npm run bench`.
import {spawnSync} from 'node:child_process';
import {openSync, readSync, closeSync} from 'node:fs';
import os from 'node:os';
import xterm from '@xterm/headless';
import {corpus, fixed, mark, median, msSince, now, spawnInPty} from './bench-support.mjs';

const columns = 100;
const rows = 30;
const keyGap = 30;
const target = 300;
const args = process.argv.slice(2);
const sizesAt = args.indexOf('--sizes');
const sizes = (sizesAt >= 0 ? args[sizesAt + 1] : '100000,1000000').split(',').map(Number);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const load = () => fixed(os.loadavg()[0], 2);

/** `node -e 0`, median of 11. */
function nodeBare() {
	const times = [];
	for (let i = 0; i < 11; i++) {
		const start = now();
		spawnSync(process.execPath, ['-e', '0']);
		times.push(msSince(start));
	}
	return median(times);
}

/**
 * The queries, from the comment text in the corpus's first 4 MB: `the`; a rare word (the least
 * frequent word of 7+ letters seen at least 3 times); a typo (two neighbouring letters of a
 * frequent 7+ letter word swapped, the commonest real typo).
 */
function queriesFrom(file) {
	const buffer = Buffer.alloc(4 * 1024 * 1024);
	const descriptor = openSync(file, 'r');
	const length = readSync(descriptor, buffer, 0, buffer.length, 0);
	closeSync(descriptor);
	const counts = new Map();
	// Comment text only: indented lines that are not an author's bullet.
	const text = buffer
		.toString('utf8', 0, length)
		.split('\n')
		.filter((line) => /^ {4,}(?!• )\S/.test(line))
		.join('\n');
	for (const word of text.toLowerCase().match(/\p{L}{7,}/gu) ?? []) {
		counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	const byCount = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
	const rare = byCount.find(([, count]) => count >= 3)?.[0] ?? 'coalition';
	const frequent = byCount.at(-1)?.[0] ?? 'temporary';
	const at = frequent.length >> 1;
	const typo = frequent.slice(0, at - 1) + frequent[at] + frequent[at - 1] + frequent.slice(at + 1);
	return [
		['common', 'the'],
		['rare', rare],
		['typo', typo],
	];
}

/** comb in a pty, drawn by xterm.js; `screen()` is the text on screen, `onScreen` is called with each new one. */
function startComb(file) {
	const child = spawnInPty(file, columns, rows);
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	const session = {child, watchers: [], screen: ''};
	terminal.onData((data) => child.stdin.write(data));
	child.stdout.on('data', (chunk) => {
		const arrived = now();
		terminal.write(chunk, () => {
			const buffer = terminal.buffer.active;
			session.screen = Array.from({length: rows}, (_, row) =>
				buffer.getLine(buffer.viewportY + row).translateToString(true),
			).join('\n');
			session.watchers = session.watchers.filter((watch) => !watch(session.screen, arrived));
		});
	});
	/** Resolves with the arrival time of the first screen passing `test` (and that screen). */
	session.waitFor = (test, timeout = 120_000) =>
		new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`timed out; the screen:\n${session.screen}`)), timeout);
			session.watchers.push((screen, arrived) => {
				if (!test(screen)) {
					return false;
				}
				clearTimeout(timer);
				resolve({arrived, screen});
				return true;
			});
		});
	return session;
}

/** Whether `screen` shows the results of `query`: the prompt holds it and the status counts them. */
function showsResults(screen, query) {
	const lines = screen.split('\n');
	const isTyped = lines.some((line) => line.trimEnd() === `/ ${query}`);
	return isTyped && lines.some((line) => /^(?:[\d,]+ match(?:es)?|no matches) · /.test(line));
}

/** Types `keys` one every keyGap ms; resolves with the time of the last. */
async function type(session, keys) {
	let last = now();
	for (const key of keys) {
		last = now();
		session.child.stdin.write(key);
		await pause(keyGap);
	}
	return last;
}

async function measure(comments) {
	const file = corpus(comments);
	const queries = queriesFrom(file);
	const opened = now();
	const session = startComb(file);
	const first = await session.waitFor((screen) => /article 1\/[\d,]+/.test(screen));
	const firstFrame = Number(first.arrived - opened) / 1e6;
	// What was loaded when the keys were typed: the header's counts (`comb · 200 articles · 100,000 comments`).
	const loaded = /[\d,]+ comments/.exec(first.screen.split('\n')[0] ?? '')?.[0] ?? '?';
	const results = [];
	for (const [kind, query] of queries) {
		const shown = session.waitFor((screen) => showsResults(screen, query));
		const keys = results.length === 0 ? ['/', ...query] : ['\u0017', ...query];
		const lastKey = await type(session, keys);
		const {arrived, screen} = await shown;
		const status = screen.split('\n').find((line) => / · Tab /.test(line)) ?? '';
		results.push({
			kind,
			query,
			latency: Number(arrived - lastKey) / 1e6,
			sinceOpen: Number(lastKey - first.arrived) / 1e6,
			count: /^([\d,]+ match(?:es)?|no matches)/.exec(status)?.[1] ?? '?',
			indexing: /indexing \d+%/.exec(status)?.[0] ?? 'indexed',
			load: load(),
		});
		await pause(300);
	}
	session.child.stdin.write('\u0003');
	await new Promise((resolve) => session.child.on('exit', resolve));
	return {comments, firstFrame, loaded, results};
}

const bare = nodeBare();
const runs = [];
for (const size of sizes) {
	runs.push(await measure(size));
}
console.log(
	`\n### First search right after opening (100x30 pty, all articles, a key every ${keyGap} ms; \`node -e 0\` = ${fixed(bare, 0)} ms, load ${load()})\n`,
);
console.log(
	'| comments | first frame (header: loaded) | query | typed after the first frame | last key → results (target 300 ms) | shown | index | load (1 min) |',
);
console.log('|---:|---:|---|---:|---:|---|---|---:|');
for (const run of runs) {
	for (const result of run.results) {
		console.log(
			`| ${run.comments.toLocaleString('en-US')} | ${fixed(run.firstFrame, 0)} ms (${run.loaded}) | ${result.kind} \`${result.query}\` | ${fixed(result.sinceOpen, 0)} ms | ${fixed(result.latency, 0)} ms ${mark(result.latency <= target)} | ${result.count} | ${result.indexing} | ${result.load} |`,
		);
	}
}
process.exit(0);
