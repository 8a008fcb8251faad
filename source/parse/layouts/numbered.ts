import {splitAuthor} from '../author-names.js';
import {decodeUtf8} from '../decode.js';
import {IntList} from '../int-list.js';
import type {LineShape} from '../line-scan.js';
import {type Reader, Step} from '../reader.js';

const says = /^(.+?)\s+(?:says|said|wrote):$/i;
const gluedClock = /^(.*[^\s\d])(\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]m)?)$/i;
const longestName = 60;

/**
 * Numbered comments (WordPress, Blogger): `  N. TEXT` headers. N1 decides where the
 * section starts, N2 which numbered lines are comments (a number that continues its
 * level), N3 what the author is. Depth comes from indentation by the bulleted stack rule;
 * a mirror of the builder's stack keeps each open comment's number for N2.
 */
export class NumberedLayout {
	private readonly indents = new IntList();
	private readonly numbers = new IntList();
	/** Where the text after the latest numbered header's marker starts (trimmed of its leading whitespace). */
	private textStart = 0;

	constructor(private readonly r: Reader) {}

	/** The number of a numbered header (indent >= 1, `N.` of 1-4 digits alone or before whitespace), else -1. */
	numberOf(line: LineShape): number {
		if (line.indent < 1 || line.isBlank) {
			return -1;
		}
		const bytes = this.r.bytes;
		let i = line.contentStart;
		let value = 0;
		while (i < line.end && i - line.contentStart < 5 && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) {
			value = value * 10 + bytes[i]! - 0x30;
			i++;
		}
		const digits = i - line.contentStart;
		if (digits < 1 || digits > 4 || i >= line.end || bytes[i] !== 0x2e) {
			return -1;
		}
		i++;
		if (i < line.end && bytes[i] !== 0x20 && bytes[i] !== 0x09) {
			return -1;
		}
		while (i < line.end && (bytes[i] === 0x20 || bytes[i] === 0x09)) {
			i++;
		}
		this.textStart = i;
		return value;
	}

	/**
	 * N1: whether a numbered header (numbered `number`, next line at `next`) starts the
	 * section, given what stands above it: the nearest non-blank line is a count line,
	 * two or more blank lines, or nothing (the stream's first non-blank line).
	 */
	startsSection(line: LineShape, number: number, next: number, isSpacedAbove: boolean): boolean {
		if (number !== 1 || !isSpacedAbove) {
			return false;
		}
		const r = this.r;
		if (next < r.bytes.length) {
			const indent = line.indent;
			r.peekAt(next);
			const textStart = this.textStart;
			const isRun = r.peek.indent === indent && this.numberOf(r.peek) >= 0;
			this.textStart = textStart;
			if (isRun) {
				return false;
			}
		}
		return true;
	}

	/** Opens the comment of the numbered header `line` (numbered `number`, on `lineNumber`; next line at `next`). */
	open(line: LineShape, number: number, lineNumber: number, next: number): void {
		const r = this.r;
		while (this.indents.length > 0 && this.indents.last() >= line.indent) {
			this.indents.pop();
			this.numbers.pop();
		}
		this.indents.push(line.indent);
		this.numbers.push(number);
		const text = decodeUtf8(r.bytes, this.textStart, line.end).trim();
		const named = says.exec(text);
		if (named !== null && [...named[1]!.trim()].length <= longestName) {
			r.addComment(splitAuthor(named[1]!), lineNumber, line.indent);
			return;
		}
		const glued = gluedClock.exec(text);
		if (glued !== null && this.isBlankAt(next)) {
			r.addComment(splitAuthor(glued[1]!), lineNumber, line.indent, glued[2]!);
			return;
		}
		r.addComment(noAuthor, lineNumber, line.indent);
		if (text !== '') {
			r.body.addPlaced(this.textStart, line.end);
		}
	}

	/** Whether the line at `next` is blank, or there is none (N3's glued clock wants nothing right below). */
	private isBlankAt(next: number): boolean {
		if (next >= this.r.bytes.length) {
			return true;
		}
		this.r.peekAt(next);
		return this.r.peek.isBlank;
	}

	/** N2: whether a numbered header at `indent` numbered `number` continues its level. */
	private continues(indent: number, number: number): boolean {
		let k = this.indents.length;
		while (k > 0 && this.indents.get(k - 1) >= indent) {
			k--;
		}
		return k === this.indents.length ? number === 1 : number === this.numbers.get(k) + 1;
	}

	/** One line inside a numbered section. */
	line(at: number, line: LineShape, lineNumber: number, next: number): number {
		const r = this.r;
		if (line.isBlank) {
			r.body.addBlank();
			return Step.taken;
		}
		if (r.isFooter(line)) {
			return Step.footer;
		}
		if (line.indent === 0) {
			return Step.nextArticle;
		}
		const number = this.numberOf(line);
		if (number >= 0 && this.continues(line.indent, number)) {
			this.open(line, number, lineNumber, next);
		} else {
			r.body.add(at, line.indentEnd, line.end, line.indent);
		}
		return Step.taken;
	}

	/** Forgets the open comments (an article ended). */
	reset(): void {
		this.indents.length = 0;
		this.numbers.length = 0;
	}
}

const noAuthor = {author: '', time: undefined, note: undefined};
