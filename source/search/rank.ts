import {docWords, proximity} from './doc-words.js';
import {type Context, type GroupOutcome, pause, type SearchProgress} from './match-run.js';
import {isInverse} from './query.js';
import {rangesFor, type Range} from './ranges.js';
import {locateDoc} from './search-index.js';

/** One matching comment, with the ranges to highlight in its text and author. */
export interface SearchMatch {
	readonly article: number;
	readonly row: number;
	/** 0 for a perfect match (every term a word of the text, a phrase in the order typed); higher is worse. */
	readonly score: number;
	readonly textRanges: readonly Range[];
	readonly authorRanges: readonly Range[];
}

/** Every match (in reading order) and the best ones first. */
export interface SearchResult {
	/** The best `limit` matches, best first. */
	readonly matches: readonly SearchMatch[];
	/** How many comments match: exact, at any size. */
	readonly total: number;
	/** Every matching comment's number (see `SearchIndex`), ascending: reading order. */
	readonly docs: Int32Array;
}

/** Matches ordered in full (phrase and word order weighed); the rest follow by cost and length. */
export const rankDepth = 500;

/**
 * Joins the groups' matches (a comment takes its best group's cost) and orders them: by
 * cost (how each term was met: word, start of a word, one typo, inside a word, two typos;
 * the text before the author), then how closely the text reads as the terms were typed
 * (`proximity`), then shorter texts first, then reading order. The proximity is computed for
 * the `rankDepth` best by cost and length only, so a query of common words stays fast.
 */
export function* rankMatches(
	context: Context,
	outcomes: readonly GroupOutcome[],
	limit: number,
): Generator<SearchProgress, SearchResult, void> {
	const {index, low, high} = context;
	const {best, groupOf, docs} = union(outcomes, low, high - low);
	const total = docs.length;
	yield* pause(context, 'rank');
	// A group without fuzzy terms has nothing to rank: its matches stay in reading order.
	const isRanked = outcomes.map(({plans}) => plans.some((plan) => plan.term.kind === 'fuzzy'));
	const key = (doc: number): number =>
		(Math.min(best[doc - low]!, 63) << 10) |
		(isRanked[groupOf[doc - low]!] === true ? Math.min(index.tokenCount[doc]!, 1023) : 0);
	const fine = bestCandidates(docs, key, rankDepth);
	const textTerms = outcomes.map(({plans}) =>
		plans.filter((plan) => plan.words !== null && !isInverse(plan.term.kind)).map((plan) => plan.words!),
	);
	const near = new Map<number, number>();
	for (let from = 0; from < fine.length; from += 64) {
		for (const doc of fine.subarray(from, from + 64)) {
			const terms = textTerms[groupOf[doc - low]!] ?? [];
			near.set(doc, terms.length < 2 ? 0 : proximity(docWords(index, doc), terms));
		}
		yield* pause(context, 'rank');
	}
	const order = [...fine].sort(
		(a, b) => best[a - low]! - best[b - low]! || near.get(a)! - near.get(b)! || key(a) - key(b) || a - b,
	);
	const wanted = Math.min(limit, total);
	if (order.length < wanted) {
		// Only as many more as the limit wants, picked without sorting every match: a common
		// word matches most of a million comments (and a spread of them all overflowed the stack).
		const chosen = new Set(fine);
		const others = docs.filter((doc) => !chosen.has(doc));
		const rest = [...bestCandidates(others, key, wanted - order.length)].sort((a, b) => key(a) - key(b) || a - b);
		for (const doc of rest) {
			order.push(doc);
		}
	}
	const groups = outcomes.map(({plans}) => plans);
	const matches: SearchMatch[] = [];
	for (const [at, doc] of order.slice(0, limit).entries()) {
		const ranges = rangesFor(index, groups, doc, docWords(index, doc));
		matches.push({
			...locateDoc(index, doc),
			score: best[doc - low]! + (near.get(doc) ?? 0),
			textRanges: ranges.text,
			authorRanges: ranges.author,
		});
		if (at % 64 === 63) {
			yield* pause(context, 'rank');
		}
	}
	return {matches, total, docs};
}

/** Per comment of the scope its best cost (0xffff: no match) and the group that gave it, and every match ascending. */
function union(
	outcomes: readonly GroupOutcome[],
	low: number,
	size: number,
): {best: Uint16Array; groupOf: Uint8Array; docs: Int32Array} {
	const best = new Uint16Array(size).fill(0xffff);
	const groupOf = new Uint8Array(size);
	for (const [group, {docs, costs}] of outcomes.entries()) {
		for (let at = 0; at < docs.length; at++) {
			const slot = docs[at]! - low;
			if (costs[at]! < best[slot]!) {
				best[slot] = costs[at]!;
				groupOf[slot] = Math.min(group, 255);
			}
		}
	}
	let total = 0;
	for (let slot = 0; slot < size; slot++) {
		total += best[slot] === 0xffff ? 0 : 1;
	}
	const docs = new Int32Array(total);
	for (let slot = 0, next = 0; slot < size; slot++) {
		if (best[slot] !== 0xffff) {
			docs[next++] = low + slot;
		}
	}
	return {best, groupOf, docs};
}

/** The `max` docs with the lowest keys (keys < 65,536), ties by doc, in doc order. */
function bestCandidates(docs: Int32Array, key: (doc: number) => number, max: number): Int32Array {
	if (docs.length <= max) {
		return docs;
	}
	const histogram = new Uint32Array(1 << 16);
	for (const doc of docs) {
		histogram[key(doc)]!++;
	}
	let cut = 0;
	let below = 0;
	while (below + histogram[cut]! < max) {
		below += histogram[cut++]!;
	}
	let quota = max - below;
	const chosen = new Int32Array(max);
	let size = 0;
	for (const doc of docs) {
		const value = key(doc);
		if (value < cut || (value === cut && quota-- > 0)) {
			chosen[size++] = doc;
		}
	}
	return chosen;
}
