import {
	closeSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	statSync,
	unlinkSync,
	writeSync,
} from 'node:fs';
import {join} from 'node:path';

/** A lock older than this is taken to be left by a process that died holding it. */
const staleLockMs = 10_000;
/** How long a writer waits for another's lock before giving up on this write (a loaded machine is slow). */
const lockWaitMs = 10_000;

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks this thread for `ms` (the store is synchronous, so an exit handler can save). */
function sleep(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}

/** Whether process `pid` is alive (on this machine). */
function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * JSON documents in one folder, each file its own record, safe against crashes and
 * against other comb processes:
 *
 * - a write goes to a temporary file that is fsynced and renamed over the old one (and the
 *   folder fsynced), so a reader sees the old document or the new one, never half of one,
 *   whenever the writer is killed;
 * - writes to one document are serialised by an `O_EXCL` lock file holding the writer's
 *   pid; a lock whose process is gone, or that is older than 10 s, is stale and broken;
 * - under the lock the writer re-reads the document and merges its change into what is
 *   there now, so two processes never lose each other's updates;
 * - a document that does not parse (or that `validate` rejects) is renamed aside to
 *   `<name>.corrupt-<time>` once, with one warning, and counts as absent.
 *
 * Every failure to read or write (a read-only home, a full disk) is reported through
 * `warn` and never thrown: comb goes on without its memory.
 */
export class JsonStore {
	private readonly warned = new Set<string>();

	constructor(
		readonly folder: string,
		private readonly warn: (message: string) => void,
	) {}

	/** The document `name` (a file name such as `articles/ab12.json`), or null when absent or set aside. */
	read<T>(name: string, validate: (value: unknown) => value is T): T | null {
		const file = join(this.folder, name);
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			// Absent (no file, or no folder where one should be): nothing stored yet, no warning;
			// saving will say once if the place cannot be written.
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== 'ENOENT' && code !== 'ENOTDIR') {
				this.warnOnce('read', `cannot read ${file}: ${(error as Error).message}`);
			}
			return null;
		}
		try {
			const value: unknown = JSON.parse(text);
			if (validate(value)) {
				return value;
			}
		} catch {}
		const aside = `${file}.corrupt-${Date.now()}`;
		try {
			renameSync(file, aside);
			this.warnOnce('corrupt', `the reading state ${file} was unreadable; moved it to ${aside} and started afresh`);
		} catch (error) {
			this.warnOnce(
				'corrupt',
				`the reading state ${file} is unreadable and could not be moved aside: ${(error as Error).message}`,
			);
		}
		return null;
	}

	/**
	 * Replaces document `name` with `merge(current)`, under its lock, where `current` is
	 * the document as it is on disk now (null when absent). `merge` returning null deletes
	 * nothing and writes nothing. Returns whether the write happened.
	 */
	update<T>(name: string, validate: (value: unknown) => value is T, merge: (current: T | null) => T | null): boolean {
		const file = join(this.folder, name);
		const lock = `${file}.lock`;
		try {
			mkdirSync(join(file, '..'), {recursive: true});
		} catch (error) {
			this.warnOnce('write', `cannot save the reading state in ${this.folder}: ${(error as Error).message}`);
			return false;
		}
		if (!this.acquire(lock)) {
			this.warnOnce('lock', `the reading state ${file} stayed locked by another comb; this change was not saved`);
			return false;
		}
		try {
			const next = merge(this.read(name, validate));
			if (next === null) {
				return false;
			}
			writeAtomically(file, `${JSON.stringify(next, null, '\t')}\n`);
			return true;
		} catch (error) {
			this.warnOnce('write', `cannot save the reading state in ${this.folder}: ${(error as Error).message}`);
			return false;
		} finally {
			try {
				unlinkSync(lock);
			} catch {}
		}
	}

	/** The document names in sub-folder `under` (`.json` files only), with their modification times. */
	list(under: string): Array<{name: string; modified: number}> {
		try {
			return readdirSync(join(this.folder, under))
				.filter((name) => name.endsWith('.json'))
				.map((name) => ({name: `${under}/${name}`, modified: statSync(join(this.folder, under, name)).mtimeMs}));
		} catch {
			return [];
		}
	}

	/** Removes document `name` (pruning); a failure is ignored. */
	remove(name: string): void {
		try {
			unlinkSync(join(this.folder, name));
		} catch {}
	}

	private acquire(lock: string): boolean {
		const deadline = Date.now() + lockWaitMs;
		for (let attempt = 0; ; attempt++) {
			try {
				const fd = openSync(lock, 'wx');
				writeSync(fd, String(process.pid));
				closeSync(fd);
				return true;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
					return false;
				}
			}
			if (isStale(lock)) {
				try {
					unlinkSync(lock);
				} catch {}
				continue;
			}
			if (Date.now() > deadline) {
				return false;
			}
			sleep(Math.min(5, 1 + attempt));
		}
	}

	private warnOnce(kind: string, message: string): void {
		if (!this.warned.has(kind)) {
			this.warned.add(kind);
			this.warn(message);
		}
	}
}

/** Whether a lock file was left by a dead process or is too old to be held by a live one. */
function isStale(lock: string): boolean {
	try {
		const text = readFileSync(lock, 'utf8');
		const pid = Number.parseInt(text, 10);
		if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) {
			return true;
		}
		// An empty lock is one being written right now, unless it has been empty for long.
		return Date.now() - statSync(lock).mtimeMs > staleLockMs;
	} catch {
		return false;
	}
}

/** Writes `text` to `file` by a fsynced temporary file renamed over it, then fsyncs the folder. */
export function writeAtomically(file: string, text: string): void {
	const temporary = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
	const fd = openSync(temporary, 'wx', 0o644);
	try {
		writeSync(fd, text);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	try {
		renameSync(temporary, file);
	} catch (error) {
		try {
			unlinkSync(temporary);
		} catch {}
		throw error;
	}
	try {
		const folder = openSync(join(file, '..'), 'r');
		try {
			fsyncSync(folder);
		} finally {
			closeSync(folder);
		}
	} catch {}
}
