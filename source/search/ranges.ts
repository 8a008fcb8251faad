import type {DocWords} from './doc-words.js';
import {isInverse, termHolds, type Term} from './query.js';
import {type SearchIndex, wordPieces} from './search-index.js';
import {noCost, type Plan} from './term-plan.js';
import {matchClass, typoBudget, wordClass} from './typo.js';

/** A range of UTF-16 units, end exclusive, into the original (unfolded) string. */
export type Range = readonly [start: number, end: number];

/** Highlight ranges of one comment, per field, sorted and joined. */
export interface DocRanges {
	readonly text: Range[];
	readonly author: Range[];
}

/**
 * What to highlight in comment `doc` for the groups (plans per group) that match it: for
 * a fuzzy term, the words of the text that met it best (the typed part of a word it
 * begins or is inside, the whole word for a typo) and the words of the author that met
 * it; for an exact-kind term, every occurrence in the text and the author.
 */
export function rangesFor(
	index: SearchIndex,
	groups: ReadonlyArray<readonly Plan[]>,
	doc: number,
	words: DocWords,
): DocRanges {
	const author = index.authors[index.authorOf[doc]!]!;
	const authorId = index.authorOf[doc]!;
	const text: Array<[number, number]> = [];
	const inAuthor: Array<[number, number]> = [];
	for (const plans of groups) {
		const best = plans.map((plan) => bestTextCost(plan, words));
		const holds = plans.every((plan, at) => {
			const {kind, field, text: value} = plan.term;
			if (kind === 'fuzzy') {
				return best[at]! < noCost || plan.authors[authorId]! < noCost;
			}
			const found = termHolds(kind, value, author) || (field === 'any' && termHolds(kind, value, words.folded));
			return found !== isInverse(kind);
		});
		if (!holds) {
			continue;
		}
		for (const [at, plan] of plans.entries()) {
			const {term} = plan;
			if (term.kind === 'fuzzy') {
				fuzzyRanges(plan, best[at]!, words, text);
				if (plan.authors[authorId]! < noCost) {
					authorRanges(term, author, inAuthor);
				}
			} else if (!isInverse(term.kind)) {
				if (term.field === 'any') {
					occurrences(term, words.folded, text);
				}
				occurrences(term, author, inAuthor);
			}
		}
	}
	return {text: mergeRanges(text), author: mergeRanges(inAuthor)};
}

/** The lowest cost at which a word of the text meets a fuzzy term (`noCost` for other terms). */
export function bestTextCost(plan: Plan, words: DocWords): number {
	let best = noCost;
	if (plan.words !== null) {
		for (const id of words.ids) {
			best = id >= 0 ? Math.min(best, plan.words[id]!) : best;
		}
	}
	return best;
}

/** Appends the words of the text that meet a fuzzy term at `best`, as `rangesFor` says. */
function fuzzyRanges(plan: Plan, best: number, words: DocWords, into: Array<[number, number]>): void {
	if (plan.words === null || best === noCost) {
		return;
	}
	const length = plan.term.text.length;
	for (const [at, id] of words.ids.entries()) {
		if (id < 0 || plan.words[id] !== best) {
			continue;
		}
		const start = words.starts[at]!;
		if (best === 2 * matchClass.prefix) {
			into.push([start, start + length]);
		} else if (best === 2 * matchClass.inside) {
			const inside = words.folded.slice(start, words.ends[at]).indexOf(plan.term.text);
			into.push([start + inside, start + inside + length]);
		} else {
			into.push([start, words.ends[at]!]);
		}
	}
}

/** Appends the words of a (folded) author name that meet a fuzzy term. */
function authorRanges(term: Term, author: string, into: Array<[number, number]>): void {
	const budget = typoBudget(term.text.length);
	for (const [start, end] of wordPieces(author)) {
		const found = wordClass(author.slice(start, end), term.text, budget, false);
		if (found === matchClass.prefix) {
			into.push([start, start + term.text.length]);
		} else if (found !== matchClass.none) {
			into.push([start, end]);
		}
	}
}

/** Appends where an exact, prefix or suffix term occurs in `field` (overlapping occurrences too). */
function occurrences(term: Term, field: string, into: Array<[number, number]>): void {
	const {kind, text} = term;
	if (kind === 'prefix' || kind === 'suffix') {
		if (termHolds(kind, text, field)) {
			const start = kind === 'prefix' ? 0 : field.length - text.length;
			into.push([start, start + text.length]);
		}
		return;
	}
	for (let at = field.indexOf(text); at >= 0; at = field.indexOf(text, at + 1)) {
		into.push([at, at + text.length]);
	}
}

/** Sorted ranges with overlapping or touching ones joined. */
function mergeRanges(ranges: Array<[number, number]>): Range[] {
	ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Array<[number, number]> = [];
	for (const [start, end] of ranges) {
		const last = merged.at(-1);
		if (last !== undefined && start <= last[1]) {
			last[1] = Math.max(last[1], end);
		} else {
			merged.push([start, end]);
		}
	}
	return merged;
}
