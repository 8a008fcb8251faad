import {execFileSync, spawn} from 'node:child_process';
import {writeSync} from 'node:fs';
import type tty from 'node:tty';

/**
 * A watcher for the explorer's terminal state: a small `sh` beside comb that holds a pipe
 * from it. If comb dies without saying goodbye on that pipe (out of memory, which aborts
 * Node without running any of its handlers, or SIGKILL), the pipe closes and the watcher
 * puts the terminal back: the main screen, the cursor, auto-wrap, and the terminal modes
 * saved (`stty -g`) before comb made it raw. Then it says so on stderr, one line.
 */
export interface Guard {
	/** Tells the watcher all is well (comb restored the terminal itself); it ends. */
	release(): void;
}

const script = `
trap '' INT QUIT TERM TSTP
last=
while IFS= read -r line; do last=$line; done
[ "$last" = ok ] && exit 0
printf '%s' "$2" 2>/dev/null > /dev/tty || exit 0
[ -n "$1" ] && stty "$1" < /dev/tty 2>/dev/null
printf 'comb: stopped without restoring the terminal (out of memory?); restored it\\n' >&2
`;

/**
 * Starts the watcher for the terminal on `ttyFd`, to write `leave` (the sequences that
 * end full screen) if comb dies. Returns undefined where it cannot start (no `sh`, no
 * `stty`): comb then runs unguarded, as before. Costs a few milliseconds.
 */
export function startGuard(ttyFd: number, leave: string): Guard | undefined {
	let modes = '';
	try {
		modes = execFileSync('stty', ['-g'], {stdio: [ttyFd, 'pipe', 'ignore'], encoding: 'utf8'}).trim();
	} catch {}
	try {
		const child = spawn('sh', ['-c', script, 'comb-guard', modes, leave], {stdio: ['pipe', 'ignore', 'inherit']});
		child.on('error', () => {});
		child.stdin.on('error', () => {});
		child.unref();
		(child.stdin as unknown as {unref?: () => void}).unref?.();
		const fd = (child.stdin as unknown as {_handle?: {fd?: number}})._handle?.fd;
		return {
			release() {
				// Synchronously: comb may exit right after, before an asynchronous write went out.
				try {
					if (fd !== undefined && fd >= 0) {
						writeSync(fd, 'ok\n');
					} else {
						child.stdin.write('ok\n');
					}
				} catch {}
				child.stdin.end();
			},
		};
	} catch {
		return undefined;
	}
}

/**
 * {@link startGuard} for the terminal `keyboard` reads: the modes it restores are the
 * cooked ones even when the terminal is raw already (the loading screen makes it raw
 * before the explorer starts), by dropping raw mode for the instant `stty -g` reads them.
 */
export function guardTerminal(keyboard: tty.ReadStream, leave: string): Guard | undefined {
	const wasRaw = keyboard.isRaw === true;
	try {
		if (wasRaw) {
			keyboard.setRawMode(false);
		}
	} catch {}
	// process.stdin has `fd`; a tty.ReadStream opened on /dev/tty has it only on its handle.
	const stream = keyboard as unknown as {fd?: number; _handle?: {fd?: number}};
	const guard = startGuard(stream.fd ?? stream._handle?.fd ?? -1, leave);
	try {
		if (wasRaw) {
			keyboard.setRawMode(true);
		}
	} catch {}
	return guard;
}
