import {Buffer} from 'node:buffer';
import {BodyLines} from './body-lines.js';
import {looksLikeDate} from './date.js';
import {asBuffer, decodeUtf8} from './decode.js';
import {newLineShape, scanLine, type LineShape} from './line-scan.js';
import {ThreadBuilder} from './thread-builder.js';
import type {Article} from './types.js';

/** The article being read: its head fields so far and its comments. */
interface Draft {
	date: string | null;
	title: string | null;
	/** Whether the first non-blank head line has been seen (it decides date vs title). */
	hasHeadLine: boolean;
	/** Whether the comment section has started. */
	inComments: boolean;
	/** Row of the comment whose body is being collected, or -1. */
	row: number;
	body: string;
	thread: ThreadBuilder;
}

function newDraft(): Draft {
	return {date: null, title: null, hasHeadLine: false, inComments: false, row: -1, body: '', thread: new ThreadBuilder()};
}

/**
 * Parses thread text (UTF-8 bytes) into articles, by every rule of FORMAT.md. Total: any
 * byte string gives a result and nothing throws (invalid UTF-8 decodes to U+FFFD).
 * Iterative and single-pass over lines; values are decoded slice by slice, so memory is
 * the input plus the values, never a copy of the whole text as a string.
 */
export function parseBytes(input: Uint8Array, source: string): Article[] {
	const bytes = asBuffer(input);
	const articles: Article[] = [];
	const body = new BodyLines();
	const shape = newLineShape();
	const peek = newLineShape();
	let draft = newDraft();
	let previousWasHeader = false;

	const finishComment = (): void => {
		if (draft.row >= 0) {
			draft.thread.setText(draft.row, body.build(bytes, true));
			draft.row = -1;
		}
	};

	const finishArticle = (): void => {
		if (draft.inComments) {
			finishComment();
		} else {
			draft.body = body.build(bytes, false);
		}
		body.reset();
		const thread = draft.thread.finish();
		if (draft.title !== null || draft.date !== null || thread.size > 0) {
			articles.push({source, date: draft.date, title: draft.title, body: draft.body, thread});
		}
		draft = newDraft();
	};

	const headLine = (lineStart: number, line: LineShape): void => {
		if (line.isBlank) {
			body.addBlank();
		} else if (!draft.hasHeadLine) {
			draft.hasHeadLine = true;
			const value = decodeUtf8(bytes, line.contentStart, line.end).trim();
			if (looksLikeDate(value)) {
				draft.date = value;
			} else {
				draft.title = value;
			}
		} else if (draft.title === null) {
			draft.title = decodeUtf8(bytes, line.contentStart, line.end).trim();
		} else {
			body.add(lineStart, line.indentEnd, line.end, line.indent);
		}
	};

	const startComment = (line: LineShape, lineNumber: number): void => {
		finishComment();
		const author = decodeUtf8(bytes, line.authorStart, line.end).trim();
		draft.row = draft.thread.add(author, lineNumber, line.indent);
	};

	let pos = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	let lineNumber = 0;
	while (pos < bytes.length) {
		const newline = bytes.indexOf(0x0a, pos);
		const lineEnd = newline < 0 ? bytes.length : newline;
		const next = newline < 0 ? bytes.length : newline + 1;
		lineNumber++;
		const line = scanLine(bytes, pos, lineEnd, shape);

		if (line.isFormFeed) {
			finishArticle();
			previousWasHeader = false;
		} else if (draft.inComments) {
			if (line.isBlank) {
				body.addBlank();
			} else if (line.isHeader) {
				startComment(line, lineNumber);
			} else if (line.indent > 0) {
				body.add(pos, line.indentEnd, line.end, line.indent);
			} else {
				finishArticle();
				headLine(pos, line);
			}
		} else if (line.isHeader && line.indent > 0 && !previousWasHeader && !(next < bytes.length && isHeaderAt(bytes, next, peek))) {
			draft.body = body.build(bytes, false);
			draft.inComments = true;
			startComment(line, lineNumber);
		} else {
			headLine(pos, line);
		}
		previousWasHeader = line.isHeader;
		pos = next;
	}
	finishArticle();
	return articles;
}

/** Whether the line starting at `start` is a header line (used to look one line ahead). */
function isHeaderAt(bytes: Buffer, start: number, shape: LineShape): boolean {
	const newline = bytes.indexOf(0x0a, start);
	return scanLine(bytes, start, newline < 0 ? bytes.length : newline, shape).isHeader;
}

/** Parses thread text given as a string (tests, small inputs); see `parseBytes`. */
export function parseText(text: string, source: string): Article[] {
	return parseBytes(Buffer.from(text, 'utf8'), source);
}
