/**
 * Draws whole frames (Ink's `debug: true` output) in the alternate screen, sending only
 * what changed: slow SSH links are the reason for this file. A frame is lines joined by
 * `\n` whose only escapes are SGR ones (the text was sanitized before Ink saw it).
 *
 * The writer keeps a model of every screen row, so it can diff a frame against what the
 * terminal shows and, when a block of rows moved, shift it with a scroll region (DECSTBM
 * plus IND or RI) instead of repainting it. It only ever emits cursor positioning, erase
 * line / screen, DECSTBM, IND, RI, SGR reset and the frame's own text.
 */
import {foldToAscii} from '../text/ascii-fold.js';
import {displayWidth} from '../text/width.js';

const esc = '\x1b';
// SGR and comb's own OSC 8 hyperlinks (ended by ST or BEL): zero columns, never cut.
const sgrPattern = /\x1b\[[0-9;:]*m|\x1b\]8;;[^\x07\x1b]*(?:\x07|\x1b\\)/g;
const sgrSplit = /(\x1b\[[0-9;:]*m|\x1b\]8;;[^\x07\x1b]*(?:\x07|\x1b\\))/;
const printableAscii = /^[\x20-\x7e]*$/;
const asciiOrEscape = /^[\x1b\x20-\x7e]*$/;
const segmenter = new Intl.Segmenter();
const eraseLine = `${esc}[K`;
const eraseBelow = `${esc}[J`;
const reset = `${esc}[0m`;

/** Columns `line` takes on screen, SGR escapes counting 0, as `displayWidth` counts. */
function visibleWidth(line: string): number {
	if (printableAscii.test(line)) {
		return line.length;
	}
	const plain = line.includes(esc) ? line.replace(sgrPattern, '') : line;
	return printableAscii.test(plain) ? plain.length : displayWidth(plain);
}

/**
 * `line` cut to at most `columns` columns (escapes kept, never a wide character split),
 * so no line can wrap onto the next row or scroll the screen from the last one.
 */
function fitLine(line: string, columns: number): string {
	if ((line.length <= columns && asciiOrEscape.test(line)) || visibleWidth(line) <= columns) {
		return line;
	}
	let out = '';
	let width = 0;
	for (const [index, part] of line.split(sgrSplit).entries()) {
		if (index % 2 === 1) {
			out += part;
			continue;
		}
		for (const {segment} of segmenter.segment(part)) {
			width += displayWidth(segment);
			if (width > columns) {
				return out;
			}
			out += segment;
		}
	}
	return out;
}

/** `\x1b[{row};1H` for a 0-based row. */
function moveTo(row: number): string {
	return `${esc}[${row + 1};1H`;
}

/** A candidate scroll: the rows `top..bottom` (0-based, inclusive) shift by `shift` (< 0 is up). */
interface Scroll {
	readonly top: number;
	readonly bottom: number;
	readonly shift: number;
}

/**
 * Turns each frame into the bytes that change the previous frame on screen into it. It
 * guarantees that, fed its output in order, a terminal of `rows` x `columns` shows each
 * frame's first `rows` lines (cut to `columns`) and blank rows below them, and never
 * scrolls the screen, because it never writes past the last column of the last row.
 */
export class ScreenWriter {
	private rows: number;
	private columns: number;
	private isValid = false;
	/** What each screen row shows, `''` for a blank row; always `rows` long once valid. */
	private screen: string[] = [];
	private frame: string[] = [];

	private readonly isAscii: boolean;

	/**
	 * A writer for a `rows` x `columns` screen; the first frame repaints it all. With
	 * `ascii` (a locale that is not UTF-8) every frame is folded to ASCII first, column for
	 * column, so not one byte above 0x7F reaches the terminal.
	 */
	constructor(rows: number, columns: number, options: {readonly ascii?: boolean} = {}) {
		this.rows = ScreenWriter.rowsOf(rows);
		this.columns = ScreenWriter.columnsOf(columns);
		this.isAscii = options.ascii === true;
	}

	/** Rows below 1 (unknown) count as 1, so there is always a screen to draw on. */
	private static rowsOf(rows: number): number {
		return Number.isFinite(rows) && rows >= 1 ? Math.floor(rows) : 1;
	}

	/** Columns below 1 (some ptys report 0) mean unknown: lines are not cut. */
	private static columnsOf(columns: number): number {
		return Number.isFinite(columns) && columns >= 1 ? Math.floor(columns) : Infinity;
	}

	/** The lines of the last frame as drawn (cut to the screen), for tests. */
	get lastFrameLines(): readonly string[] {
		return this.frame;
	}

	/** Takes the new size; the next frame repaints the whole screen, as a resized terminal may have reflowed it. */
	resize(rows: number, columns: number): void {
		this.rows = ScreenWriter.rowsOf(rows);
		this.columns = ScreenWriter.columnsOf(columns);
		this.invalidate();
	}

	/** Forgets what the screen shows (after Ctrl-Z and fg, say): the next frame repaints it all. */
	invalidate(): void {
		this.isValid = false;
	}

