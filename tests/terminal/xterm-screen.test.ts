import xterm from '@xterm/headless';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {ScreenWriter} from '../../source/terminal/screen-writer.js';
import {enterFullScreen, leaveFullScreen} from '../../source/terminal/terminal-mode.js';

/**
 * comb's screen writer against the real xterm.js parser and buffer (@xterm/headless, the
 * emulator of VS Code's terminal): its output is fed to the emulator and the emulator's
 * screen compared with the writer's own model of it. xterm.js draws some characters
 * wider than comb counts them (a combining mark newer than its Unicode 6 tables takes a column there): with
 * auto-wrap off and every row placed by a cursor move, such a row may lose its end, but
 * no other row may change and the screen may never scroll.
 */

const sgr = /\x1b\[[0-9;:]*m/g;
/** A mark newer than xterm.js's width tables (Unicode 6): it draws it a column wide where comb counts none. */
const wider = /\u0817/g;

function emulator(columns: number, rows: number): xterm.Terminal {
	return new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
}

function write(terminal: xterm.Terminal, data: string): Promise<void> {
	return new Promise((resolve) => terminal.write(data, resolve));
}

/** The emulator's rows as text (no trailing blanks). */
function screenOf(terminal: xterm.Terminal): string[] {
	const buffer = terminal.buffer.active;
	return Array.from({length: terminal.rows}, (_, row) =>
		buffer
			.getLine(buffer.viewportY + row)!
			.translateToString(true)
			.trimEnd(),
	);
}

/** The writer's model of row `row` as plain text. */
function modelRow(writer: ScreenWriter, row: number): string {
	return (writer.lastFrameLines[row] ?? '').replace(sgr, '').trimEnd();
}

/** Characters xterm.js (Unicode 6 tables) draws at another width than comb counts: newer marks, emoji. */
const disputed = /[\u0817\u{1F300}-\u{1FAFF}]/u;

/**
 * Every row shows what the model says. A row holding a character xterm.js draws at
 * another width may show more or less of its line, but only of its own line: what it
 * shows (but the last cell, which takes whatever was written last once the row is full)
 * is the start of that line.
 */
function expectMatches(terminal: xterm.Terminal, writer: ScreenWriter, frame: readonly string[]): void {
	const screen = screenOf(terminal);
	screen.forEach((shown, row) => {
		const meant = modelRow(writer, row);
		if (disputed.test(meant)) {
			const source = (frame[row] ?? '').replace(sgr, '').replace(wider, '');
			const graphemes = [...new Intl.Segmenter().segment(shown.replace(wider, ''))].map(({segment}) => segment);
			const kept = graphemes.slice(0, -1).join('');
			expect(source.startsWith(kept), `row ${row}: ${shown} vs ${source}`).toBe(true);
		} else {
			expect(shown, `row ${row}`).toBe(meant);
		}
	});
}

const pieces = [
	'word',
	' ',
	'中文',
	'👍🏽',
	'é',
	'e\u0301',
	'\x1b[7m',
	'\x1b[0m',
	'\x1b[1m',
	'x\u0817y',
	'─',
	'…',
	'ab',
];

function line(parts: readonly number[]): string {
	return parts.map((index) => pieces[index % pieces.length]).join('');
}

describe('the screen writer in xterm.js (headless)', () => {
	it('full-width rows with a character xterm draws wider: the last row does not scroll the screen', async () => {
		const columns = 40;
		const rows = 6;
		const terminal = emulator(columns, rows);
		const writer = new ScreenWriter(rows, columns);
		const lines = [
			'title bar'.padEnd(columns, '.'),
			'row one',
			'row two',
			`a\u0817b${'='.repeat(columns - 2)}`,
			'row four',
			`status\u0817${'-'.repeat(columns - 6)}`,
		];
		await write(terminal, enterFullScreen + writer.render(lines.join('\n')));
		expectMatches(terminal, writer, lines);
		expect(screenOf(terminal)[0]).toBe('title bar'.padEnd(columns, '.'));
		expect(screenOf(terminal)[4]).toBe('row four');
		await write(terminal, leaveFullScreen);
	});

	it('any sequence of frames: the emulator shows the model, row for row', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({min: 10, max: 50}),
				fc.integer({min: 3, max: 12}),
				fc.array(fc.array(fc.array(fc.nat(pieces.length * 3), {maxLength: 30}), {maxLength: 14}), {
					minLength: 1,
					maxLength: 6,
				}),
				async (columns, rows, frames) => {
					const terminal = emulator(columns, rows);
					const writer = new ScreenWriter(rows, columns);
					await write(terminal, enterFullScreen);
					for (const frame of frames) {
						const lines = frame.map(line);
						await write(terminal, writer.render(lines.join('\n')));
						expectMatches(terminal, writer, lines);
					}
					terminal.dispose();
				},
			),
			{numRuns: 150},
		);
	});
});
