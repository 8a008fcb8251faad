import {openSync} from 'node:fs';
import process from 'node:process';
import tty from 'node:tty';

/** Where keys come from, or why there is no keyboard. */
export type Keyboard = {readonly stream: tty.ReadStream; readonly isOwned: boolean} | {readonly error: string};

/**
 * The keyboard: standard input when it is a terminal, else the controlling terminal
 * (`/dev/tty`), so `cat thread.txt | comb` still reads keys from the person, not the
 * pipe; `/dev/tty` too when standard input was the terminal and is spent (`comb -`). Under `setsid`, `ssh -T`, cron or CI there is no controlling terminal (ENXIO):
 * then there is no keyboard, and comb prints instead of opening the explorer.
 */
export function openKeyboard(options: {readonly isStdinSpent?: boolean} = {}): Keyboard {
	// After `comb -` read its data from the terminal to Ctrl-D, standard input has ended:
	// the keys then come from a stream of their own on the same terminal.
	if (process.stdin.isTTY && options.isStdinSpent !== true) {
		return {stream: process.stdin as tty.ReadStream, isOwned: false};
	}
	try {
		const fd = openSync('/dev/tty', 'r');
		if (!tty.isatty(fd)) {
			return {error: '/dev/tty is not a terminal'};
		}
		return {stream: new tty.ReadStream(fd), isOwned: true};
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'error';
		return {error: `no terminal to read keys from (/dev/tty: ${code})`};
	}
}
