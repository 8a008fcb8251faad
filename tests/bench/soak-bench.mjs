// A long session: 10,000 random keys to the real explorer on a 100,000-comment corpus,
// through a pseudo-terminal. Records the explorer's memory (RSS) after the first 1,000
// keys and at the end (target: within 20%), and that it never crashed. Run by `npm run bench`.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(tmpdir(), 'threadcomb-bench');
mkdirSync(work, {recursive: true});
const corpus = join(work, 'soak-100000.txt');
if (!existsSync(corpus)) {
	spawnSync(
		process.execPath,
		[join(root, 'build/generate.js'), '--comments', '100000', '--articles', '40', '--out', corpus],
		{stdio: 'inherit'},
	);
}

// Keys a reader uses, weighted towards moving; Enter opens articles from the list too.
const keys = [
	...'jjjjjjkkkkJKJK][p hhll',
	'\r',
	'\t',
	...'CE123456789gGbtvnNomq',
	' ',
	'\u001B',
	'\u0004',
	'\u0015',
	'/',
	'a',
];
let seed = 12_345;
const random = () => {
	seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
	return seed / 2_147_483_648;
};

const report = join(work, `soak-memory-${process.pid}.jsonl`);
const env = {...process.env, TERM: 'xterm-256color', COMB_MEMORY_REPORT: report};
delete env.CI;
const child = spawn(
	'script',
	['-qfec', `stty cols 100 rows 30; exec node --expose-gc ${join(root, 'dist/cli.js')} ${corpus}`, '/dev/null'],
	{env, stdio: ['pipe', 'pipe', 'inherit']},
);
let output = 0;
child.stdout.on('data', (chunk) => {
	output += chunk.length;
});
let exited = false;
child.on('exit', () => {
	exited = true;
});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The process id of comb (the child of `script`). */
function combPid() {
	return Number(
		spawnSync('pgrep', ['-P', String(child.pid)], {encoding: 'utf8'})
			.stdout.trim()
			.split('\n')[0],
	);
}

/** Memory of comb after a full garbage collection (its SIGUSR2 diagnostic), in MB: heap in use and RSS. */
async function memory() {
	const lines = () => (existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').filter(Boolean) : []);
	const before = lines().length;
	process.kill(combPid(), 'SIGUSR2');
	for (let wait = 0; wait < 50; wait++) {
		await pause(100);
		const now = lines();
		if (now.length > before) {
			const last = JSON.parse(now.at(-1));
			return {heap: last.heapUsed / 1e6, rss: last.rss / 1e6};
		}
	}
	return {heap: Number.NaN, rss: Number.NaN};
}

await pause(4000);
const started = Date.now();
let afterFirstThousand = {heap: Number.NaN, rss: Number.NaN};
let typed = 0;
let inPrompt = false;
for (let index = 0; index < 10_000 && !exited; index++) {
	let key = keys[Math.floor(random() * keys.length)];
	// Leave the prompt or picker after a few letters, so the session keeps reading threads.
	if (key === '/' || key === 'a') {
		inPrompt = true;
	} else if (inPrompt && random() < 0.3) {
		key = '\u001B';
		inPrompt = false;
	}
	// `q` on the list would quit: only from inside an article (Esc first keeps it safe).
	if (key === 'q') {
		key = '\u001B';
	}
	child.stdin.write(key);
	typed++;
	await pause(2);
	if (typed === 1000) {
		await pause(500);
		afterFirstThousand = await memory();
	}
}
await pause(1000);
const atEnd = await memory();
const crashed = exited;
child.stdin.write('\u0003');
await new Promise((resolve) => (exited ? resolve() : child.on('exit', resolve)));
const growth = ((atEnd.heap - afterFirstThousand.heap) / afterFirstThousand.heap) * 100;
console.log('\n## Soak (10,000 random keys, 100,000 comments in 40 articles, 100x30 pty)\n');
console.log(
	'Memory after a full garbage collection (heap in use; RSS beside it), after the first 1,000 keys and at the end.\n',
);
console.log('| keys | time | bytes drawn | after 1,000 keys | at the end | heap growth | target <= 20% | crashed |');
console.log('|---:|---:|---:|---:|---:|---:|:---:|:---:|');
console.log(
	`| ${typed.toLocaleString('en-US')} | ${((Date.now() - started) / 1000).toFixed(0)} s | ${(output / 1e6).toFixed(1)} MB | ${afterFirstThousand.heap.toFixed(0)} MB (RSS ${afterFirstThousand.rss.toFixed(0)}) | ${atEnd.heap.toFixed(0)} MB (RSS ${atEnd.rss.toFixed(0)}) | ${growth.toFixed(1)}% | ${Math.abs(growth) <= 20 ? '✓' : '✗'} | ${crashed ? 'yes' : 'no'} |`,
);
