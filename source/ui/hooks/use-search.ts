import {useEffect, useMemo} from 'react';
import type {Action} from '../../explorer/actions.js';
import type {PromptState} from '../../explorer/explorer-state.js';
import type {ExplorerContext} from '../../explorer/context.js';
import {createSearchRunner} from '../../explorer/search-runner.js';

/**
 * Runs the prompt's search off the key path: each change of query or scope starts a
 * search in small steps between frames, and a newer query abandons the older search, so
 * typing is echoed at once whatever the size of the corpus. Results arrive as one
 * `searchResults` action, tagged with the query they answer (an early one over the comments
 * indexed so far, while the index is built, then the full one). A search jumped into from
 * an early answer (`refining`) runs on after the prompt closes, and its full answer comes
 * as `searchRefined`, so `n` / `N` reach every match.
 */
export function useSearch(
	prompt: PromptState | null,
	article: number,
	refining: {readonly query: string; readonly scope: 'all' | number} | null,
	context: ExplorerContext,
	dispatch: (action: Action) => void,
): void {
	const runner = useMemo(() => createSearchRunner(context.articles), [context.articles]);
	const query = prompt?.query;
	const scope = prompt?.scope;
	useEffect(() => {
		if (query === undefined || scope === undefined) {
			return;
		}
		return runner.start(query, scope === 'all' ? 'all' : article, ({results, docs, total, indexed}) => {
			dispatch({type: 'searchResults', query, results, docs, total, indexed});
		});
	}, [runner, query, scope, article, dispatch]);
	const refineQuery = refining?.query;
	const refineScope = refining?.scope;
	useEffect(() => {
		if (refineQuery === undefined || refineScope === undefined) {
			return;
		}
		return runner.start(refineQuery, refineScope, ({docs, indexed}) => {
			if (indexed >= 1) {
				dispatch({type: 'searchRefined', query: refineQuery, scope: refineScope, docs});
			}
		});
	}, [runner, refineQuery, refineScope, dispatch]);
}
