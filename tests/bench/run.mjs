/**
 * Runs every `tests/bench/*-bench.mjs` in name order, each in its own Node process (so one
 * bench's heap and JIT state never colour the next), with `--expose-gc` so benches can
 * collect between measurements; extra arguments are passed to every bench. `npm run
 * bench` builds first, then runs this. Exits non-zero when any bench fails, after
 * running the rest.
 *
 * Each bench runs in a process group of its own, and the whole group is ended once the
 * bench exits (or after BENCH_TIMEOUT seconds, default 1800): a bench that leaves a child
 * behind (a pseudo-terminal, say) would otherwise hold this script's output open and
 * hang whatever reads it. Ctrl-C is passed on to the running bench and stops the run.
 */
import {spawn} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const timeoutMs = Number(process.env.BENCH_TIMEOUT ?? 1800) * 1000;
const benches = readdirSync(here)
	.filter((name) => name.endsWith('-bench.mjs'))
	.sort();

/** Ends every process left in the group led by `pid` (the bench and its descendants). */
function endGroup(pid, signal = 'SIGTERM') {
	try {
		process.kill(-pid, signal);
	} catch {
		// The group is already empty.
	}
}

let isInterrupted = false;

/** Runs one bench; resolves with its exit code (or the signal that ended it). */
function runBench(name) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['--expose-gc', here + name, ...process.argv.slice(2)], {
			cwd: root,
			stdio: 'inherit',
			detached: true,
		});
		const interrupt = () => {
			isInterrupted = true;
			endGroup(child.pid, 'SIGINT');
		};
		const timer = setTimeout(() => {
			process.stderr.write(`${name}: still running after ${timeoutMs / 1000} s, ending it\n`);
			endGroup(child.pid);
		}, timeoutMs);
		process.on('SIGINT', interrupt);
		child.on('error', (error) => {
			process.stderr.write(`${name}: ${error.message}\n`);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			process.off('SIGINT', interrupt);
			endGroup(child.pid);
			resolve(code ?? signal);
		});
	});
}

let failed = 0;
for (const name of benches) {
	if (isInterrupted) {
		break;
	}
	process.stdout.write(`\n## ${name}\n\n`);
	const result = await runBench(name);
	if (result !== 0) {
		failed++;
		process.stderr.write(`${name} failed (${typeof result === 'number' ? `exit ${result}` : result})\n`);
	}
}
if (benches.length === 0) {
	process.stderr.write('no tests/bench/*-bench.mjs found\n');
}
process.exitCode = isInterrupted ? 130 : failed > 0 ? 1 : 0;
