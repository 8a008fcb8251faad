import {Buffer} from 'node:buffer';
import {splitAuthor} from './author-names.js';
import {asBuffer} from './decode.js';
import {BulletedLayout} from './layouts/bulleted.js';
import {NumberedLayout} from './layouts/numbered.js';
import {saidAuthor, saidLine} from './layouts/said.js';
import {DiscuzLayout} from './layouts/wpdiscuz.js';
import {type LineShape, newLineShape, scanLine} from './line-scan.js';
import {Mode, Reader, Step} from './reader.js';
import {ThreadBuilder} from './thread-builder.js';
import {isCountLine} from './words.js';
import type {Article} from '../model/types.js';

/** Lines longer than this (in bytes) that end in text are not looked at as footer lines: most of the seed's body lines are. */
const shortLine = 64;

/** Count lines longer than this (in bytes) are not decoded to check (N1's look above). */
const longestCountLine = 400;

/**
 * Parses thread text (UTF-8 bytes) into articles, by every rule of docs/FORMAT.md (format
 * version 2). Total: any byte string gives a result and nothing throws (invalid UTF-8
 * decodes to U+FFFD). Iterative, one pass over lines; a layout is recognised by
 * looking at a few lines around the current one (B1 reads its block once, B3 and M1 look
 * ahead to the next header or blank line). Inside a bulleted section the loop below
 * handles every line itself, so the seed's layout pays only for one footer check on
 * short lines and one look at the line after each header. Comment texts stay byte ranges
 * of the input, decoded when read (lazy-texts.ts).
 */
export function parseBytes(input: Uint8Array, source: string): Article[] {
	const parser = startParse(input, source);
	parser.advance(Number.POSITIVE_INFINITY);
	return parser.articles;
}

/** A parse that runs in slices: see {@link startParse}. */
export interface SlicedParse {
	/** The articles finished so far; whole once `advance` has returned true. */
	readonly articles: Article[];
	/** Bytes of the input parsed so far. */
	readonly parsed: number;
	/** The comments of the articles finished so far. */
	readonly comments: number;
	/**
	 * Parses the lines that start before byte `until` (at least one line), and the end of
	 * the input once reached; true when the whole input is parsed. The result is the
	 * same as {@link parseBytes} whatever the slices.
	 */
	advance(until: number): boolean;
}

/**
 * {@link parseBytes} in slices, so a caller can let the event loop run between them (a
 * loading screen that draws progress and answers Ctrl-C while a big input parses).
 */
