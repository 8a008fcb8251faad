// A slow link: comb in a pseudo-terminal (util-linux `script`) whose output is read at
// 4 KB/s and reaches the terminal (xterm.js headless) 100 ms later; the terminal's
// answers and the keys take 100 ms back (a 200 ms round trip). `j` is held for 2.6 s (30 repeats a second),
// then released; measured: how long after the release the screen keeps changing (the
// catch-up), and the bytes sent. The anchor is the same run at full speed (no throttle).
// Run by `npm run bench` after a build; `node tests/bench/slow-link-bench.mjs` alone too.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import xterm from '@xterm/headless';
import {fixed, generator, spawnInPty, work} from './bench-support.mjs';

const columns = 100;
const rows = 30;
// COMB_CLI runs another build (a copy of an older dist/, to compare).
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** comb behind a link of `bytesPerSecond` (Infinity: unthrottled) and `latency` ms each way. */
function startLink(file, bytesPerSecond, latency) {
	const child = spawnInPty(file, columns, rows);
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	const link = {child, terminal, bytes: 0, lastChange: 0, screen: ''};
	const deliver = (chunk) => {
		terminal.write(chunk, () => {
			const buffer = terminal.buffer.active;
			const screen = Array.from({length: rows}, (_, row) =>
				buffer.getLine(buffer.viewportY + row).translateToString(true),
			).join('\n');
			if (screen !== link.screen) {
				link.screen = screen;
				link.lastChange = performance.now();
			}
		});
	};
	// Upstream: the terminal's answers travel back with the same delay as keys.
	terminal.onData((data) => setTimeout(() => child.stdin.write(data), latency));
	link.send = (keys) => setTimeout(() => child.stdin.write(keys), latency);
	// Downstream: read no faster than the link carries, then deliver after the delay.
	let busyUntil = 0;
	child.stdout.on('data', (chunk) => {
		link.bytes += chunk.length;
		if (!Number.isFinite(bytesPerSecond)) {
			setTimeout(() => deliver(chunk), latency);
			return;
		}
		const start = Math.max(performance.now(), busyUntil);
		busyUntil = start + (chunk.length / bytesPerSecond) * 1000;
		child.stdout.pause();
		setTimeout(() => {
			child.stdout.resume();
			setTimeout(() => deliver(chunk), latency);
		}, busyUntil - performance.now());
	});
	return link;
}

async function until(test, timeout = 60_000) {
	const deadline = performance.now() + timeout;
	while (!test()) {
		if (performance.now() > deadline) {
			throw new Error('timed out');
		}
		await pause(20);
	}
}

/** Holds `j` for `holdMs`, releases it, and waits for the screen to settle. */
async function holdJ(file, bytesPerSecond, latency, holdMs = 2600) {
	const link = startLink(file, bytesPerSecond, latency);
	await until(() => link.screen.includes('j/k move'));
	await pause(1500);
	const before = link.bytes;
	let presses = 0;
	const started = performance.now();
	while (performance.now() - started < holdMs) {
		link.send('j');
		presses++;
		await pause(1000 / 30);
	}
	const released = performance.now();
	// Settled: no change for 3 s (the link idle).
	await until(() => performance.now() - link.lastChange > 3000 && performance.now() - released > 3000, 120_000);
	const catchUp = Math.max(0, link.lastChange - released);
	const position = /comment [\d,]+\/[\d,]+/.exec(link.screen)?.[0] ?? '?';
	link.send('q');
	await pause(latency + 500);
	link.child.kill();
	return {catchUp, bytes: link.bytes - before, presses, position};
}

/** One article of 2,000 comments, generated once. */
const file = join(work, 'one-article-2000.txt');
if (!existsSync(file)) {
	spawnSync(process.execPath, [generator, '--comments', '2000', '--articles', '1', '--out', file], {stdio: 'inherit'});
}
const fast = await holdJ(file, Number.POSITIVE_INFINITY, 0);
const slow = await holdJ(file, 4096, 100);
const medium = await holdJ(file, 16_384, 100);
console.log('\n### Slow link: `j` held 2.6 s at 30 repeats a second, then released (100x30)\n');
console.log('| link | presses | catch-up after release | bytes sent while held | where it ended |');
console.log('|---|---:|---:|---:|---|');
for (const [label, run] of [
	['local, no throttle (anchor)', fast],
	['16 KB/s, 200 ms round trip', medium],
	['4 KB/s, 200 ms round trip (target <= 0.5 s)', slow],
]) {
	console.log(
		`| ${label} | ${run.presses} | ${fixed(run.catchUp / 1000, 2)} s | ${fixed(run.bytes / 1024)} KB | ${run.position} |`,
	);
}
process.exit(0);
