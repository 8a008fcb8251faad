import {isWordUnit} from './query.js';
import type {Article} from '../model/types.js';

/**
 * The search index of a corpus (every article), built once. Comments are numbered in
 * reading order (article by article, row by row): comment `doc` of article `a` is row
 * `doc - articleStart[a]`. Text is not copied: `text` holds the parsed strings and is
 * folded on demand. What is stored, at 1,000,000 comments about 45 MB:
 * - a vocabulary of folded words (maximal runs of `isWordUnit` units) and, per word, the
 *   comments containing it: `postings[w]` is a LEB128 stream of gaps (the first gap is
 *   doc + 1), `postingCount[w]` comments. Since a comment contains a word-unit string iff
 *   one of its words does, substring tests on words are answered exactly from here;
 * - the first and last word of each text when the text starts / ends inside a word (-1
 *   when not): `^word` and `word$` are answered exactly from these;
 * - each comment's author as an index into the folded distinct `authors`;
 * - each text's whitespace-token count (shorter texts rank first among equals), capped at 65,535.
 */
export interface SearchIndex {
	readonly articles: readonly Article[];
	readonly size: number;
	readonly articleStart: Int32Array;
	readonly text: readonly string[];
	readonly authorOf: Int32Array;
	readonly authors: readonly string[];
	readonly words: readonly string[];
	readonly postings: readonly Uint8Array[];
	readonly postingCount: Int32Array;
	readonly firstWord: Int32Array;
	readonly lastWord: Int32Array;
	readonly tokenCount: Uint16Array;
}

/** The article and row of comment `doc` (binary search over the article starts). */
export function locateDoc(index: SearchIndex, doc: number): {article: number; row: number} {
	let low = 0;
	let high = index.articles.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (index.articleStart[middle]! <= doc) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}
	return {article: low, row: doc - index.articleStart[low]!};
}

/** The maximal runs of word units of a folded term, as [start, end) pairs. */
export function wordPieces(text: string): Array<[number, number]> {
	const pieces: Array<[number, number]> = [];
	let start = -1;
	for (let at = 0; at <= text.length; at++) {
		const isWord = at < text.length && isWordUnit(text.charCodeAt(at));
		if (isWord && start < 0) {
			start = at;
		} else if (!isWord && start >= 0) {
			pieces.push([start, at]);
			start = -1;
		}
	}
	return pieces;
}

const wordIds = new WeakMap<SearchIndex, Map<string, number>>();

/** The vocabulary id of a folded word, or -1 (the map is built on first use and kept with the index). */
export function wordIdOf(index: SearchIndex, word: string): number {
	let ids = wordIds.get(index);
	if (ids === undefined) {
		ids = new Map();
		for (const [id, value] of index.words.entries()) {
			ids.set(value, id);
		}
		wordIds.set(index, ids);
	}
	return ids.get(word) ?? -1;
}

/** How far an incremental build has got. */
export interface BuildProgress {
	readonly done: number;
	readonly total: number;
	/** An index of the `done` comments indexed so far (a snapshot: later steps do not change it). */
	readonly partial: () => SearchIndex;
}
