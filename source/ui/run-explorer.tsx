import {appendFileSync, writeSync} from 'node:fs';
import process from 'node:process';
import {render} from 'ink';
import type {Action} from '../explorer/actions.js';
import {type CopyResult, osc52} from '../output/copy-text.js';
import type {Article} from '../model/types.js';
import {AnswerFilter} from '../terminal/answer-filter.js';
import {FrameStdout} from '../terminal/frame-stdout.js';
import type {Keyboard} from '../terminal/keyboard.js';
import {guardTerminal} from '../terminal/guard.js';
import {canSuspend, isInForeground} from '../terminal/job-control.js';
import {ScreenWriter} from '../terminal/screen-writer.js';
import {mouseOff, mouseOn} from '../terminal/mouse.js';
import {enterFullScreen, leaveFullScreen} from '../terminal/terminal-mode.js';
import type {Theme} from './views/theme.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {App} from './app.js';
import type {Recall} from '../explorer/recall.js';
import {putKeysInForce} from '../keys/commands.js';
import type {Binding} from '../keys/key-table.js';

const signals = {SIGTERM: 15, SIGHUP: 1, SIGINT: 2, SIGQUIT: 3} as const;

/**
 * Runs the explorer full screen until the user quits; resolves with the exit status.
 * Whatever ends it (quit, Ctrl-C, SIGTERM, SIGHUP, a crash) the terminal is left as it
 * was found: main screen back, cursor shown, raw mode off, and an error, if any, printed
 * after that as one line.
 */
