/**
 * A writer for the store tests, run as a child process (bundled by the test): it adds
 * `<tag>-<n>` for n = 0, 1, 2 ... to the document `log.json` of the store in argv[2], one
 * update at a time, and prints `<n>` on stdout after each update has returned, so the
 * test knows which updates completed before it killed the process.
 */
import {writeSync} from 'node:fs';
import {JsonStore} from '../../source/state/store.js';

interface Log {
	readonly items: readonly string[];
}
const isLog = (value: unknown): value is Log =>
	typeof value === 'object' && value !== null && Array.isArray((value as Log).items);

const [folder, tag, countText] = process.argv.slice(2);
const store = new JsonStore(folder!, (message) => process.stderr.write(`${message}\n`));
const count = Number(countText);
for (let n = 0; n < count; n++) {
	const done = store.update('log.json', isLog, (current) => ({items: [...(current?.items ?? []), `${tag}-${n}`]}));
	if (!done) {
		process.exit(3);
	}
	writeSync(1, `${n}\n`);
	// comb saves a second or so apart, never in a tight loop: a short pause lets the other writer in.
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
}
