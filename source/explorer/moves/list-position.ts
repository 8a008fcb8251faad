import type {ExplorerContext} from '../context.js';
import type {ExplorerState} from '../explorer-state.js';

/** Articles in the list: all of them, or those the list's author filter keeps. */
export function listLength(state: ExplorerState, context: ExplorerContext): number {
	return state.listFilter === null ? context.articles.length : context.listArticles(state.listFilter).length;
}

/** The article at list position `position` (-1 when there is none). */
export function listedArticle(state: ExplorerState, position: number, context: ExplorerContext): number {
	return state.listFilter === null ? position : (context.listArticles(state.listFilter)[position]?.article ?? -1);
}

/** The list position of `article` under the list's filter (-1 when the filter hides it). */
export function listPosition(state: ExplorerState, article: number, context: ExplorerContext): number {
	return state.listFilter === null
		? article
		: context.listArticles(state.listFilter).findIndex((entry) => entry.article === article);
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