export async function runExplorer(
	articles: readonly Article[],
	keyboard: Extract<Keyboard, {stream: unknown}>,
	theme: Theme,
	initialActions: readonly Action[] = [],
	recall: Recall | null = null,
	keyTableInForce: readonly Binding[] | null = null,
	problems: readonly string[] = [],
	reading: {
		readonly textWidth?: number | undefined;
		readonly isMouseOn?: boolean;
		readonly typedAhead?: readonly string[];
	} = {},
): Promise<number> {
	// This part is bundled on its own (its own copy of the key table): the config's keys go in force here.
	if (keyTableInForce !== null) {
		putKeysInForce(keyTableInForce);
	}
	const terminal = process.stdout;
	const mouse = reading.isMouseOn === false ? '' : mouseOn;
	let size = {columns: terminal.columns || 80, rows: terminal.rows || 24};
	const screen = new ScreenWriter(size.rows, size.columns, {ascii: theme.ascii});
	const frames = new FrameStdout(terminal, screen, () => size);
	// Keys for Ink, without the terminal's answers to the frames' flow-control queries.
	const keys = new AnswerFilter(
		keyboard.stream,
		() => frames.answered(),
		() => frames.isWaiting,
	);
	let isRestored = false;
	/** Whether the shell has the terminal, handed back at a stop and not taken again yet. */
	let isSuspended = false;

	// Restores the terminal if comb dies where no handler runs (out of memory, SIGKILL).
	const guard = guardTerminal(keyboard.stream, mouseOff + leaveFullScreen);
	const restore = (): void => {
		if (isRestored) {
			return;
		}
		isRestored = true;
		guard?.release();
		// Ended while stopped (`kill %1`): the terminal was put back at the stop and is the
		// shell's now; touching it from the background would stop comb again (SIGTTOU).
		if (!isSuspended) {
			try {
				keyboard.stream.setRawMode(false);
			} catch {}
			try {
				writeSync(1, mouseOff + leaveFullScreen);
			} catch {}
		}
		if (keyboard.isOwned) {
			keyboard.stream.destroy();
		} else {
			keyboard.stream.pause();
		}
	};

	const fail = (error: unknown): never => {
		restore();
		process.stderr.write(`comb: ${sanitizeLine(error instanceof Error ? error.message : String(error))}\n`);
		if (process.env['COMB_DEBUG'] && error instanceof Error) {
			process.stderr.write(`${sanitizeText(String(error.stack))}\n`);
		}
		process.exit(2);
	};

	for (const [signal, number] of Object.entries(signals)) {
		process.on(signal, () => {
			const leave = (): void => {
				restore();
				if (isSuspended && isInForeground() === false) {
					// Ended while stopped (`kill %1` sends SIGTERM, then SIGCONT): Node's exit
					// would reset the terminal's modes from the background and be stopped again
					// (SIGTTOU). The exit handlers run (the reading state is saved), then comb
					// dies of the signal itself, as the shell expects of a job.
					process.emit('exit', 128 + number);
					process.removeAllListeners(signal);
					process.kill(process.pid, signal);
					return;
				}
				process.exit(128 + number);
			};
			// A frame's flow-control answer still on its way would reach the shell as typing:
			// wait for it a moment (not after a hangup, when no answer can come).
			if (signal === 'SIGHUP') {
				leave();
			}
			setTimeout(leave, 300);
			frames.whenSettled(leave);
		});
	}
	// The keyboard ends only when the terminal hangs up (raw mode has no end-of-file key):
	// the same as SIGHUP, which may arrive after it or not at all.
	const hangUp = (): void => {
		restore();
		process.exit(128 + signals.SIGHUP);
	};
	keyboard.stream.once('end', hangUp);
	keyboard.stream.once('error', hangUp);
	process.on('uncaughtException', fail);
	process.on('unhandledRejection', fail);
	process.on('exit', restore);
	// Diagnostics for the soak benchmark: on SIGUSR2, collect garbage (node --expose-gc) and
	// append the memory in use to the file COMB_MEMORY_REPORT names. Off unless it is set.
	const memoryReport = process.env['COMB_MEMORY_REPORT'];
	if (memoryReport !== undefined && memoryReport !== '') {
		process.on('SIGUSR2', () => {
			(globalThis as {gc?: () => void}).gc?.();
			const usage = process.memoryUsage();
			appendFileSync(
				memoryReport,
				`${JSON.stringify({rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external, arrayBuffers: usage.arrayBuffers})}\n`,
			);
		});
	}
	terminal.on('resize', () => {
		size = {columns: terminal.columns || size.columns, rows: terminal.rows || size.rows};
		screen.resize(size.rows, size.columns);
		frames.emit('resize');
	});

	/** Takes the screen again after a stop (or an outside SIGCONT): raw mode, full screen, everything repainted. */
	const resume = (): void => {
		// Continued in the background (`bg`, or `kill %1`, which sends SIGCONT after SIGTERM):
		// the shell keeps the terminal, and comb takes it when it is in the foreground again.
		if (isInForeground() === false) {
			// Brought to the foreground later (`fg`), it gets no signal: look every 250 ms.
			clearTimeout(foregroundWatch);
			foregroundWatch = setTimeout(resume, 250);
			return;
		}
		clearTimeout(foregroundWatch);
		isSuspended = false;
		try {
			keyboard.stream.setRawMode(true);
		} catch {}
		terminal.write(enterFullScreen + mouse);
		frames.repaint();
		frames.emit('resize');
	};
	let resumedAt = 0;
	let foregroundWatch: NodeJS.Timeout | undefined;

	/**
	 * Ctrl-Z, or SIGTSTP from outside: the terminal goes back to how the shell left it, then
	 * comb stops itself the way job control expects (SIGTSTP with its default action); once
	 * continued (`fg`) it takes the screen again. Where no shell could continue it (an
	 * orphaned process group: comb as a tmux pane's command, `ssh -t host comb`) the kernel
	 * would discard the stop and leave a blank screen, so comb stays and says why.
	 */
	const suspend = (): string | undefined => {
		if (!canSuspend()) {
			return 'cannot suspend: no job-control shell started comb (q quits)';
		}
		// The last frame's answer must not arrive while the shell has the terminal.
		frames.whenSettled(stop);
		return undefined;
	};
	const stop = (): void => {
		try {
			keyboard.stream.setRawMode(false);
			writeSync(1, mouseOff + leaveFullScreen);
		} catch {}
		isSuspended = true;
		process.removeListener('SIGTSTP', onStopSignal);
		// A signal sent to itself is acted on before kill returns: this returns once continued.
		process.kill(process.pid, 'SIGTSTP');
		process.on('SIGTSTP', onStopSignal);
		resumedAt = Date.now();
		resume();
	};
	let notify: (text: string) => void = () => {};
	const onStopSignal = (): void => {
		const refusal = suspend();
		if (refusal !== undefined) {
			notify(refusal);
		}
	};
	process.on('SIGTSTP', onStopSignal);
	// `kill -CONT` after a `kill -STOP` (which cannot be caught): redraw like `fg` does.
	process.on('SIGCONT', () => {
		if (Date.now() - resumedAt > 250 || isSuspended) {
			resume();
		}
	});

	const copy = (text: string): CopyResult => {
		const result = osc52(text, process.env);
		terminal.write(result.sequence);
		return result;
	};

	terminal.write(enterFullScreen + mouse);
	return new Promise<number>((resolve) => {
		const instance = render(
			<App
				articles={articles}
				theme={theme}
				columns={size.columns}
				rows={size.rows}
				initialActions={initialActions}
				recall={recall}
				problems={problems}
				textWidth={reading.textWidth}
				onSuspend={suspend}
				connect={(send) => {
					notify = send;
					// Keys typed while the inputs loaded act now, after the opening actions.
					// One read per turn of the event loop, as they were typed: Ink reads all that is
					// waiting as one input, where Esc then a key would read as Alt and the key.
					const typed = [...(reading.typedAhead ?? [])];
					const next = (): void => {
						const chunk = typed.shift();
						if (chunk !== undefined) {
							keys.pushTyped(chunk);
							setTimeout(next, 0);
						}
					};
					setImmediate(next);
				}}
				onCopy={copy}
				onQuit={(code) => {
					recall?.save();
					instance.unmount();
					frames.flush();
					// Leave once the terminal has answered the last frame (its answer must not
					// reach the shell), or after a second on a link that lost it.
					const leave = (): void => {
						clearTimeout(deadline);
						restore();
						resolve(code);
					};
					const deadline = setTimeout(leave, 1000);
					frames.whenSettled(leave);
				}}
			/>,
			{
				stdout: frames as unknown as NodeJS.WriteStream,
				stdin: keys as unknown as NodeJS.ReadStream,
				stderr: process.stderr,
				debug: true,
				exitOnCtrlC: false,
				patchConsole: false,
			},
		);
		instance.waitUntilExit().catch(fail);
	});
}
