/**
 * Temporary folders that every user may enter. A test that runs comb as another user
 * (`setpriv --reuid=65534`, nobody) needs its fixtures, and the comb it runs, on a path
 * whose every folder grants others the right to enter: a checkout under a home of mode
 * 700, or under a `mktemp -d` folder, does not.
 *
 * Not a test file: the vitest include takes only `*.test.ts` and `*.test.tsx` names.
 */
import {chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';

/** Whether `path` and every folder above it let others enter (the x bit for others). */
export function isEnterableByAll(path: string): boolean {
	let current = resolve(path);
	for (;;) {
		if ((statSync(current).mode & 0o001) === 0) {
			return false;
		}
		const parent = dirname(current);
		if (parent === current) {
			return true;
		}
		current = parent;
	}
}

/**
 * A new folder (mode 755) under the system's temporary folder, or under /tmp when that one
 * is private (TMPDIR set to a folder of mode 700). Throws when neither lets others in, so a
 * test never fails later for a reason its message would not name.
 */
export function publicTempDir(prefix: string): string {
	for (const base of [tmpdir(), '/tmp']) {
		if (isEnterableByAll(base)) {
			const folder = mkdtempSync(join(base, prefix));
			chmodSync(folder, 0o755);
			return folder;
		}
	}
	throw new Error(`no temporary folder others may enter: neither ${tmpdir()} nor /tmp`);
}

/**
 * Copies the built command line (every `*.js` of `dist`: cli.js and the parts it loads on
 * demand) into `folder/dist`, readable by all, and returns the copied `cli.js`. The bundles
 * import only node's own modules, so the copy runs anywhere.
 */
export function copyBuiltCli(dist: string, folder: string): string {
	const target = join(folder, 'dist');
	mkdirSync(target, {mode: 0o755});
	chmodSync(target, 0o755);
	for (const name of readdirSync(dist).filter((file) => file.endsWith('.js'))) {
		copyFileSync(join(dist, name), join(target, name));
		chmodSync(join(target, name), 0o755);
	}
	return join(target, 'cli.js');
}
