/** Problems are said where the reader looks: load problems in the explorer, a silent input, no articles, a small terminal. */
import fc from 'fast-check';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createWaitingNotice, loadNotice, noArticlesMessage} from '../../source/inputs/load-notices.js';
import {helpLines} from '../../source/screens/help-text.js';
import {tooSmallLines} from '../../source/screens/too-small.js';
import {displayWidth} from '../../source/text/width.js';

afterEach(() => {
	vi.useRealTimers();
});

describe('load problems in the explorer', () => {
	it('the opening notice gives the first problem, the count of the others and where to read them', () => {
		expect(loadNotice([])).toBeNull();
		expect(loadNotice(['cannot read a.txt: no such file'])).toBe(
			'cannot read a.txt: no such file; ? lists the load problems',
		);
		expect(loadNotice(['cannot read a.txt: x', 'skipping b.txt: binary'])).toBe(
			'cannot read a.txt: x (+1 more); ? lists the load problems',
		);
	});

	it('the help lists every problem first, wrapped to the screen', () => {
		const problems = ['cannot read missing.txt: no such file or directory', `skipping ${'x'.repeat(90)}.txt: binary`];
		const lines = helpLines(40, 10, false, problems);
		expect(lines[0]).toBe('Problems while loading');
		expect(lines[1]).toContain('cannot read missing.txt');
		expect(lines.join('')).toContain('binary');
		for (const line of lines) {
			expect(displayWidth(line)).toBeLessThanOrEqual(40);
		}
	});
});

describe('no articles', () => {
	it('names the inputs and says what comb reads', () => {
		expect(noArticlesMessage(['notes/', '-'])).toBe(
			'no articles in notes/, standard input: comb reads files in the thread format, and in folders every *.txt file below them',
		);
		expect(noArticlesMessage(['a', 'b', 'c', 'd', 'e'])).toContain('a, b, c, 2 more:');
	});

	it('never lets a path carry an escape sequence to the terminal', () => {
		expect(noArticlesMessage(['evil\u001B[2Jname'])).not.toContain('\u001B');
	});
});

describe('a silent standard input', () => {
	const stderr = () => {
		const stream = {
			isTTY: true,
			written: '',
			write(text: string) {
				stream.written += text;
				return true;
			},
		};
		return stream;
	};

	it('says what comb waits for after 300 ms, on the terminal or a pipe', () => {
		vi.useFakeTimers();
		const terminal = stderr();
		createWaitingNotice(terminal as unknown as NodeJS.WriteStream, true);
		vi.advanceTimersByTime(299);
		expect(terminal.written).toBe('');
		vi.advanceTimersByTime(1);
		expect(terminal.written).toBe('comb: reading the terminal: type or paste, then Ctrl-D\n');
		const pipe = stderr();
		createWaitingNotice(pipe as unknown as NodeJS.WriteStream, false);
		vi.advanceTimersByTime(300);
		expect(pipe.written).toContain('waiting for standard input');
	});

	it('says nothing when data comes first, or when stderr is a log file', () => {
		vi.useFakeTimers();
		const quick = stderr();
		createWaitingNotice(quick as unknown as NodeJS.WriteStream, false).stop();
		vi.advanceTimersByTime(1000);
		expect(quick.written).toBe('');
		const log = {...stderr(), isTTY: false};
		createWaitingNotice(log as unknown as NodeJS.WriteStream, false);
		vi.advanceTimersByTime(1000);
		expect(log.written).toBe('');
	});
});

describe('a terminal too small', () => {
	it('says the size it needs first, whole, on any screen from 10 columns', () => {
		fc.assert(
			fc.property(fc.integer({min: 10, max: 39}), fc.integer({min: 2, max: 11}), (columns, rows) => {
				const lines = tooSmallLines(columns, rows, {columns: 40, rows: 12});
				expect(lines.length).toBeLessThanOrEqual(rows);
				for (const line of lines) {
					expect(displayWidth(line)).toBeLessThanOrEqual(columns);
				}
				expect(lines.join(' ')).toContain('comb needs 40x12');
			}),
		);
	});
});
