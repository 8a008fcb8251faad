/**
 * The one writer of the thread format: `commentHeader` and `commentBlock` are how a
 * comment is written, for `threadTextChunks` here, the `Y` copy (copy-text.ts) and the
 * corpus generator's headers alike.
 *
 * Articles written back as thread text (docs/FORMAT.md), the inverse of `parseText`: the
 * article head unindented, each comment a bullet header indented two columns per level
 * (two more than its parent), its text two columns deeper still, blocks separated by one
 * blank line and articles by a form-feed line. It doubles as "copy the thread as
 * indented text", so the output is kept plain: no trailing whitespace, no blank runs.
 *
 * Round trip: for every article `parseText` can return, `parseText(toThreadText(a))`
 * gives the same date, title, body and comment tree with the same authors and texts
 * (`line` and `source` aside). Other values are first normalised the way the parser
 * would have read them: a line break in a date, title or author becomes one space and
 * the value is trimmed (an empty date or title is null); every line of a body or text
 * loses its trailing whitespace, blank runs become one empty line, leading and trailing
 * blank lines go; a comment text's leading tabs become spaces (tab stops every 8
 * columns of the text) and its lines lose their smallest indent. Lone surrogates become
 * U+FFFD once the text is encoded as UTF-8, as any UTF-8 writer does.
 *
 * What the format cannot say, so these read back differently (the parser never returns
 * them, so parsed articles always round-trip):
 * - a date that does not look like a date (`looksLikeDate`): it is read as the title,
 *   and the title as the first body line;
 * - a null date with a title that looks like a date: the first head line is a date
 *   whenever it looks like one, so the title is read as the date (and the body's first
 *   line, if any, as the title);
 * - a null title with a non-empty body: the body's first line is read as the title (or
 *   as the date when the date is null and that line looks like one);
 * - an article with no date, title, body or comment: written as nothing (the parser
 *   reads no article there either);
 * - a body line whose first non-blank character is a bullet followed by whitespace or
 *   the line's end, indented by a space or a tab, with no such bullet line directly
 *   above or below it (a blank line does not count; above the first body line is the
 *   title): it starts the comment section there. Such a line is only body text as part
 *   of a single-spaced list, so the first body line is written directly under a title
 *   that is itself a bullet line;
 * - (format version 2) a body line that would start a comment section in another
 *   layout or by B1-B3 (an indented bullet line alone in its block, a `said...` line,
 *   `  1.` after a count line, `View all comments` under `Inline Feedbacks`), H1 chrome
 *   at the top of the head, a count line as the head's last line, and a footer line in a
 *   comment text (F1 ends the comments there);
 * - a comment's `replyTo` (only wpDiscuz pages say it; written as text it would not be
 *   read back); its time, score and note are written as M1 lines and an M2 suffix;
 * - a comment text line whose first non-blank character is a bullet followed by
 *   whitespace or the line's end: in the comment section every such line is a header,
 *   so it is read as a reply to that comment.
 *
 * Depth is indentation, so a chain of n replies costs O(n²) bytes (2 columns a level):
 * the chunked writer streams it, but a 100,000-deep chain is ~10 GB of text.
 */
import {Chunker} from './chunker.js';
import {metaCursor} from '../model/meta.js';
import type {Article, CommentMeta, Thread} from '../model/types.js';

/** Columns of indentation per reply level (the text sits one level deeper than its header). */
const levelWidth = 2;

/** The bullet that opens a comment header. */
const bullet = '\u2022';

/** A comment's header line, no line end: `indent`, then `• AUTHOR`, or a bare `•` for an empty author. */
export function commentHeader(indent: string, author: string): string {
	return author === '' ? `${indent}${bullet}` : `${indent}${bullet} ${author}`;
}

/**
 * One comment in the thread format: its header indented `level` levels of two columns (1
 * for a top-level comment, which must be indented), with `meta`'s note after the author
 * (M2) and its time and score on the lines right below (M1), then, when it has text
 * lines, a blank line and the lines one level deeper (empty ones left empty). Every line
 * ends in `\n`; the caller puts one blank line between comments and owes lines that read
 * back as text (see the module comment: a line starting with a bullet reads as a reply).
 */
export function commentBlock(level: number, author: string, lines: readonly string[], meta?: CommentMeta): string {
	let block = `${commentHeader(' '.repeat(levelWidth * level), author + noteSuffix(meta))}\n`;
	block += metaLines(meta, ' '.repeat(levelWidth * (level + 1)));
	if (lines.length > 0) {
		const indent = ' '.repeat(levelWidth * (level + 1));
		block += `\n${lines.map((line) => (line === '' ? '' : indent + line)).join('\n')}\n`;
	}
	return block;
}

/** A header line: first non-whitespace is a bullet followed by whitespace or the end. */
const headerLine = /^\s*[\u2022\u25E6\u25AA\u2023\u25CF](?:\s|$)/u;

/** The leading run of spaces and tabs, which is a line's indent. */
const leadingIndent = /^[ \t]+/;

/**
 * The articles as thread text, in chunks of about 64 K characters (memory stays flat
 * however many comments there are). See the module comment for what round-trips.
 */
