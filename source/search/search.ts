import {docWords} from './doc-words.js';
import {Clock, type Context, type GroupOutcome, runGroup, type SearchProgress} from './match-run.js';
import {parseQuery, type Query} from './query.js';
import {type DocRanges, rangesFor} from './ranges.js';
import {rankMatches, type SearchResult} from './rank.js';
import type {SearchIndex} from './search-index.js';
import {expandGroup, type Plan, planTerm} from './term-plan.js';

export type {SearchProgress} from './match-run.js';
export type {DocRanges, Range} from './ranges.js';
export type {SearchMatch, SearchResult} from './rank.js';

/** Where to search: one article (its index in `index.articles`) or every article. */
export type SearchScope = {readonly article: number} | 'all';

/** What to search and how much to return. */
export interface SearchOptions {
	readonly scope: SearchScope;
	/** Most matches returned with their ranges, best first (`docs` always has every one). Default 1,000. */
	readonly limit?: number;
	/** Work between two yields of `searchInSteps`, in ms. Default 5. */
	readonly stepMs?: number;
}

const noResult: SearchResult = {matches: [], total: 0, docs: new Int32Array(0)};

/** Runs a search to the end: `searchInSteps` without the pauses. */
export function search(index: SearchIndex, query: string | Query, options: SearchOptions): SearchResult {
	const steps = searchInSteps(index, query, {...options, stepMs: Infinity});
	for (;;) {
		const step = steps.next();
		if (step.done === true) {
			return step.value;
		}
	}
}

/**
 * Runs a search in steps of about `stepMs` of work; the generator returns the result.
 * Dropping the generator (or calling `return()`) abandons the search: all its state is
 * its own, so a search overtaken by the next key costs nothing more. Same query, same
 * result. A query is an OR of groups, each an AND of terms; every comment of the scope
 * that meets one group is a match (the count is exact), ordered as `rankMatches` says.
 */
export function* searchInSteps(
	index: SearchIndex,
	query: string | Query,
	options: SearchOptions,
): Generator<SearchProgress, SearchResult, void> {
	const {groups} = typeof query === 'string' ? parseQuery(query) : query;
	const {scope, limit = 1000, stepMs = 5} = options;
	const low = scope === 'all' ? 0 : index.articleStart[scope.article];
	const high = scope === 'all' ? index.size : index.articleStart[scope.article + 1];
	if (groups.length === 0 || low === undefined || high === undefined) {
		return noResult;
	}
	const context: Context = {index, low, high, clock: new Clock(stepMs)};
	const outcomes: GroupOutcome[] = [];
	for (const group of groups) {
		outcomes.push(yield* runGroup(context, group));
	}
	return yield* rankMatches(context, outcomes, limit);
}

/**
 * `searchInSteps` driven by the event loop, one step per turn (`setImmediate`), so keys
 * are handled between steps. Resolves to undefined once `signal` is aborted.
 */
export async function searchAsync(
	index: SearchIndex,
	query: string | Query,
	options: SearchOptions & {readonly signal?: AbortSignal},
): Promise<SearchResult | undefined> {
	const steps = searchInSteps(index, query, options);
	for (;;) {
		if (options.signal?.aborted === true) {
			steps.return(noResult);
			return undefined;
		}
		const step = steps.next();
		if (step.done === true) {
			return step.value;
		}
		await new Promise((resolve) => setImmediate(resolve));
	}
}

const planCache = new WeakMap<SearchIndex, {query: string; groups: Plan[][]}>();

/**
 * The ranges to highlight in comment `doc` for `query` (empty when it does not match), the
 * same as a search would give: for visiting matches one at a time without ranking them
 * all. The query's plans are kept for the next call with the same query.
 */
export function highlightDoc(index: SearchIndex, query: string, doc: number): DocRanges {
	let cached = planCache.get(index);
	if (cached?.query !== query) {
		const groups = parseQuery(query).groups.map((group) => expandGroup(group).map((term) => planTerm(index, term)));
		cached = {query, groups};
		planCache.set(index, cached);
	}
	return rangesFor(index, cached.groups, doc, docWords(index, doc));
}
