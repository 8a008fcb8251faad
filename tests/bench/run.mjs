/**
 * Runs every `tests/bench/*-bench.mjs` in name order, each in its own Node process (so one
 * bench's heap and JIT state never colour the next), with `--expose-gc` so benches can
 * collect between measurements. `npm run bench` builds first, then runs this. Exits
 * non-zero when any bench does, after running the rest.
 */
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const benches = readdirSync(here)
	.filter((name) => name.endsWith('-bench.mjs'))
	.sort();

let failed = 0;
for (const name of benches) {
	process.stdout.write(`\n## ${name}\n\n`);
	const {status, signal} = spawnSync(process.execPath, ['--expose-gc', here + name, ...process.argv.slice(2)], {cwd: root, stdio: 'inherit'});
	if (status !== 0) {
		failed++;
		process.stderr.write(`${name} failed (${signal ?? `exit ${status}`})\n`);
	}
}
if (benches.length === 0) {
	process.stderr.write('no tests/bench/*-bench.mjs found\n');
}
process.exitCode = failed > 0 ? 1 : 0;
