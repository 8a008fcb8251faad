import type {ExplorerContext} from '../context.js';
import type {ExplorerState} from '../explorer-state.js';

/** One article of a filtered list, with the count of the filter's authors' comments in it (under an author filter). */
export interface ListEntry {
	readonly article: number;
	readonly count?: number;
}

/**
 * The articles the list shows in order, or null for all of them in input order: those the
 * author filter keeps, narrowed by the title filter (best title match first) when it holds text.
 */
export function listedEntries(state: ExplorerState, context: ExplorerContext): readonly ListEntry[] | null {
	const title = state.titleFilter?.query ?? '';
	if (title.trim() !== '') {
		return context.titleArticles(title, state.listFilter);
	}
	return state.listFilter === null ? null : context.listArticles(state.listFilter);
}

/** Articles in the list: all of them, or those the list's filters keep. */
export function listLength(state: ExplorerState, context: ExplorerContext): number {
	return listedEntries(state, context)?.length ?? context.articles.length;
}

/** The article at list position `position` (-1 when there is none). */
export function listedArticle(state: ExplorerState, position: number, context: ExplorerContext): number {
	const entries = listedEntries(state, context);
	return entries === null ? position : (entries[position]?.article ?? -1);
}

/** The list position of `article` under the list's filters (-1 when they hide it). */
export function listPosition(state: ExplorerState, article: number, context: ExplorerContext): number {
	const entries = listedEntries(state, context);
	return entries === null ? article : entries.findIndex((entry) => entry.article === article);
}

/** The authors of the filter in force where the reader is (the open article's, else the list's), or none. */
export function activeFilter(state: ExplorerState): readonly string[] {
	return (state.screen === 'thread' ? state.thread?.filter : state.listFilter) ?? [];
}

/**
 * Applies an author filter where the reader is: in an article, only those authors'
 * comments (with their ancestors as context) show; on the list, only the articles they
 * wrote in. The invariants (focus on a shown comment, on screen) follow in the reducer.
 */
export function applyFilter(state: ExplorerState, authors: readonly string[]): ExplorerState {
	if (state.screen === 'thread' && state.thread !== null) {
		return {...state, thread: {...state.thread, filter: authors, search: null}};
	}
	return {...state, listFilter: authors, list: {cursor: 0, top: 0}};
}