export function startParse(input: Uint8Array, source: string): SlicedParse {
	const bytes = asBuffer(input);
	const articles: Article[] = [];
	const r = new Reader(bytes);
	const bulleted = new BulletedLayout(r);
	const numbered = new NumberedLayout(r);
	const discuz = new DiscuzLayout(r);
	const shape = newLineShape();
	/** Where the current block (B1) starts: -1 when the next non-blank line starts one. */
	let blockAt = -1;
	/** The nearest non-blank line above (content range) and the blank lines since (N1, W1). */
	let aboveStart = -1;
	let aboveEnd = -1;
	let blanksAbove = 0;
	let seenNonBlank = false;

	const finishArticle = (): void => {
		if (r.mode === Mode.discuz) {
			discuz.flush();
		}
		r.finishComment();
		numbered.reset();
		const fields = r.headFields ?? r.head.finish(bytes, r.body, false);
		const thread = r.thread.finish();
		if (fields.title !== null || fields.date !== null || thread.size > 0) {
			articles.push({source, date: fields.date, title: fields.title, body: fields.body, thread});
		}
		r.body.reset();
		r.head.reset();
		r.headFields = null;
		r.thread = new ThreadBuilder(bytes);
		r.mode = Mode.head;
		blockAt = -1;
	};

	/** Opens a bulleted comment (the seed's hot path: no metadata object unless M1 or M2 found some). */
	const startBulleted = (at: number, line: LineShape, lineNumber: number, next: number): void => {
		const parts = r.authors.get(bytes, line.authorStart, line.end);
		r.finishComment();
		r.row = r.thread.add(parts.author, lineNumber, bulleted.indentOf(at, line));
		const first = bytes[next];
		const hasLines = next < bytes.length && first !== 0x0a && first !== 0x0d && bulleted.readMeta(next);
		if (hasLines || parts.time !== undefined || parts.note !== undefined) {
			r.thread.setMeta(
				parts.time ?? (hasLines ? bulleted.time : undefined),
				hasLines ? bulleted.score : Number.NaN,
				undefined,
				parts.note,
			);
		}
	};

	/** A line of the head: the first that starts a comment section, in any layout, starts it. */
	const headLine = (at: number, line: LineShape, lineNumber: number, next: number): void => {
		if (line.isBlank) {
			r.head.addBlank();
			blockAt = -1;
			return;
		}
		if (!seenNonBlank) {
			bulleted.noteFirstLine(at, line, next);
		}
		if (line.indent === 0 && !line.isHeader) {
			blockAt = -1;
		} else if (blockAt < 0) {
			blockAt = at;
		}
		if (line.isHeader) {
			if (bulleted.startsSection(at, line, next, blockAt)) {
				r.startSection(Mode.bulleted);
				startBulleted(at, line, lineNumber, next);
				return;
			}
		} else if (blanksAbove === 0 && discuz.startsSection(line, aboveStart, aboveEnd)) {
			r.head.add(at, line.indentEnd, line.contentStart, line.end, line.indent);
			r.startSection(Mode.discuz, true);
			discuz.begin(next);
			return;
		} else if (line.indent > 0) {
			const number = numbered.numberOf(line);
			if (number === 1 && numbered.startsSection(line, number, next, isSpacedAbove())) {
				r.startSection(Mode.numbered);
				numbered.open(line, number, lineNumber, next);
				return;
			}
		} else {
			const author = saidAuthor(r, line);
			if (author !== null) {
				r.startSection(Mode.said);
				r.addComment(splitAuthor(author), lineNumber, 0);
				return;
			}
		}
		r.head.add(at, line.indentEnd, line.contentStart, line.end, line.indent);
	};

	/** N1's condition on what stands above: a count line, two or more blank lines, or nothing. */
	const isSpacedAbove = (): boolean =>
		!seenNonBlank ||
		blanksAbove >= 2 ||
		(aboveEnd - aboveStart <= longestCountLine && isCountLine(r.text(aboveStart, aboveEnd)));

	let parsedTo = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	let linesDone = 0;
	let comments = 0;
	let isDone = false;
	const advance = (until: number): boolean => {
		if (isDone) {
			return true;
		}
		// The loop's place is kept in locals while it runs (the hot path) and put back after.
		let pos = parsedTo;
		let lineNumber = linesDone;
		const end = Math.min(bytes.length, Math.max(until, pos + 1));
		const before = articles.length;
		while (pos < end) {
			const newline = bytes.indexOf(0x0a, pos);
			const next = newline < 0 ? bytes.length : newline + 1;
			lineNumber++;
			if (pos < r.skipUntil) {
				pos = next;
				continue;
			}
			const line = scanLine(bytes, pos, newline < 0 ? bytes.length : newline, shape);
			const mode = r.mode;
			if (line.isFormFeed) {
				finishArticle();
			} else if (mode === Mode.bulleted) {
				if (line.isBlank) {
					r.body.addBlank();
				} else if (line.isHeader) {
					startBulleted(pos, line, lineNumber, next);
				} else if (
					(line.end - line.contentStart <= shortLine || bytes[line.end - 1] === 0x20 || bytes[line.end - 1] === 0x09) &&
					r.isFooter(line)
				) {
					finishArticle();
					r.mode = Mode.dropping;
				} else if (line.indent > 0) {
					r.body.add(pos, line.indentEnd, line.end, line.indent);
				} else {
					finishArticle();
					headLine(pos, line, lineNumber, next);
				}
			} else if (mode === Mode.head) {
				headLine(pos, line, lineNumber, next);
			} else if (mode === Mode.dropping) {
				if (!line.isBlank && line.indent === 0 && !line.isHeader && !r.isFooter(line)) {
					r.mode = Mode.head;
					headLine(pos, line, lineNumber, next);
				}
			} else {
				const step =
					mode === Mode.numbered
						? numbered.line(pos, line, lineNumber, next)
						: mode === Mode.said
							? saidLine(r, pos, line, lineNumber)
							: discuz.line(pos, line, lineNumber, next);
				if (step === Step.nextArticle) {
					finishArticle();
					headLine(pos, line, lineNumber, next);
				} else if (step === Step.footer) {
					finishArticle();
					r.mode = Mode.dropping;
				}
			}
			if (line.isBlank) {
				blanksAbove++;
			} else {
				seenNonBlank = true;
				blanksAbove = 0;
				aboveStart = line.contentStart;
				aboveEnd = line.end;
			}
			pos = next;
		}
		parsedTo = pos;
		linesDone = lineNumber;
		if (pos >= bytes.length) {
			finishArticle();
			isDone = true;
		}
		for (let index = before; index < articles.length; index++) {
			comments += articles[index]!.thread.size;
		}
		return isDone;
	};
	return {
		articles,
		get parsed() {
			return parsedTo;
		},
		get comments() {
			return comments;
		},
		advance,
	};
}

/** Parses thread text given as a string (tests, small inputs); see `parseBytes`. */
export function parseText(text: string, source: string): Article[] {
	return parseBytes(Buffer.from(text, 'utf8'), source);
}