export function* threadTextChunks(articles: readonly Article[]): Generator<string> {
	const out = new Chunker();
	let isFirst = true;
	for (const article of articles) {
		const head = headBlocks(article);
		if (head.length === 0 && article.thread.size === 0) {
			continue;
		}
		const separator = isFirst ? '' : '\n\f\n\n';
		isFirst = false;
		const ready = out.add(separator + head.map((block) => `${block}\n`).join('\n'));
		if (ready !== undefined) {
			yield ready;
		}
		yield* commentChunks(article.thread, head.length > 0, out);
	}
	const rest = out.flush();
	if (rest !== '') {
		yield rest;
	}
}

/** The articles as one thread-text string: `threadTextChunks` joined (see there). */
export function toThreadText(articles: readonly Article[]): string {
	let text = '';
	for (const chunk of threadTextChunks(articles)) {
		text += chunk;
	}
	return text;
}

/**
 * The head as blocks of lines (each block without its final newline): date, title,
 * body. The first body line joins the title's block when both are bullet lines and the
 * body line is indented, since only the adjacency keeps it from opening the comments.
 */
function headBlocks(article: Article): string[] {
	const date = singleLine(article.date);
	const title = singleLine(article.title);
	const body = foldBlankLines(article.body.split('\n').map((line) => line.trimEnd()));
	const blocks: string[] = [];
	if (date !== null) {
		blocks.push(date);
	}
	const first = body[0];
	if (
		title !== null &&
		first !== undefined &&
		headerLine.test(title) &&
		headerLine.test(first) &&
		leadingIndent.test(first)
	) {
		blocks.push(`${title}\n${body.join('\n')}`);
		return blocks;
	}
	if (title !== null) {
		blocks.push(title);
	}
	if (body.length > 0) {
		blocks.push(body.join('\n'));
	}
	return blocks;
}

/** Each comment's header and text, pre-order; `afterHead` says whether a blank line must come first. */
function* commentChunks(thread: Thread, afterHead: boolean, out: Chunker): Generator<string> {
	let needsBlank = afterHead;
	const metaOf = metaCursor(thread);
	for (let row = 0; row < thread.size; row++) {
		const author = singleLine(thread.author[row]!) ?? '';
		const block = commentBlock(thread.depth[row]! + 1, author, commentTextLines(thread.text[row]!), metaOf(row));
		const ready = out.add(needsBlank ? `\n${block}` : block);
		needsBlank = true;
		if (ready !== undefined) {
			yield ready;
		}
	}
}

/**
 * M2: a note written after the author: ` | note` when it holds a year or a month (M2 reads
 * that back as a note, while after ` · ` it could read as a time), else ` · note`.
 */
function noteSuffix(meta: CommentMeta | undefined): string {
	const note = singleLine(meta?.note ?? null);
	if (note === null) {
		return '';
	}
	return yearOrMonth.test(note) ? ` | ${note}` : ` · ${note}`;
}

/** M1: the time and score as lines right under the header (a `·` line when there is only a score). */
function metaLines(meta: CommentMeta | undefined, indent: string): string {
	const time = singleLine(meta?.time ?? null);
	const score = meta?.score;
	if (time === null && score === undefined) {
		return '';
	}
	return `${indent}${time ?? '·'}\n${score === undefined ? '' : `${indent}${score}\n`}`;
}

/** A year (1900-2099) or a month name or abbreviation as a word, as M2's ` | ` rule finds them. */
const yearOrMonth =
	/(?:^|[\s,./:-])(?:19\d\d|20\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?=$|[\s,./:-])/i;

/** A date, title or author on one line: line breaks (and the whitespace around them) become one space, then trimmed; `""` becomes null. */
function singleLine(value: string | null): string | null {
	if (value === null) {
		return null;
	}
	const line = value.replace(/\s*\n\s*/g, ' ').trim();
	return line === '' ? null : line;
}

/**
 * A comment text's lines as the parser would read them back from any indentation:
 * leading tabs expanded (stops every 8 columns), the smallest indent removed from every
 * line, blank runs folded. Written at a common base indent, they then dedent to themselves.
 */
function commentTextLines(text: string): string[] {
	const lines = foldBlankLines(text.split('\n').map((line) => expandIndent(line.trimEnd())));
	let least = Number.MAX_SAFE_INTEGER;
	for (const line of lines) {
		if (line !== '') {
			least = Math.min(least, indentWidth(line));
		}
	}
	return least === 0 || lines.length === 0 ? lines : lines.map((line) => line.slice(least));
}

/**
 * Lines with trailing whitespace already trimmed (so a blank line is `""`): leading and
 * trailing blank lines dropped, every run of blank lines folded into one.
 */
function foldBlankLines(lines: readonly string[]): string[] {
	const kept: string[] = [];
	for (const line of lines) {
		if (line !== '' || (kept.length > 0 && kept[kept.length - 1] !== '')) {
			kept.push(line);
		}
	}
	if (kept[kept.length - 1] === '') {
		kept.pop();
	}
	return kept;
}

/** The line with its leading spaces and tabs rewritten as spaces (a tab moves to the next multiple of 8). */
function expandIndent(line: string): string {
	const match = leadingIndent.exec(line);
	if (match === null || !match[0].includes('\t')) {
		return line;
	}
	let width = 0;
	for (const character of match[0]) {
		width = character === '\t' ? width - (width % 8) + 8 : width + 1;
	}
	return ' '.repeat(width) + line.slice(match[0].length);
}

/** Number of leading spaces (the line's indent once its tabs are expanded). */
function indentWidth(line: string): number {
	let i = 0;
	while (line.charCodeAt(i) === 0x20) {
		i++;
	}
	return i;
}
