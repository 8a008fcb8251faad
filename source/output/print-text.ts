import {Chunker} from './chunker.js';
import {asciiGuides, maxGuideLevels, rowGuides, unicodeGuides} from '../layout/guides.js';
import {countLabel} from '../text/format-count.js';
import {countThreads} from '../model/rows.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import type {Article, Thread} from '../model/types.js';
import {wrapLines} from '../text/wrap.js';
import {displayWidth, truncateToWidth} from '../text/width.js';
import {makePaint, type Paint} from './paint.js';

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
 * A readable text tree of the articles, as chunks of text. Every value from the data
 * goes through the sanitizer first, so nothing the input holds can drive the terminal;
 * the guides are drawn for the deepest levels only, so a 100,000-deep chain prints in
 * linear time with at least ~40 columns left for text.
 */
export function* printChunks(articles: readonly Article[], options: PrintOptions): Generator<string> {
	const out = new Chunker();
	const paint = makePaint(options.color);
	const width = Math.max(20, options.width);
	for (let a = 0; a < articles.length; a++) {
		const head = articleHead(articles[a]!, options, paint, width);
		const ready = out.add((a > 0 ? `\n${paint('dim', (options.ascii ? '=' : '═').repeat(width))}\n\n` : '') + head);
		if (ready !== undefined) {
			yield ready;
		}
		yield* commentLines(articles[a]!.thread, options, paint, width, out);
	}
	yield out.flush();
}

/** A human name for a count: `1 comment`, `3 comments`. */
export function plural(count: number, noun: string): string {
	return countLabel(count, noun, `${noun}s`);
}

function articleHead(article: Article, options: PrintOptions, paint: Paint, width: number): string {
	const dot = options.ascii ? ' - ' : ' · ';
	const title = article.title === null ? `(untitled: ${article.source})` : article.title;
	const meta = [
		...(article.date === null ? [] : [article.date]),
		plural(article.thread.size, 'comment'),
		plural(countThreads(article.thread), 'thread'),
		article.source,
	];
	const lines: string[] = [];
	// Loops, not spreads: a 50 MB body wraps to more rows than a call can take as arguments.
	for (const line of wrapLines(sanitizeLine(title), width)) {
		lines.push(paint('bold', line));
	}
	for (const line of wrapLines(sanitizeLine(meta.join(dot)), width)) {
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

function* commentLines(
	thread: Thread,
	options: PrintOptions,
	paint: Paint,
	width: number,
	out: Chunker,
): Generator<string> {
	const glyphs = options.ascii ? asciiGuides : unicodeGuides;
	const levels = maxGuideLevels(width);
	for (let row = 0; row < thread.size; row++) {
		const guides = rowGuides(thread, row, levels, glyphs);
		const depth = guides.clippedDepth === null ? '' : `[${guides.clippedDepth}] `;
		// An author line wider than the page is cut, never wrapped into the guides.
		const room = Math.max(1, width - displayWidth(guides.head) - depth.length);
		const name =
			thread.author[row] === ''
				? '(anonymous)'
				: truncateToWidth(sanitizeLine(thread.author[row]!), room, options.ascii ? '...' : '…');
		const author = paint(thread.author[row] === '' ? 'dim' : 'bold', name);
		let piece =
			(row > 0 && thread.depth[row] === 0 ? '\n' : '') +
			paint('dim', guides.head) +
			paint('yellow', depth) +
			author +
			'\n';
		const text = thread.text[row]!;
		if (text !== '') {
			const prefix = paint('dim', guides.body);
			const textWidth = Math.max(10, width - displayWidth(guides.body));
			for (const line of wrapLines(sanitizeText(text), textWidth)) {
				piece += `${line === '' ? paint('dim', guides.body.trimEnd()) : prefix + line}\n`;
			}
		}
		const ready = out.add(piece);
		if (ready !== undefined) {
			yield ready;
		}
	}
}
