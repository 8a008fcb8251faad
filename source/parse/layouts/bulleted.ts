import {decodeUtf8} from '../decode.js';
import type {LineShape} from '../line-scan.js';
import type {Reader} from '../reader.js';
import {trimmedEnd} from '../line-scan.js';
import {isInteger, isMetaWord, isNameLike, isTimeLike} from '../words.js';

/** Lines longer than this (trimmed, in bytes) are never M1 metadata, so they are not decoded to check. */
const longestMetaLine = 80;

/**
 * The bulleted layout's rules that look around a header: whether a header in the head
 * starts the comment section (B1, B2, B3, with B5's lost indent) and M1's metadata lines
 * under a header. Only the head pays for B1-B3 (the section starts once per article); M1
 * costs one look at the line after each header, which in the seed's layout is blank.
 */
export class BulletedLayout {
	/** The header B5 applies to (the stream's first non-blank line), or -1, and the indent it counts as. */
	private b5At = -1;
	private b5Indent = 0;
	/** B1's summary of the block that starts at `blockAt`: the smallest header indent, how many headers have it. */
	private blockAt = -1;
	private blockLeast = 0;
	private blockLeastCount = 0;
	/** What M1 found under the latest header. */
	time: string | undefined = undefined;
	score = Number.NaN;
	private readonly times = new Map<string, string>();

	constructor(private readonly r: Reader) {}

	/**
	 * B5: the stream's first non-blank line, a header at indent 0 (at `at`, its next line
	 * starting at `next`), counts as indented one column less than its next non-blank line
	 * when that line is indented and not a header.
	 */
	noteFirstLine(at: number, line: LineShape, next: number): void {
		if (!line.isHeader || line.indent > 0) {
			return;
		}
		const after = this.r.nextNonBlank(next);
		if (after >= 0 && this.r.peek.indent > 0 && !this.r.peek.isHeader) {
			this.b5At = at;
			this.b5Indent = this.r.peek.indent - 1;
		}
	}

	/** The indent a header counts as (its own, or B5's). */
	indentOf(at: number, line: LineShape): number {
		return at === this.b5At ? this.b5Indent : line.indent;
	}

	/**
	 * Whether the header at `at` (next line at `next`; its block starts at `blockAt`) starts
	 * the comment section: indent >= 1, B2, B1, then B3.
	 */
	startsSection(at: number, line: LineShape, next: number, blockAt: number): boolean {
		const indent = this.indentOf(at, line);
		if (indent < 1) {
			return false;
		}
		const r = this.r;
		// B2: the next non-blank line is not unindented page text.
		if (r.nextNonBlank(next) >= 0 && r.peek.indent === 0 && !r.peek.isHeader) {
			return false;
		}
		// B1: no other header at the same or a smaller indent in its block.
		this.summariseBlock(blockAt);
		if (this.blockLeast < indent || (this.blockLeast === indent && this.blockLeastCount > 1)) {
			return false;
		}
		// B3: its author, and the next header's before the next unindented line, are name-like.
		if (!isNameLike(r.authors.get(r.bytes, line.authorStart, line.end).author)) {
			return false;
		}
		for (let pos = next; pos < r.bytes.length; ) {
			const after = r.peekAt(pos);
			const peek = r.peek;
			if (peek.isFormFeed || (!peek.isBlank && peek.indent === 0 && !peek.isHeader)) {
				break;
			}
			if (peek.isHeader) {
				return isNameLike(r.authors.get(r.bytes, peek.authorStart, peek.end).author);
			}
			pos = after;
		}
		return true;
	}

	/** Finds the smallest header indent of the block starting at `blockAt`, and how often it occurs (once per block). */
	private summariseBlock(blockAt: number): void {
		if (blockAt === this.blockAt) {
			return;
		}
		const r = this.r;
		let least = Number.MAX_SAFE_INTEGER;
		let count = 0;
		for (let pos = blockAt; pos < r.bytes.length; ) {
			const after = r.peekAt(pos);
			const peek = r.peek;
			if (peek.isBlank || (peek.indent === 0 && !peek.isHeader)) {
				break;
			}
			if (peek.isHeader) {
				const indent = this.indentOf(pos, peek);
				if (indent < least) {
					least = indent;
					count = 1;
				} else if (indent === least) {
					count++;
				}
			}
			pos = after;
		}
		this.blockAt = blockAt;
		this.blockLeast = least;
		this.blockLeastCount = count;
	}

	/**
	 * M1: whether the non-blank lines right below a header (from `next` up to a blank line,
	 * a header or an unindented line) are all metadata, at least one not an integer. When
	 * they are, `time` and `score` hold what they gave and the reader skips them.
	 */
	readMeta(next: number): boolean {
		this.time = undefined;
		this.score = Number.NaN;
		const r = this.r;
		const first = r.bytes[next];
		if (first === 0x0a || (first === 0x0d && r.bytes[next + 1] === 0x0a)) {
			return false; // A blank line right below (the seed's layout): nothing to look at.
		}
		let pos = next;
		let lines = 0;
		let time: string | undefined;
		let score = Number.NaN;
		let hasWord = false;
		while (pos < r.bytes.length) {
			const after = r.peekAt(pos);
			const peek = r.peek;
			if (peek.isBlank || peek.isHeader || peek.indent === 0) {
				break;
			}
			const end = trimmedEnd(r.bytes, peek.contentStart, peek.end);
			if (end - peek.contentStart > longestMetaLine) {
				return false;
			}
			const text = decodeUtf8(r.bytes, peek.contentStart, end).trim();
			if (isInteger(text)) {
				score = Number.isNaN(score) ? Number(text) : score;
			} else if (isTimeLike(text)) {
				time ??= this.intern(text);
				hasWord = true;
			} else if (isMetaWord(text)) {
				hasWord = true;
			} else {
				return false;
			}
			lines++;
			pos = after;
		}
		if (lines === 0 || !hasWord) {
			return false;
		}
		this.time = time;
		this.score = score;
		r.skipUntil = pos;
		return true;
	}

	/** One shared string per distinct time (a Lemmy thread repeats `2 days ago` thousands of times). */
	private intern(text: string): string {
		const known = this.times.get(text);
		if (known !== undefined) {
			return known;
		}
		if (this.times.size < 1 << 16) {
			this.times.set(text, text);
		}
		return text;
	}
}