	/**
	 * The bytes that turn the screen into `frame` (`""` when nothing changed): a full
	 * repaint the first time and after `resize` / `invalidate`, else the cheaper of a
	 * line diff and a scroll of the changed span followed by a line diff.
	 */
	render(frame: string): string {
		if (this.isAscii) {
			frame = foldToAscii(frame);
		}
		const lines = frame === '' ? [] : frame.split('\n');
		if (frame.endsWith('\n')) {
			lines.pop();
		}
		this.frame = lines.slice(0, this.rows).map((line) => fitLine(line, this.columns));
		const next = [...this.frame, ...Array<string>(this.rows - this.frame.length).fill('')];
		if (!this.isValid) {
			this.isValid = true;
			this.screen = next;
			return this.repaint();
		}
		let first = 0;
		while (first < this.rows && this.screen[first] === next[first]) {
			first++;
		}
		if (first === this.rows) {
			return '';
		}
		let last = this.rows - 1;
		while (this.screen[last] === next[last]) {
			last--;
		}
		const plain = this.diff(this.screen, next);
		const scroll = this.bestScroll(next, first, last);
		let output = plain;
		if (scroll !== undefined) {
			const shifted = this.shifted(scroll);
			const scrolled = this.scrollBytes(scroll) + this.diff(shifted, next);
			if (Buffer.byteLength(scrolled) < Buffer.byteLength(plain)) {
				output = scrolled;
			}
		}
		this.screen = next;
		return output;
	}

	/** Clear, then every line up to the last non-blank one, each placed by a cursor move (so no row depends on another's width). */
	private repaint(): string {
		let end = this.screen.length;
		while (end > 0 && this.screen[end - 1] === '') {
			end--;
		}
		let output = `${esc}[H${esc}[2J`;
		for (let row = 0; row < end; row++) {
			const line = this.screen[row]!;
			if (line !== '') {
				output += (row === 0 ? '' : moveTo(row)) + (line.includes(esc) ? line + reset : line);
			}
		}
		return output;
	}

	/**
	 * The row update for `line`: the old row is erased first (unless blank), then the line
	 * written. Erasing before writing leaves nothing stale whatever width the terminal
	 * gives the line's characters (erasing after a full row would eat its last column).
	 */
	private paint(row: number, line: string, isOnBlank: boolean): string {
		if (line === '') {
			return moveTo(row) + eraseLine;
		}
		const text = line.includes(esc) ? line + reset : line;
		return moveTo(row) + (isOnBlank ? '' : eraseLine) + text;
	}

	/** Bytes `paint` would return, without building it. */
	private paintCost(row: number, line: string, isOnBlank: boolean): number {
		const move = String(row + 1).length + 5;
		if (line === '') {
			return move + 3;
		}
		const text = Buffer.byteLength(line) + (line.includes(esc) ? 4 : 0);
		return move + text + (isOnBlank ? 0 : 3);
	}

	/** Updates for the rows where `screen` and `next` differ; a blank tail of two or more rows is erased with one ED. */
	private diff(screen: readonly string[], next: readonly string[]): string {
		let tail = next.length;
		while (tail > 0 && next[tail - 1] === '') {
			tail--;
		}
		const stale = screen.slice(tail).filter((line) => line !== '').length;
		const end = stale >= 2 ? screen.findIndex((line, row) => row >= tail && line !== '') : next.length;
		let output = '';
		for (let row = 0; row < end; row++) {
			const line = next[row] ?? '';
			if (screen[row] !== line) {
				output += this.paint(row, line, screen[row] === '');
			}
		}
		return end < next.length ? output + moveTo(end) + eraseBelow : output;
	}

	/**
	 * The shift of rows `first..last` (|shift| < their count, either way) whose scroll plus
	 * line updates cost the fewest bytes, if that beats a plain line diff. Estimated in
	 * O(span^2) comparisons, without building any output.
	 */
	private bestScroll(next: readonly string[], first: number, last: number): Scroll | undefined {
		const costs = new Map<number, number>();
		const cost = (row: number, isOnBlank: boolean): number => {
			const key = isOnBlank ? -row - 1 : row;
			let value = costs.get(key);
			if (value === undefined) {
				value = this.paintCost(row, next[row] ?? '', isOnBlank);
				costs.set(key, value);
			}
			return value;
		};
		let bestCost = 0;
		for (let row = first; row <= last; row++) {
			if (this.screen[row] !== next[row]) {
				bestCost += cost(row, this.screen[row] === '');
			}
		}
		let best: Scroll | undefined;
		const height = last - first + 1;
		for (let distance = 1; distance < height; distance++) {
			for (const shift of [-distance, distance]) {
				const scroll = {top: first, bottom: last, shift};
				let total = Buffer.byteLength(this.scrollBytes(scroll));
				for (let row = first; row <= last && total < bestCost; row++) {
					const from = row - shift;
					const shown = from >= first && from <= last ? this.screen[from] : '';
					if (shown !== next[row]) {
						total += cost(row, shown === '');
					}
				}
				if (total < bestCost) {
					bestCost = total;
					best = scroll;
				}
			}
		}
		return best;
	}

	/** DECSTBM, then IND at the bottom (content up) or RI at the top (content down) |shift| times, then the region reset. */
	private scrollBytes({top, bottom, shift}: Scroll): string {
		const region = `${esc}[${top + 1};${bottom + 1}r`;
		const steps = shift < 0 ? moveTo(bottom) + `${esc}D`.repeat(-shift) : moveTo(top) + `${esc}M`.repeat(shift);
		return `${region}${steps}${esc}[r`;
	}

	/** The screen model after `scroll`: rows moved within the region, vacated rows blank. */
	private shifted({top, bottom, shift}: Scroll): string[] {
		return this.screen.map((line, row) => {
			if (row < top || row > bottom) {
				return line;
			}
			const from = row - shift;
			return from >= top && from <= bottom ? (this.screen[from] ?? '') : '';
		});
	}
}
