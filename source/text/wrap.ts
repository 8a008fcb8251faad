/**
 * Word wrapping in terminal columns, measured by width.ts like every other width in
 * comb. The input is already sanitized: no control characters, so every UTF-16 unit
 * of a printable-ASCII line is one column, which is the fast path.
 * Every step is linear in the text's length, whatever it holds.
 */
import {displayWidth, widthUpTo} from './width.js';
import {nextBoundary} from './graphemes.js';
import {looksLikeUrl} from './links.js';

const printableAscii = /^[\x20-\x7e]*$/;

/** One grapheme (or code point) of a word and its width. */
interface Piece {
	readonly text: string;
	readonly width: number;
}

/**
 * The graphemes of `word` (so a surrogate pair, a base and its combining marks, or an
 * emoji sequence stay whole), except that one wider than `limit` (2 or more) is given as
 * its code points, each counted as at least 1 column: split apart, a grapheme is never
 * wider than that sum, so a row of pieces never overflows.
 */
function* pieces(word: string, limit: number): Generator<Piece> {
	for (let start = 0; start < word.length; ) {
		const end = nextBoundary(word, start);
		const segment = word.slice(start, end);
		start = end;
		const width = displayWidth(segment);
		if (width <= limit) {
			yield {text: segment, width};
			continue;
		}
		for (const codePoint of segment) {
			yield {text: codePoint, width: Math.max(1, displayWidth(codePoint))};
		}
	}
}

/** `row` without its trailing U+0020 spaces (other spaces, such as NBSP, are content). */
function trimSpaces(row: string): string {
	let end = row.length;
	while (end > 0 && row.charCodeAt(end - 1) === 0x20) {
		end--;
	}
	return end === row.length ? row : row.slice(0, end);
}

/** The rows of one source line being built: indentation rules and the row in progress. */
class RowBuilder {
	private row: string;
	private width: number;
	/** Whether the row holds anything beyond its indentation. */
	private hasContent = false;

	constructor(
		private readonly rows: string[],
		private readonly limit: number,
		firstIndent: number,
		private readonly hang: number,
	) {
		this.row = ' '.repeat(firstIndent);
		this.width = firstIndent;
	}

	/**
	 * Adds a word after `gap` spaces: on this row if it fits, else on a fresh row, whose
	 * indentation shrinks if that is what it takes to keep a word no wider than the
	 * limit whole.
	 */
	addWord(word: string, wordWidth: number, gap: number, isAscii: boolean): void {
		if (this.hasContent && this.width + gap + wordWidth <= this.limit) {
			this.append(' '.repeat(gap) + word, gap + wordWidth);
			return;
		}
		if (wordWidth <= this.limit) {
			if (this.hasContent) {
				this.newRow();
			}
			this.setIndent(Math.min(this.width, this.limit - wordWidth));
			this.append(word, wordWidth);
			return;
		}
		// Wider than any row: break it, starting after the gap on this row if the gap
		// leaves room, else on a fresh row (the words must not run together).
		if (this.hasContent) {
			// A link too long for a row starts a row of its own: cut once, not twice.
			if (this.width + gap < this.limit && !looksLikeUrl(word)) {
				this.append(' '.repeat(gap), gap);
			} else {
				this.newRow();
			}
		}
		if (isAscii) {
			this.breakAscii(word);
		} else {
			for (const piece of pieces(word, Math.max(2, this.limit))) {
				this.addPiece(piece.text, piece.width);
			}
		}
	}

	/** Pushes the last row; the builder is spent afterwards. */
	finish(): void {
		if (this.hasContent) {
			this.rows.push(trimSpaces(this.row));
		}
	}

	private breakAscii(word: string): void {
		let start = 0;
		while (start < word.length) {
			if (this.width >= this.limit) {
				this.newRow();
			}
			const take = Math.max(1, this.limit - this.width);
			const chunk = word.slice(start, start + take);
			this.append(chunk, chunk.length);
			start += take;
		}
	}

	/**
	 * Adds one unbreakable piece. A piece too wide for the indentation left on an empty
	 * row loses that indentation; only a 2-column grapheme at `limit` 1 can still overflow.
	 */
	private addPiece(text: string, width: number): void {
		if (this.hasContent && this.width + width > this.limit) {
			this.newRow();
		}
		if (!this.hasContent && this.width + width > this.limit) {
			this.setIndent(Math.max(0, this.limit - width));
		}
		this.append(text, width);
	}

	/** Replaces the indentation of the row, which must be empty. */
	private setIndent(indent: number): void {
		this.row = ' '.repeat(indent);
		this.width = indent;
	}

	private append(text: string, width: number): void {
		this.row += text;
		this.width += width;
		this.hasContent = true;
	}

	private newRow(): void {
		this.rows.push(trimSpaces(this.row));
		this.row = ' '.repeat(this.hang);
		this.width = this.hang;
		this.hasContent = false;
	}
}

/** Wraps one source line (no `\n`) into `rows`. */
function wrapLine(line: string, limit: number, rows: string[]): void {
	const isAscii = printableAscii.test(line);
	// A code point is never wider than 2 columns, so a line of at most limit/2 units fits.
	if (isAscii ? line.length <= limit : line.length * 2 <= limit) {
		rows.push(trimSpaces(line));
		return;
	}
	let leading = 0;
	while (line.charCodeAt(leading) === 0x20) {
		leading++;
	}
	if (leading === line.length) {
		rows.push('');
		return;
	}
	const builder = new RowBuilder(rows, limit, Math.min(leading, limit - 1), Math.min(leading, Math.floor(limit / 2)));
	let index = leading;
	while (index < line.length) {
		let wordStart = index;
		while (line.charCodeAt(wordStart) === 0x20) {
			wordStart++;
		}
		if (wordStart === line.length) {
			break;
		}
		let wordEnd = line.indexOf(' ', wordStart);
		if (wordEnd === -1) {
			wordEnd = line.length;
		}
		const word = line.slice(wordStart, wordEnd);
		// Only whether a word fits matters, so a long one is measured up to just past the width.
		builder.addWord(word, isAscii ? word.length : widthUpTo(word, limit), wordStart - index, isAscii);
		index = wordEnd;
	}
	builder.finish();
}

/**
 * `text` wrapped to rows of at most `width` terminal columns. Each `\n`-separated line
 * wraps on its own (an empty or all-space line gives one empty row). Breaks fall at
 * U+0020 spaces, which are dropped at a break; runs of spaces inside a row are kept.
 * A line's leading spaces stay on its first row (at most `width - 1` of them) and its
 * following rows hang at the same indent, capped at half the width; a row's indent
 * shrinks where a word would not fit after it, because a word no wider than `width` is
 * never broken. A wider word is broken between graphemes, starting on the current row.
 * No character is lost: removing spaces from the rows and from `text` gives the same.
 * Rows have no trailing spaces. `width` below 1 (or NaN) counts as 1; the one overflow
 * allowed is a 2-column grapheme (CJK, emoji) alone on its row when `width` is 1.
 */
export function wrapLines(text: string, width: number): string[] {
	const limit = Number.isNaN(width) ? 1 : Math.max(1, Math.floor(width));
	const rows: string[] = [];
	for (const line of text.split('\n')) {
		wrapLine(line, limit, rows);
	}
	return rows;
}
