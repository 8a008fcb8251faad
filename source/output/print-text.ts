import {Chunker} from './chunker.js';
import {headMeta, headTitle} from '../layout/article-rows.js';
import {commentBody, commentLines, plainShape} from '../layout/comment-lines.js';
import type {ScreenLine, SegmentStyle} from '../layout/screen-line.js';
import {countLabel} from '../text/format-count.js';
import {type Glyphs, glyphsFor} from '../text/glyphs.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import type {Article, Thread} from '../model/types.js';
import {wrapLines} from '../text/wrap.js';
import {makePaint, type Paint, type StyleName} from './paint.js';

/** How `--print` draws. */
export interface PrintOptions {
	/** Columns to wrap to. */
	readonly width: number;
	/** ASCII guides and punctuation only. */
	readonly ascii: boolean;
	/** Whether to emit colour and bold (only when stdout is a terminal that allows it). */
	readonly color: boolean;
}

/**
 * A readable text tree of the articles, as chunks of text. Comments are laid out by
 * layout/comment-lines.ts, as in the explorer; this file only paints and joins the lines.
 * Every value from the data goes through the sanitizer first, so nothing the input holds
 * can drive the terminal; the guides are drawn for the deepest levels only, so a
 * 100,000-deep chain prints in linear time with at least ~40 columns left for text.
 */
export function* printChunks(articles: readonly Article[], options: PrintOptions): Generator<string> {
	const out = new Chunker();
	const paint = makePaint(options.color);
	const glyphs = glyphsFor(options.ascii);
	const width = Math.max(20, options.width);
	for (let a = 0; a < articles.length; a++) {
		const head = articleHead(articles[a]!, glyphs, paint, width);
		const ready = out.add((a > 0 ? `\n${paint('dim', glyphs.rule.repeat(width))}\n\n` : '') + head);
		if (ready !== undefined) {
			yield ready;
		}
		yield* commentChunks(articles[a]!.thread, glyphs, paint, width, out);
	}
	yield out.flush();
}

/** A human name for a count: `1 comment`, `3 comments`. */
export function plural(count: number, noun: string): string {
	return countLabel(count, noun, `${noun}s`);
}

/** How each segment style is painted on paper (null: as is). */
const paintOf: Readonly<Record<SegmentStyle, StyleName | null>> = {
	plain: null,
	author: 'bold',
	anonymous: 'dim',
	guide: 'dim',
	title: 'bold',
	meta: 'dim',
	badge: 'yellow',
	summary: 'dim',
	context: 'dim',
	mark: 'bold',
	match: 'inverse',
	link: null,
};

/** One laid-out line as text, each segment painted by its style. */
function paintLine(line: ScreenLine, paint: Paint): string {
	let text = '';
	for (const segment of line) {
		const style = paintOf[segment.style];
		text += style === null ? segment.text : paint(style, segment.text);
	}
	return text;
}

function articleHead(article: Article, glyphs: Glyphs, paint: Paint, width: number): string {
	const lines: string[] = [];
	// Loops, not spreads: a 50 MB body wraps to more rows than a call can take as arguments.
	for (const line of wrapLines(sanitizeLine(headTitle(article)), width)) {
		lines.push(paint('bold', line));
	}
	for (const line of wrapLines(sanitizeLine(headMeta(article, glyphs.dot)), width)) {
		lines.push(paint('dim', line));
	}
	lines.push('');
	if (article.body !== '') {
		for (const line of wrapLines(sanitizeText(article.body), width)) {
			lines.push(line);
		}
		lines.push('');
	}
	return `${lines.join('\n')}\n`;
}

function* commentChunks(thread: Thread, glyphs: Glyphs, paint: Paint, width: number, out: Chunker): Generator<string> {
	for (let row = 0; row < thread.size; row++) {
		let piece = '';
		for (const line of commentLines(
			thread,
			row,
			commentBody(thread, row, width),
			plainShape(thread, row, width, glyphs),
		)) {
			piece += `${paintLine(line, paint)}\n`;
		}
		const ready = out.add(piece);
		if (ready !== undefined) {
			yield ready;
		}
	}
}
