import {closeSync} from 'node:fs';
import process from 'node:process';
import tty from 'node:tty';

let isGuarded = false;

/**
 * Makes every exit safe after the terminal went away (a dropped SSH session, a closed
 * tmux pane or terminal window). At exit Node 20 puts standard input, output and error
 * back as it found them if they were terminals, and aborts (SIGABRT, exit 134, a core
 * dump where they are kept) when that fails on a hung-up terminal (nodejs/node#51519,
 * fixed in later Node versions). Node skips a descriptor that is closed, so on exit each
 * of 0, 1, 2 that was a terminal at start and no longer answers as one is closed first.
 * A live terminal is left alone: Node's own reset still runs on it. Idempotent.
 */
export function guardExitAfterHangup(): void {
	if (isGuarded) {
		return;
	}
	isGuarded = true;
	const wasTerminal = [0, 1, 2].map((fd) => tty.isatty(fd));
	process.on('exit', () => {
		closeHungUpStdio(wasTerminal);
	});
}

/** Closes each of 0, 1, 2 that was a terminal and is one no more (isatty fails with EIO once hung up). */
function closeHungUpStdio(wasTerminal: readonly boolean[]): void {
	for (const fd of [0, 1, 2]) {
		if (wasTerminal[fd] === true && !tty.isatty(fd)) {
			try {
				closeSync(fd);
			} catch {}
		}
	}
}

/**
 * Whether the terminal behind the keyboard or the screen has hung up: a descriptor that
 * was a terminal no longer answers as one.
 */
export function isHungUp(fd: number): boolean {
	return !tty.isatty(fd);
}
