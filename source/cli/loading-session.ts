import process from 'node:process';
import type tty from 'node:tty';
import type {LoadProgress} from '../inputs/load-progress.js';
import {loadingLines} from '../screens/loading-screen.js';
import {type Guard, guardTerminal} from '../terminal/guard.js';
import {canSuspend, isInForeground} from '../terminal/job-control.js';
import {enterFullScreen, leaveFullScreen} from '../terminal/terminal-mode.js';

/** How long loading may take before the loading screen takes the terminal. */
export const loadingScreenDelayMs = 300;

/** One key as typed: an escape sequence (arrows, function keys, Alt-x) or one character. */
const keyPattern = /\u001B(?:\[[\d;?]*[~A-Za-z]|O.|.)?|[\s\S]/gu;

/** Ctrl-C and Ctrl-Z as raw mode reads them (no signal is raised in raw mode). */
const ctrlC = '\u0003';
const ctrlZ = '\u001A';

const signals = {SIGTERM: 15, SIGHUP: 1, SIGINT: 2} as const;

/** A loading session: see {@link startLoadingSession}. */
export interface LoadingSession {
	/** Where loading has got to: drawn at most ten times a second, once the screen is shown. */
	update(progress: LoadProgress): void;
	/**
	 * Loading is over and the explorer opens: stops drawing and reading, and returns the
	 * keys typed meanwhile, for the explorer to act on first. The screen and raw mode stay
	 * (the explorer takes both over).
	 */
	handOver(): readonly string[];
	/**
	 * Loading is over and no explorer opens: the terminal is put back as it was found, and
	 * a keyboard comb opened itself (`/dev/tty`) is closed, so it holds no process open.
	 */
	end(): void;
}

/**
 * Holds the terminal while the inputs load, for the explorer that opens after. At once it
 * puts the keyboard in raw mode, so keys typed meanwhile are not echoed over the screen
 * but kept, in order, for the explorer. After {@link loadingScreenDelayMs} of loading it
 * takes the full screen and shows progress (what is read, how much, comments so far);
 * Ctrl-Z suspends to the shell and `fg` comes back to it, as in the explorer;
 * Ctrl-C there, SIGTERM or a hangup put the terminal back and exit (130, 143, 129), and a
 * watcher (as in the explorer) restores it should comb die without a word.
 */
export function startLoadingSession(
	{stream: keyboard, isOwned}: {readonly stream: tty.ReadStream; readonly isOwned: boolean},
	screen: NodeJS.WriteStream,
	options: {readonly ascii: boolean; readonly delayMs?: number; readonly now?: () => number},
): LoadingSession {
	const now = options.now ?? Date.now;
	const start = now();
	// Each read as it came: replayed one by one, a lone Esc stays Esc, not Alt with the next key.
	const typed: string[] = [];
	let keysHeld = 0;
	let progress: LoadProgress | null = null;
	let isShown = false;
	/** Whether the shell has the terminal: handed back at Ctrl-Z, not taken again yet. */
	let isSuspended = false;
	let isOver = false;
	let lastDrawn = 0;
	let guard: Guard | undefined;
	try {
		keyboard.setRawMode(true);
	} catch {}
	// A terminal's writes are synchronous in Node, so what is written here is out before an exit.
	const write = (text: string): void => {
		try {
			screen.write(text);
		} catch {}
	};

	const draw = (): void => {
		if (!isShown || isOver || isSuspended || progress === null) {
			return;
		}
		lastDrawn = now();
		const lines = loadingLines(progress, {
			columns: screen.columns || 80,
			rows: screen.rows || 24,
			elapsedMs: lastDrawn - start,
			keysHeld,
			ascii: options.ascii,
		});
		// Each row erased first, then written: with auto-wrap off the cursor stays on the last
		// column after a full row, and an erase after it would take that column's character.
		const frame = lines.map((line, row) => `\u001B[${row + 1};1H\u001B[2K${line}`).join('');
		write(`${frame}\u001B[J`);
	};

	/** The terminal as the shell had it: cooked, the main screen back. */
	const giveBack = (): void => {
		try {
			keyboard.setRawMode(false);
		} catch {}
		if (isShown) {
			write(leaveFullScreen);
		}
	};

	const restore = (): void => {
		guard?.release();
		// While stopped, the terminal was put back already and is the shell's.
		if (!isSuspended) {
			giveBack();
		}
	};

	const stop = (): void => {
		isOver = true;
		clearTimeout(showTimer);
		clearInterval(ticker);
		keyboard.removeListener('data', onKeys);
		keyboard.removeListener('end', onHangUp);
		keyboard.removeListener('error', onHangUp);
		keyboard.pause();
		screen.removeListener('resize', draw);
		for (const [signal, handler] of handlers) {
			process.removeListener(signal, handler);
		}
		process.removeListener('SIGTSTP', suspend);
		process.removeListener('SIGCONT', takeBack);
	};

	const quit = (signal: keyof typeof signals): never => {
		stop();
		restore();
		if (isSuspended && isInForeground() === false) {
			// Ended while stopped (`kill %1`): Node's exit would reset the terminal from the
			// background and be stopped again (SIGTTOU); die of the signal, as a job does.
			process.kill(process.pid, signal);
		}
		process.exit(128 + signals[signal]);
	};

	const onKeys = (chunk: Buffer | string): void => {
		const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
		const stopAt = text.indexOf(ctrlC);
		if (stopAt >= 0) {
			quit('SIGINT');
		}
		const kept = text.replaceAll(ctrlZ, '');
		if (kept !== '') {
			typed.push(kept);
		}
		keysHeld += kept.match(keyPattern)?.length ?? 0;
		if (kept !== text) {
			suspend();
		}
		draw();
	};

	/**
	 * Ctrl-Z, or SIGTSTP from outside: the terminal goes back to the shell cooked, comb
	 * stops, and once continued (`fg`) it takes the terminal again and goes on loading.
	 * Where no shell could continue it (an orphaned process group) it does not stop.
	 */
	const suspend = (): void => {
		if (!canSuspend()) {
			return;
		}
		giveBack();
		process.removeListener('SIGTSTP', suspend);
		// To the whole process group, as the terminal's Ctrl-Z would: the producer of a pipe
		// still writing is part of the job, and the shell takes the terminal back only once
		// every process of the job is stopped. A signal that reaches comb itself is acted on
		// before kill returns: this returns once continued.
		isSuspended = true;
		process.kill(0, 'SIGTSTP');
		process.on('SIGTSTP', suspend);
		takeBack();
	};

	/** Takes the terminal again once continued in the foreground (`fg`); continued in the background (`bg`), it waits. */
	const takeBack = (): void => {
		if (!isSuspended || isInForeground() === false) {
			return;
		}
		isSuspended = false;
		try {
			keyboard.setRawMode(true);
		} catch {}
		if (isShown) {
			write(enterFullScreen);
			draw();
		}
	};
	process.on('SIGTSTP', suspend);
	process.on('SIGCONT', takeBack);
	keyboard.on('data', onKeys);
	// The keyboard ends only when the terminal hangs up (a closed pane or window, a dropped
	// connection; SIGHUP may come after or not at all): leave at once, as on SIGHUP.
	const onHangUp = (): void => quit('SIGHUP');
	keyboard.on('end', onHangUp);
	keyboard.on('error', onHangUp);
	keyboard.resume();

	const handlers = (Object.keys(signals) as Array<keyof typeof signals>).map((signal) => {
		const handler = (): void => quit(signal);
		process.on(signal, handler);
		return [signal, handler] as const;
	});

	const show = (): void => {
		if (isOver) {
			return;
		}
		guard = guardTerminal(keyboard, leaveFullScreen);
		isShown = true;
		write(enterFullScreen);
		draw();
	};
	const showTimer = setTimeout(show, options.delayMs ?? loadingScreenDelayMs);
	// The elapsed time moves on even while nothing new is read (a slow producer). While the
	// shell has the terminal it looks for `fg` instead: a job continued in the background
	// and then brought to the foreground gets no signal for it.
	const ticker = setInterval(() => (isSuspended ? takeBack() : draw()), 250);
	ticker.unref();
	screen.on('resize', draw);

	return {
		update(next) {
			progress = next;
			if (now() - lastDrawn >= 100) {
				draw();
			}
		},
		handOver() {
			stop();
			guard?.release();
			return typed;
		},
		end() {
			stop();
			restore();
			if (isOwned) {
				keyboard.destroy();
			}
		},
	};
}
