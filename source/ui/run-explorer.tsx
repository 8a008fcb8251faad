import {appendFileSync, writeSync} from 'node:fs';
import process from 'node:process';
import {render} from 'ink';
import type {Action} from '../explorer/actions.js';
import {osc52} from '../output/copy-text.js';
import type {Article} from '../model/types.js';
import {FrameStdout} from '../terminal/frame-stdout.js';
import type {Keyboard} from '../terminal/keyboard.js';
import {ScreenWriter} from '../terminal/screen-writer.js';
import {mouseOff, mouseOn} from '../terminal/mouse.js';
import {enterFullScreen, leaveFullScreen} from '../terminal/terminal-mode.js';
import type {Theme} from './views/theme.js';
import {App} from './app.js';

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
	problems: readonly string[] = [],
	reading: {readonly textWidth?: number | undefined; readonly isMouseOn?: boolean} = {},
): Promise<number> {
	const terminal = process.stdout;
	const mouse = reading.isMouseOn === false ? '' : mouseOn;
	let size = {columns: terminal.columns || 80, rows: terminal.rows || 24};
	const screen = new ScreenWriter(size.rows, size.columns);
	const frames = new FrameStdout(terminal, screen, () => size);
	let isRestored = false;

	const restore = (): void => {
		if (isRestored) {
			return;
		}
		isRestored = true;
		try {
			keyboard.stream.setRawMode(false);
		} catch {}
		try {
			writeSync(1, mouseOff + leaveFullScreen);
		} catch {}
		if (keyboard.isOwned) {
			keyboard.stream.destroy();
		} else {
			keyboard.stream.pause();
		}
	};

	const fail = (error: unknown): never => {
		restore();
		process.stderr.write(`comb: ${error instanceof Error ? error.message : String(error)}\n`);
		if (process.env['COMB_DEBUG'] && error instanceof Error) {
			process.stderr.write(`${error.stack}\n`);
		}
		process.exit(2);
	};

	for (const [signal, number] of Object.entries(signals)) {
		process.on(signal, () => {
			restore();
			process.exit(128 + number);
		});
	}
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

	/**
	 * Ctrl-Z: the terminal goes back to how the shell left it, then comb stops itself the
	 * way the shell's job control expects; on `fg` (SIGCONT) it takes the screen again and
	 * repaints everything.
	 */
	const suspend = (): void => {
		try {
			keyboard.stream.setRawMode(false);
			writeSync(1, mouseOff + leaveFullScreen);
		} catch {}
		process.once('SIGCONT', () => {
			try {
				keyboard.stream.setRawMode(true);
			} catch {}
			terminal.write(enterFullScreen + mouse);
			frames.repaint();
			frames.emit('resize');
		});
		process.kill(process.pid, 'SIGTSTP');
	};

	const copy = (text: string): {isCut: boolean} => {
		const {sequence, isCut} = osc52(text, process.env);
		terminal.write(sequence);
		return {isCut};
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
				problems={problems}
				textWidth={reading.textWidth}
				onSuspend={suspend}
				onCopy={copy}
				onQuit={(code) => {
					instance.unmount();
					frames.flush();
					restore();
					resolve(code);
				}}
			/>,
			{
				stdout: frames as unknown as NodeJS.WriteStream,
				stdin: keyboard.stream,
				stderr: process.stderr,
				debug: true,
				exitOnCtrlC: false,
				patchConsole: false,
			},
		);
		instance.waitUntilExit().catch(fail);
	});
}
