import {Buffer} from 'node:buffer';
import {decodeUtf8, maxValueBytes} from './decode.js';
import {IntList} from './int-list.js';
import {whitespaceLength} from './line-scan.js';
import type {ThreadBuilder} from './thread-builder.js';

/**
 * Collects the lines of one body (a comment's or an article head's) as byte ranges and
 * builds its text by FORMAT.md's rules: blank lines before the first and after the last
 * line are dropped, a run of blank lines between two lines becomes one empty line, and
 * trailing whitespace is trimmed. Nothing is decoded until `build` (or, for comment
 * texts, until `TextBatch` decodes what `copyDedented` wrote), and one collector is reused
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
				if (this.starts.get(i) >= 0 && this.indents.get(i) < least) {
					least = this.indents.get(i);
				}
			}
			const parts: string[] = [];
			let budget = maxValueBytes;
			for (let i = 0; i < count && budget > 0; i++) {
				const start = this.starts.get(i);
				let part = '';
				if (start >= 0) {
					const extra = dedent ? this.indents.get(i) - least : 0;
					const from = dedent ? start : this.lineStarts.get(i);
					const rest = decodeUtf8(bytes, from, Math.min(this.ends.get(i), from + budget)).trimEnd();
					part = extra > 0 ? ' '.repeat(Math.min(extra, budget)) + rest : rest;
				}
				budget -= part.length + 1;
				parts.push(budget > 0 ? part : part + '…');
			}
			text = parts.join('\n');
		}
		this.reset();
		return text;
	}

	/**
	 * Writes the dedented text (as `build(bytes, true)` gives it) into `out` at `at` as
	 * UTF-8 and returns the offset after it, or -1 when it needs more than `room` bytes
	 * (then nothing is written). Trailing whitespace is trimmed on the bytes, which equals
	 * trimming the decoded line: decoding never joins a whitespace character's lead byte
	 * to the bytes before it. Does not reset the collector.
	 */
	copyDedented(bytes: Buffer, out: Buffer, at: number, room: number): number {
		const count = this.starts.length;
		let least = Number.MAX_SAFE_INTEGER;
		let size = count;
		for (let i = 0; i < count; i++) {
			const start = this.starts.get(i);
			if (start >= 0) {
				least = Math.min(least, this.indents.get(i));
				size += this.ends.get(i) - start + this.indents.get(i);
			}
		}
		if (size > room) {
			return -1;
		}
		let to = at;
		for (let i = 0; i < count; i++) {
			if (i > 0) {
				out[to++] = 0x0a;
			}
			const start = this.starts.get(i);
			if (start >= 0) {
				const extra = this.indents.get(i) - least;
				if (extra > 0) {
					out.fill(0x20, to, to + extra);
					to += extra;
				}
				const end = trimmedEnd(bytes, start, this.ends.get(i));
				to += end - start > 32 ? bytes.copy(out, to, start, end) : copySmall(bytes, start, end, out, to);
			}
		}
		return to;
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

/**
 * Comment texts decoded in batches: each text's bytes are copied, dedented and trimmed,
 * into one scratch buffer, and a full batch is decoded in one call, each text then being
 * a slice of that string. A million texts thus cost a few hundred decodes instead of one
 * per line, and the young generation copies small slices on each scavenge while the
 * characters sit in large-object space, which is never copied. The price: a batch holding
 * any non-Latin-1 character is two bytes a character for all its texts, and each slice
 * costs a 32-byte header.
 */
export class TextBatch {
	/** Between two texts: two empty lines, which no text holds (blank runs fold to one). */
	private static readonly separator = '\n\n\n';
	private readonly scratch: Buffer;
	private length = 0;
	private readonly rows = new IntList(1024);

	/** `sizeHint`: the input's length; the batch buffer is that, between 4 KB and 1 MB. */
	constructor(sizeHint: number) {
		this.scratch = Buffer.allocUnsafe(Math.min(1 << 20, Math.max(1 << 12, sizeHint)));
	}

	/** Takes the text collected in `body` for `row` of `thread` (set now or at the next `flush`) and resets `body`. */
	take(bytes: Buffer, body: BodyLines, row: number, thread: ThreadBuilder): void {
		if (body.isEmpty) {
			return;
		}
		const room = this.scratch.length - TextBatch.separator.length;
		let end = body.copyDedented(bytes, this.scratch, this.length, room - this.length);
		if (end < 0 && this.rows.length > 0) {
			this.flush(thread);
			end = body.copyDedented(bytes, this.scratch, 0, room);
		}
		if (end < 0) {
			// Bigger than a whole batch: decoded on its own.
			thread.setText(row, body.build(bytes, true));
			return;
		}
		this.scratch.fill(0x0a, end, end + TextBatch.separator.length);
		this.length = end + TextBatch.separator.length;
		this.rows.push(row);
		body.reset();
	}

	/** Decodes the pending texts and sets them on `thread` (whose rows they are). */
	flush(thread: ThreadBuilder): void {
		if (this.rows.length === 0) {
			return;
		}
		const text = this.scratch.toString('utf8', 0, this.length);
		let from = 0;
		for (let i = 0; i < this.rows.length; i++) {
			const to = text.indexOf(TextBatch.separator, from);
			thread.setText(this.rows.get(i), text.slice(from, to));
			from = to + TextBatch.separator.length;
		}
		this.rows.length = 0;
		this.length = 0;
	}
}

/** Copies bytes [start, end) to `out` at `at` byte by byte (cheaper than a native call for a few bytes); returns the count. */
function copySmall(bytes: Buffer, start: number, end: number, out: Buffer, at: number): number {
	for (let i = start; i < end; i++) {
		out[at + i - start] = bytes[i]!;
	}
	return end - start;
}

/**
 * The end of [start, end) without its trailing whitespace (JavaScript's `\s`, as `trimEnd`
 * sees it). The last character's lead byte is found by stepping back over at most two
 * continuation bytes (no whitespace character is longer than three bytes); bytes that are
 * not a whitespace character decode to text, so trimming stops there.
 */
function trimmedEnd(bytes: Buffer, start: number, end: number): number {
	while (end > start) {
		const last = bytes[end - 1]!;
		if (last < 0x80) {
			if (last === 0x20 || (last >= 0x09 && last <= 0x0d)) {
				end--;
				continue;
			}
			return end;
		}
		let lead = end - 1;
		while (lead > end - 3 && lead > start && (bytes[lead]! & 0xc0) === 0x80) {
			lead--;
		}
		if (whitespaceLength(bytes, lead, end) !== end - lead) {
			return end;
		}
		end = lead;
	}
	return end;
}
