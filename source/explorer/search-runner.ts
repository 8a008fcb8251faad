import type {SearchHit} from './explorer-state.js';
import {buildSearchIndexInSteps, type SearchIndex} from '../search/search-index.js';
import {searchInSteps} from '../search/search.js';
import type {Article} from '../model/types.js';

/** Runs searches for the prompt without ever holding up a key. */
export interface SearchRunner {
	/**
	 * Starts a search (abandoning any running one) and calls `onDone` with its results,
	 * best first; returns a function that abandons it. Work is done in ~5 ms steps, one
	 * per turn of the event loop, so keys and frames always get through in between.
	 */
	start(query: string, scope: number | 'all', onDone: (results: readonly SearchHit[]) => void): () => void;
}

/**
 * A runner over `articles`. The search index is built on the first search, in steps like
 * the searches themselves, and kept: a million comments index in about two seconds of
 * background work, and the prompt stays responsive meanwhile.
 */
export function createSearchRunner(articles: readonly Article[]): SearchRunner {
	let index: SearchIndex | undefined;
	const building = buildSearchIndexInSteps(articles);
	return {
		start(query, scope, onDone) {
			let isAbandoned = false;
			let steps: ReturnType<typeof searchInSteps> | undefined;
			let timer: NodeJS.Immediate | undefined;
			const step = (): void => {
				timer = undefined;
				if (isAbandoned) {
					return;
				}
				if (index === undefined) {
					const built = building.next();
					if (built.done === true) {
						index = built.value;
					}
				} else {
					steps ??= searchInSteps(index, query, {scope: scope === 'all' ? 'all' : {article: scope}, limit: 500});
					const result = steps.next();
					if (result.done === true) {
						onDone(result.value.matches);
						return;
					}
				}
				timer = setImmediate(step);
			};
			if (query.trim() === '') {
				queueMicrotask(() => {
					if (!isAbandoned) {
						onDone([]);
					}
				});
			} else {
				timer = setImmediate(step);
			}
			return () => {
				isAbandoned = true;
				if (timer !== undefined) {
					clearImmediate(timer);
				}
				void steps?.return(undefined as never);
			};
		},
	};
}
