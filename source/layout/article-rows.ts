import {countLabel} from '../text/format-count.js';
import {countThreads} from '../model/rows.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Article} from '../model/types.js';
import {displayWidth, truncateToWidth} from '../text/width.js';
import {glyphsFor, labels, untitledLabel} from '../text/glyphs.js';

/** The name an article goes by: its title, or its source's file name when it has none. */
export function articleName(article: Article): string {
	if (article.title !== null) {
		return article.title;
	}
	const slash = article.source.lastIndexOf('/');
	return article.source === '-' ? labels.standardInput : article.source.slice(slash + 1);
}

/**
 * One line of the article list, fitted to `width` columns: date, title, then comment and
 * thread counts (and the source, when several inputs were given). Sanitized; only the
 * rows on screen are ever formatted.
 */
export function articleRow(article: Article, width: number, showSource: boolean, ascii: boolean): string {
	const {dot, ellipsis} = glyphsFor(ascii);
	const date = article.date === null ? '' : sanitizeLine(article.date) + dot;
	const size = article.thread.size;
	const counts = `${countLabel(size, 'comment', 'comments')}, ${countLabel(countThreads(article.thread), 'thread', 'threads')}`;
	const source = showSource ? dot + sanitizeLine(article.source) : '';
	const tail = `  ${counts}${source}`;
	const room = width - displayWidth(tail);
	const head = date + sanitizeLine(articleName(article));
	if (room < 12) {
		return truncateToWidth(head + tail, width, ellipsis);
	}
	const fitted = truncateToWidth(head, room, ellipsis);
	return fitted + ' '.repeat(Math.max(0, room - displayWidth(fitted))) + tail;
}

/** The title an article's head shows: its own, or `(untitled: SOURCE)`. Not sanitized. */
export function headTitle(article: Article): string {
	return article.title ?? untitledLabel(article.source);
}

/**
 * The meta line of an article's head, the same in the explorer and `--print`: date,
 * comment and thread counts, source, joined by `dot`. Not sanitized.
 */
export function headMeta(article: Article, dot: string): string {
	const thread = article.thread;
	return [
		...(article.date === null ? [] : [article.date]),
		countLabel(thread.size, 'comment', 'comments'),
		countLabel(countThreads(thread), 'thread', 'threads'),
		article.source,
	].join(dot);
}
