import type {SearchHit} from './explorer-state.js';
import {buildSearchIndexInSteps} from '../search/index-builder.js';
import type {BuildProgress, SearchIndex} from '../search/search-index.js';
import {searchInSteps} from '../search/search.js';
import type {Article} from '../model/types.js';

/** What a search found: the best results, every match in reading order, and how much of the corpus was indexed. */
export interface SearchAnswer {
	/** The best matches, best first (at most `resultLimit`). */
	readonly results: readonly SearchHit[];
	/** Every match's comment number, ascending (reading order). */
	readonly docs: Int32Array;
	readonly total: number;
	/** The share of comments searched, 0 to 1: below 1 the answer is early and a full one follows. */
	readonly indexed: number;
}

/** Runs searches for the prompt without ever holding up a key. */
export interface SearchRunner {
	/**
	 * Starts a search (abandoning any running one) and calls `onAnswer` with what it found:
	 * while the index is still being built, first an early answer over the comments indexed
	 * so far, then the full one. Returns a function that abandons it. Work is done in ~5 ms
	 * steps, one per turn of the event loop, so keys and frames always get through.
	 */
	start(query: string, scope: number | 'all', onAnswer: (answer: SearchAnswer) => void): () => void;
}

/** Most ranked results the prompt lists (every match stays reachable through `docs`). */
export const resultLimit = 1000;

/** How a runner behaves (tests shorten the wait). */
export interface RunnerOptions {
	/** Build time a search waits for before searching what is indexed so far, in ms. Default 40. */
	readonly earlyAfterMs?: number;
}

/**
 * A runner over `articles`. The search index is built in the background from the start,
 * in ~5 ms steps, and kept: a million comments take about ten seconds of background
 * work. A search asked for before it is complete first searches the comments indexed so far
 * (within about 150 ms of the key), then again once the index is complete.
 */
export function createSearchRunner(articles: readonly Article[], options: RunnerOptions = {}): SearchRunner {
	const {earlyAfterMs = 40} = options;
	let index: SearchIndex | undefined;
	let progress: BuildProgress | undefined;
	const building = buildSearchIndexInSteps(articles);
	/** Advances the build by one step; true once it is complete. */
	const buildStep = (): boolean => {
		if (index === undefined) {
			const built = building.next();
			if (built.done === true) {
				index = built.value;
			} else {
				progress = built.value;
			}
		}
		return index !== undefined;
	};
	let active = 0;
	const background = (): void => {
		if (active === 0 && !buildStep()) {
			setImmediate(background);
		}
	};
	setImmediate(background);
	return {
		start(query, scope, onAnswer) {
			let isAbandoned = false;
			let steps: ReturnType<typeof searchInSteps> | undefined;
			let searched: SearchIndex | undefined;
			let share = 0;
			let hasAnsweredEarly = false;
			let timer: NodeJS.Immediate | undefined;
			const started = performance.now();
			const finish = (): void => {
				if (!isAbandoned) {
					isAbandoned = true;
					active--;
					if (index === undefined) {
						setImmediate(background);
					}
				}
			};
			const step = (): void => {
				timer = undefined;
				if (isAbandoned) {
					return;
				}
				if (steps === undefined) {
					const isComplete = buildStep();
					const partial = progress;
					const isEarly = !hasAnsweredEarly && partial !== undefined && performance.now() - started > earlyAfterMs;
					if (isComplete || isEarly) {
						searched = isComplete ? index! : partial!.partial();
						share = isComplete ? 1 : partial!.done / Math.max(1, partial!.total);
						hasAnsweredEarly = true;
						steps = searchInSteps(searched, query, {
							scope: scope === 'all' ? 'all' : {article: scope},
							limit: resultLimit,
						});
					}
				} else {
					const result = steps.next();
					if (result.done === true) {
						const isFull = searched === index;
						const {matches, docs, total} = result.value;
						onAnswer({results: matches, docs, total, indexed: share});
						if (isFull) {
							finish();
							return;
						}
						steps = undefined;
						searched = undefined;
					}
				}
				timer = setImmediate(step);
			};
			active++;
			if (query.trim() === '') {
				queueMicrotask(() => {
					if (!isAbandoned) {
						onAnswer({results: [], docs: new Int32Array(0), total: 0, indexed: 1});
						finish();
					}
				});
			} else {
				timer = setImmediate(step);
			}
			return () => {
				if (timer !== undefined) {
					clearImmediate(timer);
				}
				void steps?.return(undefined as never);
				finish();
			};
		},
	};
}
