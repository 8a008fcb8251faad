import type {Buffer} from 'node:buffer';
import {decodeUtf8, maxValueBytes} from './decode.js';
import {IntList} from './int-list.js';

/** The indent recorded for a line added with `addPlaced`. */
const placed = -1;

/**
 * Collects the lines of one body (a comment's or an article head's) as byte ranges and
 * builds its text by docs/FORMAT.md's rules: blank lines before the first and after the last
 * line are dropped, a run of blank lines between two lines becomes one empty line, and
 * trailing whitespace is trimmed. Nothing is decoded until `build`, and one collector is reused
 * for every body, so parsing allocates little beyond the strings it returns.
 */
export class BodyLines {
	/** Per line: byte offset where its leading spaces and tabs end (-1 marks a blank). */
	private readonly starts = new IntList(64);
	/** Per line: byte offset of its end. */
	private readonly ends = new IntList(64);
	/** Per line: its indent in columns. */
	private readonly indents = new IntList(64);
	/** Per line: byte offset of the line's first byte (kept for bodies that are not dedented). */
	private readonly lineStarts = new IntList(64);
	private pendingBlank = false;

	/** Whether no line has been added since the last reset. */
	get isEmpty(): boolean {
		return this.starts.length === 0;
	}

	/**
	 * Where the bytes of the body start: the first line's start, or -1 when empty. When the
	 * first line was added with `addPlaced`, the start is written `-2 - start` (see
	 * `decodeBody`), so a byte range alone still says how to rebuild the text.
	 */
	rangeStart(): number {
		if (this.lineStarts.length === 0) {
			return -1;
		}
		const start = this.lineStarts.get(0);
		return this.indents.get(0) === placed ? -2 - start : start;
	}

	/** Where the bytes of the body end: the last line's end, or -1 when empty. */
	rangeEnd(): number {
		const count = this.lineStarts.length;
		return count === 0 ? -1 : this.ends.get(count - 1);
	}

	/**
	 * Adds a line whose text starts at `start` and which takes the smallest indent of the
	 * other lines (N3: the text after a numbered header's marker is the first body line).
	 */
	addPlaced(start: number, end: number): void {
		this.add(start, start, end, placed);
	}

	/** Adds a non-blank line. */
	add(lineStart: number, indentEnd: number, end: number, indent: number): void {
		if (this.pendingBlank) {
			this.pendingBlank = false;
			this.starts.push(-1);
			this.ends.push(0);
			this.indents.push(0);
			this.lineStarts.push(0);
		}
		this.starts.push(indentEnd);
		this.ends.push(end);
		this.indents.push(indent);
		this.lineStarts.push(lineStart);
	}

	/** Notes a blank line; it only counts when a non-blank line follows. */
	addBlank(): void {
		if (!this.isEmpty) {
			this.pendingBlank = true;
		}
	}

	/**
	 * The body text. With `dedent`, every line loses the smallest indent among them (in
	 * columns, tabs expanded) and keeps the rest as spaces; without it, lines are kept as
	 * they are, indentation included. Resets the collector.
	 */
	build(bytes: Buffer, dedent: boolean): string {
		const count = this.starts.length;
		let text = '';
		if (count === 1) {
			text = dedent
				? decodeUtf8(bytes, this.starts.get(0), this.ends.get(0)).trimEnd()
				: decodeUtf8(bytes, this.lineStarts.get(0), this.ends.get(0)).trimEnd();
		} else if (count > 1) {
			let least = Number.MAX_SAFE_INTEGER;
			for (let i = 0; i < count; i++) {
				if (this.starts.get(i) >= 0 && this.indents.get(i) !== placed && this.indents.get(i) < least) {
					least = this.indents.get(i);
				}
			}
			const parts: string[] = [];
			let budget = maxValueBytes;
			for (let i = 0; i < count && budget > 0; i++) {
				const start = this.starts.get(i);
				let part = '';
				if (start >= 0) {
					const extra = dedent && this.indents.get(i) !== placed ? this.indents.get(i) - least : 0;
					const from = dedent ? start : this.lineStarts.get(i);
					const rest = decodeUtf8(bytes, from, Math.min(this.ends.get(i), from + budget)).trimEnd();
					part = extra > 0 ? ' '.repeat(Math.min(extra, budget)) + rest : rest;
				}
				budget -= part.length + 1;
				parts.push(budget > 0 ? part : `${part}…`);
			}
			text = parts.join('\n');
		}
		this.reset();
		return text;
	}

	/** Forgets every line. */
	reset(): void {
		this.starts.length = 0;
		this.ends.length = 0;
		this.indents.length = 0;
		this.lineStarts.length = 0;
		this.pendingBlank = false;
	}
}
