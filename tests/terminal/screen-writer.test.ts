import {describe, it, expect} from 'vitest';
import fc from 'fast-check';
import {ScreenWriter} from '../../source/terminal/screen-writer.js';

const sgr = /\x1b\[[0-9;:]*m/g;

/**
 * A terminal that understands exactly what ScreenWriter may emit (CUP, EL, ED, DECSTBM,
 * IND, RI, CR, LF, SGR, printable characters one column wide) and throws on anything else. Like xterm it has a
 * pending-wrap state after the last column, where EL erases that last column and the next
 * character wraps (scrolling at the bottom margin).
 */
class Terminal {
	grid: string[][] = [];
	x = 0;
	y = 0;
	top = 0;
	bottom = 0;

	constructor(
		public rows: number,
		public columns: number,
	) {
		this.resize(rows, columns);
	}

	resize(rows: number, columns: number): void {
		this.rows = rows;
		this.columns = columns;
		this.grid = Array.from({length: rows}, () => this.blank());
		this.x = 0;
		this.y = 0;
		this.top = 0;
		this.bottom = rows - 1;
	}

	get lines(): string[] {
		return this.grid.map((row) => row.join(''));
	}

	write(data: string): void {
		let i = 0;
		while (i < data.length) {
			const ch = data[i]!;
			if (ch === '\x1b') {
				i = this.escape(data, i + 1);
				continue;
			}
			i++;
			if (ch === '\r') {
				this.x = 0;
			} else if (ch === '\n') {
				this.index();
			} else if (ch >= ' ' && ch !== '\x7f' && !(ch >= '\x80' && ch <= '\x9f')) {
				if (this.x >= this.columns) {
					this.x = 0;
					this.index();
				}
				this.grid[this.y]![this.x] = ch;
				this.x++;
			} else {
				throw new Error(`unexpected character ${JSON.stringify(ch)}`);
			}
		}
	}

	private blank(): string[] {
		return Array<string>(this.columns).fill(' ');
	}

	private escape(data: string, i: number): number {
		const kind = data[i];
		if (kind === 'D') {
			this.index();
			return i + 1;
		}
		if (kind === 'M') {
			this.reverseIndex();
			return i + 1;
		}
		if (kind !== '[') {
			throw new Error(`unexpected escape ESC ${JSON.stringify(kind)}`);
		}
		const match = /^([0-9;]*)([HKJrm])/.exec(data.slice(i + 1, i + 40));
		if (!match) {
			throw new Error(`unexpected CSI ${JSON.stringify(data.slice(i + 1, i + 10))}`);
		}
		const [all, raw, final] = match as unknown as [string, string, string];
		const params = raw === '' ? [] : raw.split(';').map(Number);
		this.csi(final, params);
		return i + 1 + all.length;
	}

	private csi(final: string, params: number[]): void {
		const column = Math.min(this.x, this.columns - 1);
		if (final === 'H') {
			this.y = Math.min(Math.max((params[0] ?? 1) - 1, 0), this.rows - 1);
			this.x = Math.min(Math.max((params[1] ?? 1) - 1, 0), this.columns - 1);
		} else if (final === 'K') {
			expect(params.length === 0 || params[0] === 0).toBe(true);
			this.grid[this.y]!.fill(' ', column);
		} else if (final === 'J') {
			if (params[0] === 2) {
				this.grid = this.grid.map(() => this.blank());
			} else {
				expect(params.length === 0 || params[0] === 0).toBe(true);
				this.grid[this.y]!.fill(' ', column);
				for (let row = this.y + 1; row < this.rows; row++) {
					this.grid[row] = this.blank();
				}
			}
		} else if (final === 'r') {
			const top = (params[0] ?? 1) - 1;
			const bottom = (params[1] ?? this.rows) - 1;
			expect(top < bottom && bottom < this.rows).toBe(true);
			this.top = top;
			this.bottom = bottom;
			this.x = 0;
			this.y = 0;
		} else if (final === 'm') {
			expect(params.every((param) => Number.isInteger(param))).toBe(true);
		}
	}

	private index(): void {
		if (this.y === this.bottom) {
			this.grid.splice(this.top, 1);
			this.grid.splice(this.bottom, 0, this.blank());
		} else if (this.y < this.rows - 1) {
			this.y++;
		}
	}

	private reverseIndex(): void {
		if (this.y === this.top) {
			this.grid.splice(this.bottom, 1);
			this.grid.splice(this.top, 0, this.blank());
		} else if (this.y > 0) {
			this.y--;
		}
	}
}

/** What a terminal of that size should show for `frame`: its first rows, SGR removed, cut and padded. */
function expectedScreen(frame: string, rows: number, columns: number): string[] {
	const lines = frame === '' ? [] : frame.split('\n');
	if (frame.endsWith('\n')) {
		lines.pop();
	}
	return Array.from({length: rows}, (_, row) =>
		(lines[row] ?? '').replace(sgr, '').slice(0, columns).padEnd(columns, ' '),
	);
}

const bytes = (s: string): number => Buffer.byteLength(s);

/** Body text that reads like a comment, deterministic. */
const words =
	'the a parser thread comment reply scroll terminal SSH bytes frame region line cursor screen row fast slow link'.split(
		' ',
	);

/**
 * A realistic 100x30 thread view: a bold title, 28 rows of comments (guides, bold
 * author, dim age, wrapped body) starting at `offset`, the focused author row in
 * inverse, and a status bar in inverse showing the position.
 */
function threadFrame(offset: number, focus: number): string {
	const content: string[] = [];
	let seed = 7;
	for (let comment = 0; content.length < 400; comment++) {
		const depth = comment % 4;
		const guides = '│ '.repeat(depth);
		const author = `user${(comment * 37) % 101}`;
		const head = `${guides}\x1b[1m${author}\x1b[22m \x1b[2m${(comment % 23) + 1} hours ago\x1b[22m`;
		content.push(comment === focus ? `\x1b[7m${head}\x1b[27m` : head);
		for (let line = 0; line < 2 + (comment % 4); line++) {
			let text = '';
			while (text.length < 96 - depth * 2 - 8) {
				seed = (seed * 1103515245 + 12345) % 2147483648;
				text += `${words[seed % words.length]} `;
			}
			content.push(`${guides}${text.trimEnd()}`);
		}
		content.push(guides.trimEnd());
	}
	const title =
		'\x1b[1mthreadcomb\x1b[22m  Why terminal apps feel slow over SSH  \x1b[2mnews.example.com · 214 comments\x1b[22m';
	const status = `${`\x1b[7m ${offset + 1}/${content.length}  j/k move  space collapse  / search  ? help`.padEnd(104)}\x1b[27m`;
	return [title, ...content.slice(offset, offset + 28), status].join('\n');
}

describe('ScreenWriter', () => {
	it('homes and clears the screen on the first frame, then places each row with a cursor move (no newlines)', () => {
		const writer = new ScreenWriter(3, 10);
		const output = writer.render('one\ntwo\nthree\nfour\n');
		expect(output).toBe('\x1b[H\x1b[2Jone\x1b[2;1Htwo\x1b[3;1Hthree');
		expect(writer.lastFrameLines).toEqual(['one', 'two', 'three']);
	});

	it('sends nothing for an identical frame', () => {
		const writer = new ScreenWriter(30, 100);
		writer.render(threadFrame(0, 0));
		expect(writer.render(threadFrame(0, 0))).toBe('');
	});

	it('repaints only a changed line, erasing the old one first', () => {
		const writer = new ScreenWriter(3, 10);
		writer.render('aaa\nbbbbb\nccc');
		expect(writer.render('aaa\nbb\nccc')).toBe('\x1b[2;1H\x1b[Kbb');
	});

	it('erases a row before writing it (never after, which would eat the last column), and resets SGR after styled text', () => {
		const writer = new ScreenWriter(2, 4);
		writer.render('ab\ncd');
		expect(writer.render('\x1b[1mx\x1b[22m\nwxyz')).toBe('\x1b[1;1H\x1b[K\x1b[1mx\x1b[22m\x1b[0m\x1b[2;1H\x1b[Kwxyz');
	});

	it('erases the lines a shorter frame left behind', () => {
		const writer = new ScreenWriter(4, 10);
		writer.render('a\nb\nc\nd');
		expect(writer.render('a\nb\nc')).toBe('\x1b[4;1H\x1b[K');
		expect(writer.render('a')).toBe('\x1b[2;1H\x1b[J');
	});

	it('cuts lines wider than the screen', () => {
		const writer = new ScreenWriter(2, 4);
		writer.render('abcdef\n\x1b[1m漢字漢\x1b[22m');
		expect(writer.lastFrameLines).toEqual(['abcd', '\x1b[1m漢字']);
	});

	it('repaints fully after resize and after invalidate', () => {
		const writer = new ScreenWriter(30, 100);
		const frame = threadFrame(0, 0);
		const full = writer.render(frame);
		writer.resize(30, 100);
		expect(writer.render(frame)).toBe(full);
		writer.invalidate();
		expect(writer.render(frame)).toBe(full);
		writer.resize(2, 5);
		expect(writer.render('abcdefg\nxy\nz')).toBe('\x1b[H\x1b[2Jabcde\x1b[2;1Hxy');
	});

	it('keeps a first 100x30 frame under 5 KB and a focus move under 1 KB', () => {
		const writer = new ScreenWriter(30, 100);
		expect(bytes(writer.render(threadFrame(0, 0)))).toBeLessThan(5000);
		expect(bytes(writer.render(threadFrame(0, 1)))).toBeLessThan(1000);
	});

	it('sends under 200 bytes for a one-line change of a 100-column line', () => {
		const writer = new ScreenWriter(30, 100);
		const lines = Array.from({length: 30}, (_, row) => `${row} `.padEnd(100, 'x'));
		writer.render(lines.join('\n'));
		lines[12] = 'changed '.padEnd(100, 'y');
		const output = writer.render(lines.join('\n'));
		expect(bytes(output)).toBeLessThan(200);
		expect(output).toBe(`\x1b[13;1H\x1b[K${lines[12]}`);
	});

	it('scrolls a region when the content moves by one line, for far less than a repaint', () => {
		const writer = new ScreenWriter(30, 100);
		const full = writer.render(threadFrame(0, 3));
		const output = writer.render(threadFrame(1, 3));
		expect(output).toMatch(/\x1b\[\d+;\d+r/);
		expect(output).toContain('\x1bD');
		expect(output).not.toContain('\x1bM');
		expect(bytes(output)).toBeLessThan(bytes(full) / 4);
		const back = writer.render(threadFrame(0, 3));
		expect(back).toContain('\x1bM');
		expect(bytes(back)).toBeLessThan(bytes(full) / 4);
	});

	it('keeps a five-line scroll under 4 KB', () => {
		const writer = new ScreenWriter(30, 100);
		writer.render(threadFrame(0, 3));
		const output = writer.render(threadFrame(5, 4));
		expect(output).toContain('\x1bD'.repeat(5));
		expect(bytes(output)).toBeLessThan(4000);
	});
});

/** One step of a frame sequence for the model test. */
type Step =
	| {readonly kind: 'frame'; readonly lines: string[]; readonly isTerminated: boolean}
	| {
			readonly kind: 'shift';
			readonly top: number;
			readonly bottom: number;
			readonly by: number;
			readonly fill: string[];
			readonly edits: Array<[number, string]>;
	  }
	| {readonly kind: 'same'}
	| {readonly kind: 'keep'; readonly count: number}
	| {readonly kind: 'resize'; readonly rows: number; readonly columns: number}
	| {readonly kind: 'invalidate'};

const text = fc.string({unit: fc.constantFrom('a', 'b', ' ', 'é', '-'), maxLength: 6});
const styled = fc.oneof(
	text,
	text.map((s) => `\x1b[1m${s}\x1b[22m`),
	text.map((s) => `\x1b[7;2m${s}\x1b[0m`),
);
const pool = ['', 'aaaa', 'ab ab', '\x1b[7maaaa\x1b[27m', 'bbbbbbbbbbbb'];
const line = fc.oneof(
	fc.constantFrom(...pool),
	fc.array(styled, {maxLength: 3}).map((parts) => parts.join('')),
);
const lines = fc.array(line, {maxLength: 10});
const row = fc.nat({max: 9});

const step: fc.Arbitrary<Step> = fc.oneof(
	{arbitrary: fc.record({kind: fc.constant('frame' as const), lines, isTerminated: fc.boolean()}), weight: 3},
	{
		arbitrary: fc.record({
			kind: fc.constant('shift' as const),
			top: row,
			bottom: row,
			by: fc.integer({min: -6, max: 6}),
			fill: lines,
			edits: fc.array(fc.tuple(row, line), {maxLength: 2}),
		}),
		weight: 5,
	},
	fc.record({kind: fc.constant('same' as const)}),
	fc.record({kind: fc.constant('keep' as const), count: fc.nat({max: 10})}),
	fc.record({
		kind: fc.constant('resize' as const),
		rows: fc.integer({min: 1, max: 8}),
		columns: fc.integer({min: 1, max: 12}),
	}),
	fc.record({kind: fc.constant('invalidate' as const)}),
);

/** The frame after `step`, given the previous frame's lines. */
function apply(previous: string[], step: Step): string[] {
	switch (step.kind) {
		case 'frame':
			return step.lines;
		case 'same':
			return previous;
		case 'keep':
			return previous.slice(0, step.count);
		case 'shift': {
			const next = [...previous];
			const top = Math.min(step.top, step.bottom);
			const bottom = Math.max(step.top, step.bottom);
			for (let index = top; index <= bottom; index++) {
				next[index] = previous[index - step.by] ?? step.fill[index % (step.fill.length || 1)] ?? '';
			}
			for (const [index, value] of step.edits) {
				next[index] = value;
			}
			return Array.from(next, (value) => value ?? '');
		}
		default:
			return previous;
	}
}

describe('ScreenWriter model', () => {
	it('leaves the screen showing each frame, whatever the sequence', () => {
		fc.assert(
			fc.property(
				fc.integer({min: 1, max: 8}),
				fc.integer({min: 1, max: 12}),
				fc.array(step, {maxLength: 25}),
				(rows, columns, steps) => {
					const writer = new ScreenWriter(rows, columns);
					const terminal = new Terminal(rows, columns);
					let previous: string[] = [];
					for (const current of steps) {
						if (current.kind === 'resize') {
							writer.resize(current.rows, current.columns);
							terminal.resize(current.rows, current.columns);
							continue;
						}
						if (current.kind === 'invalidate') {
							writer.invalidate();
							terminal.write('junk\r\nmore junk');
							continue;
						}
						previous = apply(previous, current);
						const frame = previous.join('\n') + (current.kind === 'frame' && current.isTerminated ? '\n' : '');
						terminal.write(writer.render(frame));
						expect(terminal.lines).toEqual(expectedScreen(frame, terminal.rows, terminal.columns));
						expect([terminal.top, terminal.bottom]).toEqual([0, terminal.rows - 1]);
					}
				},
			),
			{numRuns: 2000},
		);
	});
});
