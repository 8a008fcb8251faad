import {countThreads} from '../model/rows.js';
import type {Article} from '../model/types.js';
import {countLabel} from '../text/format-count.js';
import {sanitizeLine} from '../text/sanitize.js';
import {displayWidth, truncateToWidth} from '../text/width.js';
import {articleName} from './article-rows.js';

/** The article list's columns at one width: what is shown and how wide each column is. */
export interface ListColumns {
	readonly width: number;
	readonly titleWidth: number;
	/** 0 when no article has a date (or there is no room). */
	readonly dateWidth: number;
	readonly commentsWidth: number;
	/** 0 when there is no room for thread counts. */
	readonly threadsWidth: number;
	/** 0 unless the source tells articles apart (two share a title) and there is room. */
	readonly sourceWidth: number;
}

/** What the columns are measured from, gathered once per set of articles (one pass). */
export interface ListMeasure {
	/** The widest article name. */
	readonly titleWidth: number;
	readonly dateWidth: number;
	readonly commentsWidth: number;
	readonly threadsWidth: number;
	readonly sourceWidth: number;
	/** Whether two articles from different sources share a name: only then is the source shown. */
	readonly needsSource: boolean;
}

const gap = 2;
/** The widest a date column gets, whatever the room: a longer "date" is text the parser took for one. */
const maxDateWidth = 40;

/** The widths the list's columns would want, read from every article once. */
export function measureList(articles: readonly Article[]): ListMeasure {
	let titleWidth = 0;
	let dateWidth = 0;
	let commentsWidth = 0;
	let threadsWidth = 0;
	let sourceWidth = 0;
	const sourcesByName = new Map<string, string>();
	let needsSource = false;
	for (const article of articles) {
		if (article.date !== null) {
			dateWidth = Math.max(dateWidth, displayWidth(sanitizeLine(article.date)));
		}
		commentsWidth = Math.max(commentsWidth, countLabel(article.thread.size, 'comment', 'comments').length);
		threadsWidth = Math.max(threadsWidth, countLabel(countThreads(article.thread), 'thread', 'threads').length);
		sourceWidth = Math.max(sourceWidth, displayWidth(sanitizeLine(article.source)));
		const name = articleName(article);
		titleWidth = Math.max(titleWidth, displayWidth(sanitizeLine(name)));
		const known = sourcesByName.get(name);
		if (known === undefined) {
			sourcesByName.set(name, article.source);
		} else if (known !== article.source) {
			needsSource = true;
		}
	}
	return {titleWidth, dateWidth, commentsWidth, threadsWidth, sourceWidth, needsSource};
}

/**
 * The columns at `width`: the title first and as wide as it can be, then the date, the
 * comment count and (with room) the thread count in aligned columns, and the source only
 * when it tells articles apart. Narrow screens give up the thread count first, then cut
 * the source and the date, so a title keeps at least about half the row.
 */
export function listColumns(measure: ListMeasure, width: number, isFiltered = false, noteWidth = 0): ListColumns {
	// Under a filter the column reads `3 of 13 comments`: room for the first count and ` of `.
	const wanted = measure.commentsWidth + (isFiltered ? measure.commentsWidth - 4 : 0);
	const commentsWidth = Math.min(wanted, Math.max(4, Math.floor(width / 3)));
	let dateWidth = Math.min(measure.dateWidth, width < 100 ? 14 : 24);
	let threadsWidth = width >= 100 ? measure.threadsWidth : 0;
	let sourceWidth = measure.needsSource ? Math.min(measure.sourceWidth, Math.floor(width / 4)) : 0;
	const used = () =>
		commentsWidth +
		gap +
		(dateWidth > 0 ? dateWidth + gap : 0) +
		(threadsWidth > 0 ? threadsWidth + gap : 0) +
		(sourceWidth > 0 ? sourceWidth + gap : 0);
	const minTitle = Math.max(10, Math.floor(width / 2));
	if (width - used() < minTitle) {
		threadsWidth = 0;
	}
	if (width - used() < minTitle && sourceWidth > 0) {
		sourceWidth = Math.max(0, Math.min(sourceWidth, width - minTitle - (used() - sourceWidth - gap) - gap));
		sourceWidth = sourceWidth < 8 ? 0 : sourceWidth;
	}
	if (width - used() < minTitle) {
		dateWidth = 0;
	}
	// A long date (`Thursday, October 3, 2024`) is cut to keep room for titles, unless the
	// row has room for it after the longest title anyway (wide screens).
	if (dateWidth > 0 && dateWidth < measure.dateWidth) {
		const spare = width - used() - measure.titleWidth;
		dateWidth = Math.min(measure.dateWidth, maxDateWidth, dateWidth + Math.max(0, spare));
	}
	// No wider than the longest title (and a row's note, see listRow): on a wide screen the
	// columns stay next to the titles.
	const titleWidth = Math.max(1, Math.min(width - used(), measure.titleWidth + noteWidth));
	return {width, titleWidth, dateWidth, commentsWidth, threadsWidth, sourceWidth};
}

/**
 * One row of the article list in these columns: never wider than `columns.width`,
 * sanitized. Under a list author filter `chosen` is how many comments those authors
 * wrote there, shown as `3 of 13 comments`. A `note` (`  3 new`) ends the title's cell:
 * it takes its room from this row's title only, so the other rows keep the whole title
 * width and every column stays aligned (`listColumns`' `noteWidth` gives it room when the
 * screen has some to spare).
 */
export function listRow(article: Article, columns: ListColumns, ascii: boolean, chosen?: number, note = ''): string {
	const ellipsis = ascii ? '...' : '…';
	const padTo = (text: string, width: number, isRight = false): string => {
		const cut = truncateToWidth(text, width, ellipsis);
		const pad = ' '.repeat(Math.max(0, width - displayWidth(cut)));
		return isRight ? pad + cut : cut + pad;
	};
	const size = article.thread.size;
	const comments =
		chosen === undefined
			? countLabel(size, 'comment', 'comments')
			: `${chosen} of ${countLabel(size, 'comment', 'comments')}`;
	const name = sanitizeLine(articleName(article));
	const room = columns.titleWidth - displayWidth(note);
	let row = padTo(note === '' || room < 8 ? name : truncateToWidth(name, room, ellipsis) + note, columns.titleWidth);
	if (columns.dateWidth > 0) {
		row += `  ${padTo(article.date === null ? '' : sanitizeLine(article.date), columns.dateWidth)}`;
	}
	row += `  ${padTo(comments, columns.commentsWidth, true)}`;
	if (columns.threadsWidth > 0) {
		row += `  ${padTo(countLabel(countThreads(article.thread), 'thread', 'threads'), columns.threadsWidth, true)}`;
	}
	if (columns.sourceWidth > 0) {
		row += `  ${fromLeft(sanitizeLine(article.source), columns.sourceWidth, ellipsis)}`;
	}
	return truncateToWidth(row.trimEnd(), columns.width, ellipsis);
}

/** `text` cut from the left to `width` columns (`…/folder/file.txt`): the end of a path tells most. */
export function fromLeft(text: string, width: number, ellipsis: string): string {
	if (displayWidth(text) <= width) {
		return text;
	}
	const chars = Array.from(text);
	let kept = '';
	for (let index = chars.length - 1; index >= 0; index--) {
		if (displayWidth(chars[index]! + kept) + displayWidth(ellipsis) > width) {
			break;
		}
		kept = chars[index]! + kept;
	}
	return ellipsis + kept;
}
