// Drives the built explorer in a real pseudo-terminal (util-linux `script`) at 100x30 and
// measures what a person feels: time to the first frame, key-to-frame latency, and bytes
// sent to the terminal per key. Run by `npm run bench` after a build.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const work = join(tmpdir(), 'threadcomb-bench');
mkdirSync(work, {recursive: true});

const columns = 100;
const rows = 30;
const ready = 'j/k move';

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** `node -e 0`, bare and through the same pseudo-terminal wrapper the first frame is timed through. */
function nodeBaseline() {
	const bare = [];
	const inPty = [];
	for (let i = 0; i < 11; i++) {
		let start = process.hrtime.bigint();
		spawnSync(process.execPath, ['-e', '0']);
		bare.push(Number(process.hrtime.bigint() - start) / 1e6);
		start = process.hrtime.bigint();
		spawnSync('script', ['-qfec', `stty cols ${columns} rows ${rows}; exec ${process.execPath} -e 0`, '/dev/null']);
		inPty.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	return {bare: median(bare), inPty: median(inPty)};
}

/** A corpus of one article with `comments` comments, generated once and reused. */
function corpus(comments) {
	const file = join(work, `one-article-${comments}.txt`);
	if (!existsSync(file)) {
		spawnSync(
			process.execPath,
			[join(root, 'build/generate.js'), '--comments', String(comments), '--articles', '1', '--out', file],
			{stdio: 'inherit'},
		);
	}
	return file;
}

/** comb running in a pty; resolves helpers to send keys and wait for output. */
function startComb(file) {
	const env = {...process.env, TERM: 'xterm-256color'};
	delete env.CI;
	const child = spawn('script', ['-qfec', `stty cols ${columns} rows ${rows}; exec node ${cli} ${file}`, '/dev/null'], {
		env,
		stdio: ['pipe', 'pipe', 'inherit'],
	});
	const session = {child, output: '', bytes: 0, listeners: []};
	child.stdout.on('data', (chunk) => {
		session.output += chunk.toString('utf8');
		session.bytes += chunk.length;
		for (const listener of session.listeners.splice(0)) {
			listener();
		}
	});
	return session;
}

function nextData(session, timeout = 5000) {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('no output')), timeout);
		session.listeners.push(() => {
			clearTimeout(timer);
			resolve();
		});
	});
}

async function waitForText(session, text, timeout = 30_000) {
	const deadline = Date.now() + timeout;
	while (!session.output.includes(text)) {
		await nextData(session, Math.max(1, deadline - Date.now()));
	}
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a key and measures the time to the first byte of the new frame and that frame's bytes; null when nothing was redrawn. */
async function press(session, key) {
	const before = session.bytes;
	const start = process.hrtime.bigint();
	const data = nextData(session, 2000).then(
		() => true,
		() => false,
	);
	session.child.stdin.write(key);
	if (!(await data)) {
		return null; // nothing changed on screen (an end was reached)
	}
	const latency = Number(process.hrtime.bigint() - start) / 1e6;
	await pause(25); // let the rest of the frame arrive
	return {latency, bytes: session.bytes - before};
}

async function measure(label, file) {
	const start = process.hrtime.bigint();
	const session = startComb(file);
	await waitForText(session, ready, 60_000);
	const firstFrame = Number(process.hrtime.bigint() - start) / 1e6;
	const firstFrameBytes = session.bytes;
	await pause(200);
	// Into the thread: past the article head onto the comments.
	for (const key of [']', ']', ']']) {
		await press(session, key);
	}
	const moves = [];
	for (let i = 0; i < 60; i++) {
		moves.push(await press(session, i % 2 === 0 ? 'j' : 'k'));
	}
	// Walking down and back up through the thread: every key scrolls the window.
	const scrolls = [];
	await press(session, 'G');
	for (let i = 0; i < 6; i++) {
		scrolls.push((await press(session, 'k')) ?? {latency: 0, bytes: 0});
	}
	await press(session, 'g');
	for (let i = 0; i < 40; i++) {
		const step = await press(session, 'j');
		if (step === null) {
			break;
		}
		scrolls.push(step);
	}
	// A burst of 20 j in one write, as key repeat or SSH batching delivers it.
	await press(session, 'g');
	const burstBefore = session.output.length;
	const burst = await press(session, 'j'.repeat(20));
	await pause(100);
	const burstScreen = session.output.slice(burstBefore);
	const burstMoved =
		/comment (\d+)\//.exec(
			burstScreen.split('comment ').length > 1 ? burstScreen.slice(burstScreen.lastIndexOf('comment ')) : '',
		)?.[1] ?? '?';
	const jumps = [];
	for (const key of ['G', 'g', 'C', 'E', '2', 'E', 'G', 'v', 'g', 'v']) {
		jumps.push(await press(session, key));
	}
	session.child.stdin.write('\u0003');
	await new Promise((resolve) => session.child.on('exit', resolve));
	const all = [...moves, ...scrolls, ...jumps].filter(Boolean).map((m) => m.latency);
	return {
		label,
		firstFrame,
		firstFrameBytes,
		median: median(all),
		p95: percentile(all, 95),
		moveBytes: median(moves.map((m) => m.bytes)),
		scrollBytes: median(scrolls.map((m) => m.bytes)),
		jumpMax: Math.max(...jumps.filter(Boolean).map((m) => m.latency)),
		burst:
			burst === null ? 'no frame' : `${burst.latency.toFixed(0)} ms, ${burst.bytes} B, focus at comment ${burstMoved}`,
	};
}

const baseline = nodeBaseline();
const results = [
	await measure('sample (13 comments)', join(root, 'data/coalition-base.txt')),
	await measure('1,000,000 comments, one article', corpus(1_000_000)),
];

console.log(
	`\n## Explorer (100x30 pseudo-terminal via \`script\`; \`node -e 0\` = ${baseline.bare.toFixed(0)} ms bare, ${baseline.inPty.toFixed(0)} ms through the same pty wrapper)\n`,
);
console.log(
	'| input | first frame | x `node -e 0` in the same pty | key→frame median | p95 | jumps max (G g C E 2 v) | bytes: move in screen | bytes: scroll step | bytes: first frame | burst of 20 j |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
	console.log(
		`| ${r.label} | ${r.firstFrame.toFixed(0)} ms | ${(r.firstFrame / baseline.inPty).toFixed(1)}x | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.jumpMax.toFixed(0)} ms | ${r.moveBytes} B | ${r.scrollBytes} B | ${r.firstFrameBytes} B | ${r.burst} |`,
	);
}
