import {countLabel} from '../text/format-count.js';
import {countThreads} from '../model/rows.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Article} from '../model/types.js';
import {displayWidth, truncateToWidth} from '../text/width.js';

/** The name an article goes by: its title, or its source's file name when it has none. */
export function articleName(article: Article): string {
	if (article.title !== null) {
		return article.title;
	}
	const slash = article.source.lastIndexOf('/');
	return article.source === '-' ? '(standard input)' : article.source.slice(slash + 1);
}

/**
 * One line of the article list, fitted to `width` columns: date, title, then comment and
 * thread counts (and the source, when several inputs were given). Sanitized; only the
 * rows on screen are ever formatted.
 */
export function articleRow(article: Article, width: number, showSource: boolean, ascii: boolean): string {
	const dot = ascii ? ' - ' : ' · ';
	const date = article.date === null ? '' : sanitizeLine(article.date) + dot;
	const size = article.thread.size;
	const counts = `${countLabel(size, 'comment', 'comments')}, ${countLabel(countThreads(article.thread), 'thread', 'threads')}`;
	const source = showSource ? dot + sanitizeLine(article.source) : '';
	const tail = `  ${counts}${source}`;
	const ellipsis = ascii ? '...' : '…';
	const room = width - displayWidth(tail);
	const head = date + sanitizeLine(articleName(article));
	if (room < 12) {
		return truncateToWidth(head + tail, width, ellipsis);
	}
	const fitted = truncateToWidth(head, room, ellipsis);
	return fitted + ' '.repeat(Math.max(0, room - displayWidth(fitted))) + tail;
}
