import {filterRows, type FilterRows} from '../model/author-filter.js';
import {articlesByAuthors, indexAllAuthors, narrowAuthors} from './moves/author-picker.js';
import {indexAuthors, type AuthorEntry} from '../model/authors.js';
import {ThreadLayout} from '../layout/layout.js';
import {defaultTextWidth} from '../layout/body-preview.js';
import type {ExplorerContext} from './context.js';
import type {Article} from '../model/types.js';
import type {Recall} from './recall.js';
import {titledArticles} from './moves/title-filter.js';
import {articleName} from '../layout/article-rows.js';
import {matchTitles, type TitleWords, titleWords} from '../search/title-match.js';
import type {TitleHit} from './explorer-state.js';

/** Most titles the search prompt lists above the comments (`f` filters the list by every matching title). */
export const titleHitLimit = 10;

/**
 * The reducer's context: the articles and a layout cache keyed by article, width and
 * view mode (text wraps at `textWidth`, 0 for the full width). Keeping the last few layouts means a fold or a move never re-wraps text,
 * and going back to an article or view mode reuses its wrapping.
 */
export function createExplorerContext(
	articles: readonly Article[],
	ascii: boolean,
	recall: Recall | null = null,
	textWidth = defaultTextWidth,
): ExplorerContext {
	const cache = new Map<string, ThreadLayout>();
	const filters = new Map<string, FilterRows>();
	const authorIndexes = new Map<number | 'all', readonly AuthorEntry[]>();
	let lastPick: {key: string; entries: readonly AuthorEntry[]} | undefined;
	let lastList: {key: string; articles: Array<{article: number; count: number}>} | undefined;
	let lastHits: {query: string; answer: {hits: readonly TitleHit[]; total: number}} | undefined;
	let names: readonly TitleWords[] | undefined;
	/** Every article's title, folded and cut into words once (on the first title search). */
	const titles = (): readonly TitleWords[] => {
		names ??= articles.map((article) => titleWords(articleName(article)));
		return names;
	};
	let lastTitles: {key: string; articles: ReadonlyArray<{article: number; count?: number}>} | undefined;
	const authorsOf = (scope: number | 'all'): readonly AuthorEntry[] => {
		let entries = authorIndexes.get(scope);
		if (entries === undefined) {
			entries = scope === 'all' ? indexAllAuthors(articles) : indexAuthors(articles[scope]!.thread);
			authorIndexes.set(scope, entries);
		}
		return entries;
	};
	const listArticles = (authors: readonly string[]): ReadonlyArray<{article: number; count: number}> => {
		const key = JSON.stringify(authors);
		if (lastList?.key !== key) {
			lastList = {key, articles: articlesByAuthors(articles, new Set(authors))};
		}
		return lastList.articles;
	};
	const docStart = new Int32Array(articles.length + 1);
	for (const [index, article] of articles.entries()) {
		docStart[index + 1] = docStart[index]! + article.thread.size;
	}
	return {
		articles,
		recall,
		docStart,
		pickerEntries(scope, query) {
			const key = `${scope}\u0000${query}`;
			if (lastPick?.key !== key) {
				lastPick = {key, entries: narrowAuthors(authorsOf(scope), query)};
			}
			return lastPick.entries;
		},
		listArticles,
		titleHits(query) {
			if (lastHits?.query !== query) {
				const found = matchTitles(titles(), query);
				const hits = found.slice(0, titleHitLimit).map(({index, ranges}) => ({article: index, ranges}));
				lastHits = {query, answer: {hits, total: found.length}};
			}
			return lastHits.answer;
		},
		titleArticles(query, authors) {
			const key = JSON.stringify([query, authors]);
			if (lastTitles?.key !== key) {
				lastTitles = {key, articles: titledArticles(titles(), query, authors === null ? null : listArticles(authors))};
			}
			return lastTitles.articles;
		},
		filterRows(article, authors) {
			const key = JSON.stringify([article, authors]);
			let rows = filters.get(key);
			if (rows === undefined) {
				rows = filterRows(articles[article]!.thread, new Set(authors));
				filters.set(key, rows);
				if (filters.size > 8) {
					filters.delete(filters.keys().next().value!);
				}
			}
			return rows;
		},
		layout(article, width, isCompact, isBodyFolded) {
			const key = `${article}:${width}:${isCompact ? 1 : 0}:${isBodyFolded ? 1 : 0}`;
			let layout = cache.get(key);
			if (layout === undefined) {
				layout = new ThreadLayout(articles[article]!, {width, isCompact, isBodyFolded, ascii, textWidth});
				cache.set(key, layout);
				if (cache.size > 8) {
					cache.delete(cache.keys().next().value!);
				}
			}
			return layout;
		},
	};
}
