import {articleName} from '../layout/article-rows.js';
import {Chunker} from './chunker.js';
import type {CommentMatch} from '../search/matches.js';
import {commentMeta, metaLabel} from '../model/meta.js';
import {ancestorsOf} from '../model/rows.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import type {Article} from '../model/types.js';
import {wrapLines} from '../text/wrap.js';
import {truncateToWidth} from '../text/width.js';
import {makePaint, styles} from './paint.js';
import type {PrintOptions} from './print-text.js';
import {glyphsFor, labels} from '../text/glyphs.js';

// Private-use code points that stand for "match starts / ends" while the text is
// sanitized and wrapped; any already in the data are removed first.
const open = '\uE000';
const close = '\uE001';

/**
 * The matches as text: each under its article's title (printed when the article
 * changes), the path of authors down to it (`alice › bob › carol`) with the comment's
 * metadata dimmed after its author (`carol · 2 days ago`), then its text,
 * wrapped, with the matched characters highlighted when colour is on.
 */
export function* printMatches(
	articles: readonly Article[],
	matches: readonly CommentMatch[],
	options: PrintOptions,
): Generator<string> {
	const out = new Chunker();
	const paint = makePaint(options.color);
	const width = Math.max(20, options.width);
	const glyphs = glyphsFor(options.ascii);
	const {chain: separator, ellipsis} = glyphs;
	let lastArticle = -1;
	for (const match of matches) {
		const article = articles[match.article]!;
		const thread = article.thread;
		let piece = '';
		if (match.article !== lastArticle) {
			piece += `${paint('bold', truncateToWidth(sanitizeLine(articleName(article)), width, ellipsis))}\n`;
			lastArticle = match.article;
		}
		const names = ancestorsOf(thread, match.row).map((row) => sanitizeLine(thread.author[row]!) || labels.anonymous);
		const author = sanitizeLine(thread.author[match.row]!) || labels.anonymous;
		const path = names.length > 0 ? paint('dim', names.join(separator) + separator) : '';
		const label = metaLabel(commentMeta(thread, match.row), glyphs);
		const meta = label === '' ? '' : paint('dim', sanitizeLine(glyphs.dot + label));
		piece += `  ${path}${paint('bold', author)}${meta}  ${paint('dim', `line ${match.line}`)}\n`;
		let isInMatch = false;
		for (const line of wrapLines(marked(thread.text[match.row]!, match.textRanges), width - 4)) {
			piece += `    ${highlight(line, options.color, isInMatch)}\n`;
			isInMatch = line.lastIndexOf(open) > line.lastIndexOf(close) || (isInMatch && !line.includes(close));
		}
		const ready = out.add(`${piece}\n`);
		if (ready !== undefined) {
			yield ready;
		}
	}
	yield out.flush();
}

/** The text sanitized, with sentinels around each matched range (ranges index the raw text). */
function marked(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
	const clean = text.replaceAll(open, ' ').replaceAll(close, ' ');
	let result = '';
	let at = 0;
	for (const [from, to] of ranges) {
		if (from < at) {
			continue;
		}
		result += sanitizeText(clean.slice(at, from)) + open + sanitizeText(clean.slice(from, to)) + close;
		at = to;
	}
	return result + sanitizeText(clean.slice(at));
}

/**
 * Sentinels become inverse video on and off (or vanish without colour). Each line is
 * closed on its own; a match the wrap cut in two is re-opened on the next line.
 */
function highlight(line: string, color: boolean, isInMatch: boolean): string {
	if (!color) {
		return line.replaceAll(open, '').replaceAll(close, '');
	}
	const [on, off] = styles.inverse;
	return (isInMatch ? on : '') + line.replaceAll(open, on).replaceAll(close, off) + off;
}
