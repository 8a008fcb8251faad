import type {Buffer} from 'node:buffer';
import {AuthorNames, type AuthorParts} from './author-names.js';
import {BodyLines} from './body-lines.js';
import {decodeUtf8} from './decode.js';
import {type HeadFields, HeadLines} from './head.js';
import {type LineShape, newLineShape, scanLineAt, trimmedEnd} from './line-scan.js';
import {ThreadBuilder} from './thread-builder.js';
import {isFooterLine, longestFooter} from './words.js';

/** 1 for the first bytes a footer line may start with (`L`, `P`, `S` ... in either case): a line starting otherwise is never decoded to check. */
const footerFirstBytes = new Uint8Array(256);
for (const letter of 'lpsrnohd') {
	footerFirstBytes[letter.charCodeAt(0)] = 1;
	footerFirstBytes[letter.toUpperCase().charCodeAt(0)] = 1;
}

/** Which part of an article the parser is in: its head, a comment section of one layout, or F1's dropped tail. */
export const Mode = {head: 0, bulleted: 1, numbered: 2, said: 3, discuz: 4, dropping: 5} as const;

/** What a layout's line handler did with a line. */
export const Step = {
	/** The line was taken. */
	taken: 0,
	/** The line ends the article: it is the first head line of the next one. */
	nextArticle: 1,
	/** The line is a footer line (F1): the article ends and the tail is dropped. */
	footer: 2,
} as const;

/**
 * The parser's state shared by the layouts: the input, the collectors (reused for every
 * article), the thread being built and the comment whose body is being collected.
 */
export class Reader {
	readonly body = new BodyLines();
	readonly head = new HeadLines();
	readonly authors = new AuthorNames();
	/** A shape for look-ahead, so the main loop's own shape is never overwritten. */
	readonly peek: LineShape = newLineShape();
	thread: ThreadBuilder;
	mode: number = Mode.head;
	/** Row of the comment whose body is being collected, or -1. */
	row = -1;
	/** Lines that start before this byte offset were already consumed by a look-ahead (M1, W2). */
	skipUntil = 0;
	/** The head's fields once its comment section has started, else null. */
	headFields: HeadFields | null = null;

	constructor(readonly bytes: Buffer) {
		this.thread = new ThreadBuilder(bytes);
	}

	/** Ends the body of the current comment, if any, and records it as the comment's text. */
	finishComment(): void {
		if (this.row >= 0) {
			this.thread.setTextRange(this.row, this.body.rangeStart(), this.body.rangeEnd());
			this.body.reset();
			this.row = -1;
		}
	}

	/** Opens a comment (closing the previous one's body) and gives it its metadata; returns its row. */
	addComment(
		parts: AuthorParts,
		line: number,
		indent: number,
		time: string | undefined = undefined,
		score = Number.NaN,
		replyTo: string | undefined = undefined,
	): number {
		this.finishComment();
		this.row = this.thread.add(parts.author, line, indent);
		this.thread.setMeta(parts.time ?? time, score, replyTo, parts.note);
		return this.row;
	}

	/** Starts the comment section in `mode`: the head ends here and its fields are chosen. */
	startSection(mode: number, dropDiscuzChrome = false): void {
		this.headFields = this.head.finish(this.bytes, this.body, dropDiscuzChrome);
		this.mode = mode;
	}

	/** The trimmed text of [start, end). */
	text(start: number, end: number): string {
		return decodeUtf8(this.bytes, start, end).trim();
	}

	/** Whether the line in `shape` is a footer line (F1); decodes only short lines. */
	isFooter(shape: LineShape): boolean {
		const end = trimmedEnd(this.bytes, shape.contentStart, shape.end);
		const length = end - shape.contentStart;
		return (
			length >= 4 &&
			length <= longestFooter &&
			footerFirstBytes[this.bytes[shape.contentStart]!] === 1 &&
			isFooterLine(decodeUtf8(this.bytes, shape.contentStart, end))
		);
	}

	/** Scans the line at `start` into `peek`; returns where the next line starts. */
	peekAt(start: number): number {
		return scanLineAt(this.bytes, start, this.peek);
	}

	/** Start of the next non-blank line at or after `start` (scanned into `peek`), or -1 at the end or a form feed. */
	nextNonBlank(start: number): number {
		for (let pos = start; pos < this.bytes.length; ) {
			const next = this.peekAt(pos);
			if (this.peek.isFormFeed) {
				return -1;
			}
			if (!this.peek.isBlank) {
				return pos;
			}
			pos = next;
		}
		return -1;
	}
}
