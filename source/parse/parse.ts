import {Buffer} from 'node:buffer';
import {BodyLines} from './body-lines.js';
import {looksLikeDate} from './date.js';
import {asBuffer, decodeUtf8} from './decode.js';
import {IntList} from './int-list.js';
import {newLineShape, scanLine, type LineShape} from './line-scan.js';
import {ThreadBuilder} from './thread-builder.js';
import type {Article} from '../model/types.js';

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

function newDraft(bytes: Buffer): Draft {
	return {
		date: null,
		title: null,
		hasHeadLine: false,
		inComments: false,
		row: -1,
		body: '',
		thread: new ThreadBuilder(bytes),
	};
}

/**
 * Parses thread text (UTF-8 bytes) into articles, by every rule of docs/FORMAT.md. Total: any
 * byte string gives a result and nothing throws (invalid UTF-8 decodes to U+FFFD).
 * Iterative and single-pass over lines. Titles and bodies are decoded as they are read,
 * authors once per distinct name; comment texts stay byte ranges of the input, decoded
 * when read (lazy-texts.ts), so memory is about the input plus the flat tree.
 */
export function parseBytes(input: Uint8Array, source: string): Article[] {
	const bytes = asBuffer(input);
	const articles: Article[] = [];
	const body = new BodyLines();
	const shape = newLineShape();
	const peek = newLineShape();
	const authors = new AuthorNames();
	let draft = newDraft(bytes);
	let previousWasHeader = false;

	const finishComment = (): void => {
		if (draft.row >= 0) {
			const [start, end] = body.range();
			draft.thread.setTextRange(draft.row, start, end);
			body.reset();
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
		draft = newDraft(bytes);
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
		draft.row = draft.thread.add(authors.get(bytes, line.authorStart, line.end), lineNumber, line.indent);
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
		} else if (
			line.isHeader &&
			line.indent > 0 &&
			!previousWasHeader &&
			!(next < bytes.length && isHeaderAt(bytes, next, peek))
		) {
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

/**
 * Author names decoded once per distinct spelling: a thread names the same few thousand
 * authors over and over, so a hash of the header's bytes finds the string decoded before
 * (one shared string instead of a million copies, and no decoding on a hit). Open
 * addressing; each known name's bytes are kept in a small buffer of their own, so a
 * comparison reads hot memory, not the first occurrence far back in the input. Names
 * longer than `maxKeyBytes`, and new names once `maxEntries` are known, are just decoded.
 */
class AuthorNames {
	private static readonly maxKeyBytes = 96;
	private static readonly maxEntries = 1 << 16;
	/** Entry index + 1 per slot (0: empty); the table is kept at most half full. */
	private slots = new Int32Array(1 << 10);
	private readonly hashes = new IntList(512);
	/** Per entry: offset of its bytes in `keys` (its length is the next offset minus this). */
	private readonly keyStarts = new IntList(512);
	private keys = new Uint8Array(1 << 14);
	private keysLength = 0;
	private readonly names: string[] = [];

	/** The trimmed author of the header bytes [start, end), shared with every earlier equal one. */
	get(bytes: Buffer, start: number, end: number): string {
		const length = end - start;
		if (length > AuthorNames.maxKeyBytes) {
			return decodeUtf8(bytes, start, end).trim();
		}
		let hash = 0x811c9dc5 | 0;
		for (let i = start; i < end; i++) {
			hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
		}
		const mask = this.slots.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = this.slots[slot]! - 1;
			if (entry < 0) {
				const name = decodeUtf8(bytes, start, end).trim();
				if (this.names.length < AuthorNames.maxEntries) {
					this.slots[slot] = this.names.push(name);
					this.remember(hash, bytes, start, end);
				}
				return name;
			}
			if (this.hashes.get(entry) === hash && this.isKey(entry, bytes, start, length)) {
				return this.names[entry]!;
			}
		}
	}

	/** Whether entry `entry` holds exactly the bytes [start, start + length). */
	private isKey(entry: number, bytes: Buffer, start: number, length: number): boolean {
		const from = this.keyStarts.get(entry);
		const to = entry + 1 < this.keyStarts.length ? this.keyStarts.get(entry + 1) : this.keysLength;
		if (to - from !== length) {
			return false;
		}
		for (let i = 0; i < length; i++) {
			if (this.keys[from + i] !== bytes[start + i]) {
				return false;
			}
		}
		return true;
	}

	/** Records the newest entry's hash and bytes, and keeps the table at most half full. */
	private remember(hash: number, bytes: Buffer, start: number, end: number): void {
		this.hashes.push(hash);
		this.keyStarts.push(this.keysLength);
		if (this.keysLength + end - start > this.keys.length) {
			const bigger = new Uint8Array(this.keys.length * 2 + end - start);
			bigger.set(this.keys.subarray(0, this.keysLength));
			this.keys = bigger;
		}
		this.keys.set(bytes.subarray(start, end), this.keysLength);
		this.keysLength += end - start;
		if (this.names.length * 2 > this.slots.length) {
			this.slots = new Int32Array(this.slots.length * 2);
			const mask = this.slots.length - 1;
			for (let entry = 0; entry < this.names.length; entry++) {
				let slot = this.hashes.get(entry) & mask;
				while (this.slots[slot] !== 0) {
					slot = (slot + 1) & mask;
				}
				this.slots[slot] = entry + 1;
			}
		}
	}
}

/** Parses thread text given as a string (tests, small inputs); see `parseBytes`. */
export function parseText(text: string, source: string): Article[] {
	return parseBytes(Buffer.from(text, 'utf8'), source);
}
