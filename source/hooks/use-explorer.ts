import {useMemo, useReducer} from 'react';
import type {Action} from '../core/actions.js';
import type {ExplorerState} from '../core/explorer-state.js';
import {ThreadLayout} from '../core/layout.js';
import {initialState, reduce, type ExplorerContext} from '../core/navigate.js';
import type {Article} from '../core/types.js';

/**
 * The reducer's context: the articles and a layout cache keyed by article, width and
 * view mode. Keeping the last few layouts means a fold or a move never re-wraps text,
 * and going back to an article or view mode reuses its wrapping.
 */
export function createExplorerContext(articles: readonly Article[], ascii: boolean): ExplorerContext {
	const cache = new Map<string, ThreadLayout>();
	return {
		articles,
		layout(article, width, isCompact, isBodyFolded) {
			const key = `${article}:${width}:${isCompact ? 1 : 0}:${isBodyFolded ? 1 : 0}`;
			let layout = cache.get(key);
			if (layout === undefined) {
				layout = new ThreadLayout(articles[article]!, {width, isCompact, isBodyFolded, ascii});
				cache.set(key, layout);
				if (cache.size > 8) {
					cache.delete(cache.keys().next().value!);
				}
			}
			return layout;
		},
	};
}

/** The explorer's state and its one dispatch, every change going through `reduce`. */
export function useExplorer(
	context: ExplorerContext,
	columns: number,
	rows: number,
): readonly [ExplorerState, (action: Action) => void] {
	const reducer = useMemo(() => (state: ExplorerState, action: Action) => reduce(state, action, context), [context]);
	return useReducer(reducer, undefined, () => initialState(context.articles.length, columns, rows));
}
