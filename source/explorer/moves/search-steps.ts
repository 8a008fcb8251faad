import type {ExplorerContext} from '../context.js';
import {openThread, type ActiveSearch, type ExplorerState, type SearchHit} from '../explorer-state.js';
import {listedArticle} from './list-position.js';
import {withoutAncestors} from './thread-moves.js';

/** The article and row of comment number `doc` (binary search over `docStart`). */
export function locateDoc(context: ExplorerContext, doc: number): {article: number; row: number} {
	let low = 0;
	let high = context.articles.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (context.docStart[middle]! <= doc) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}
	return {article: low, row: doc - context.docStart[low]!};
}

/** The first index of `docs` (ascending) whose value is over `doc`. */
function firstAfter(docs: Int32Array, doc: number): number {
	let low = 0;
	let high = docs.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (docs[middle]! <= doc) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return low;
}

/** Whether row `row` of `article` is one of the search's matches. */
export function isMatchRow(search: ActiveSearch, context: ExplorerContext, article: number, row: number): boolean {
	const doc = context.docStart[article]! + row;
	const at = firstAfter(search.docs, doc) - 1;
	return row >= 0 && at >= 0 && search.docs[at] === doc;
}

/** Every match in reading order: the search's own list, or the results' comments sorted (when it gave none). */
export function matchDocs(
	results: readonly SearchHit[],
	docs: Int32Array | undefined,
	context: ExplorerContext,
): Int32Array {
	if (docs !== undefined) {
		return docs;
	}
	const numbers = new Set(results.map(({article, row}) => context.docStart[article]! + row));
	return Int32Array.from([...numbers].sort((a, b) => a - b));
}

/**
 * `n` / `N` with a search: the next or previous match in reading order, from the match
 * last visited (or, when the focus moved away, from the focus), wrapping at the ends.
 * Matches are a sorted list of comment numbers, so every one of them is reachable at any
 * count, and a search over all articles goes on into the next article's matches (that
 * article opens at the match). Null when there is no search to step through.
 */
export function stepSearch(state: ExplorerState, direction: 1 | -1, context: ExplorerContext): ExplorerState | null {
	const thread = state.thread;
	const search = thread?.search;
	if (thread === null || search === null || search === undefined || state.screen !== 'thread') {
		return null;
	}
	const {docs} = search;
	if (docs.length === 0) {
		return state;
	}
	const here = context.docStart[thread.article]! + thread.focus;
	let index: number;
	if (docs[search.current] === here) {
		index = search.current + direction;
	} else {
		const after = firstAfter(docs, here);
		index = direction > 0 ? after : docs[after - 1] === here ? after - 2 : after - 1;
	}
	index = (index + docs.length) % docs.length;
	const {article, row} = locateDoc(context, docs[index]!);
	const base = article === thread.article ? thread : openThread(article);
	const parents = context.articles[article]!.thread.parent;
	return {
		...state,
		thread: {
			...base,
			focus: row,
			scroll: {item: row, line: 0},
			folded: withoutAncestors(base.folded, parents, row),
			search: {...search, current: index},
		},
	};
}

/**
 * The article the prompt's "this article" scope means: the open one in an article, the one
 * under the cursor on the list (so Tab from the list searches the article the reader is on).
 */
export function promptArticle(state: ExplorerState, context: ExplorerContext): number {
	if (state.screen === 'thread' && state.thread !== null) {
		return state.thread.article;
	}
	return Math.max(0, listedArticle(state, state.list.cursor, context));
}

/**
 * The full answer to the search the open article is stepping through, when it was jumped
 * into from an early answer (the index was still being built): the matches are replaced
 * by every match, and `n` / `N` go on from the same comment. An answer to another search,
 * or one no longer partial, changes nothing.
 */
export function refineSearch(
	state: ExplorerState,
	action: {readonly query: string; readonly scope: 'all' | number; readonly docs: Int32Array},
): ExplorerState {
	const search = state.thread?.search;
	if (
		state.thread === null ||
		search?.isPartial !== true ||
		search.query !== action.query ||
		search.scope !== action.scope
	) {
		return state;
	}
	const visited = search.docs[search.current];
	const at = visited === undefined ? -1 : firstAfter(action.docs, visited) - 1;
	const current = search.current < 0 ? -1 : Math.max(0, at);
	return {...state, thread: {...state.thread, search: {...search, docs: action.docs, current, isPartial: false}}};
}

/** The partial search the open article steps through, whose full answer is awaited; null when there is none. */
export function searchToRefine(state: ExplorerState): {readonly query: string; readonly scope: 'all' | number} | null {
	const search = state.thread?.search;
	return search?.isPartial === true && search.scope !== undefined ? {query: search.query, scope: search.scope} : null;
}

/**
 * `n` / `N` under an author filter, past the filter's last (or first) comment of the open
 * article: the next (or previous) article in input order where those authors wrote opens,
 * filtered the same way, at their first (or last) comment, wrapping round the articles as
 * a search does. Null where the step stays in the article (the thread's own move then
 * takes it, wrapping inside it when no other article has their comments).
 */
export function stepFilterAcross(
	state: ExplorerState,
	direction: 1 | -1,
	context: ExplorerContext,
): ExplorerState | null {
	const thread = state.thread;
	const filter = thread?.filter ?? null;
	const count = context.articles.length;
	if (state.screen !== 'thread' || thread === null || filter === null || count < 2) {
		return null;
	}
	const here = context.filterRows(thread.article, filter).chosen;
	const isPastEnd = here.every((row) => (direction > 0 ? row <= thread.focus : row >= thread.focus));
	if (!isPastEnd) {
		return null;
	}
	for (let step = 1; step < count; step++) {
		const article = (((thread.article + direction * step) % count) + count) % count;
		const rows = context.filterRows(article, filter).chosen;
		if (rows.length > 0) {
			const row = direction > 0 ? rows[0]! : rows[rows.length - 1]!;
			const opened = openThread(article, thread.isBodyFolded);
			const folded = withoutAncestors(opened.folded, context.articles[article]!.thread.parent, row);
			return {...state, thread: {...opened, filter, folded, focus: row, scroll: {item: row, line: 0}}};
		}
	}
	return null;
}
