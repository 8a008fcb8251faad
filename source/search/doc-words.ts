import {foldCase, isWordUnit} from './query.js';
import {type SearchIndex, wordIdOf} from './search-index.js';

/** The words of one comment's text in order: vocabulary ids and where each is in the text. */
export interface DocWords {
	/** The folded text (same length as the original, so positions are positions in the original). */
	readonly folded: string;
	readonly ids: readonly number[];
	readonly starts: readonly number[];
	readonly ends: readonly number[];
}

/** Splits comment `doc`'s text into its words the way the index did (maximal runs of word units). */
export function docWords(index: SearchIndex, doc: number): DocWords {
	const folded = foldCase(index.text[doc]!);
	const ids: number[] = [];
	const starts: number[] = [];
	const ends: number[] = [];
	let start = -1;
	for (let at = 0; at <= folded.length; at++) {
		const isWord = at < folded.length && isWordUnit(folded.charCodeAt(at));
		if (isWord && start < 0) {
			start = at;
		} else if (!isWord && start >= 0) {
			ids.push(wordIdOf(index, folded.slice(start, at)));
			starts.push(start);
			ends.push(at);
			start = -1;
		}
	}
	return {folded, ids, starts, ends};
}

/**
 * How far the text's words are from reading the group's text terms as typed, 0 best:
 * 1 unless all the terms stand somewhere side by side in the order typed, plus per pair of
 * neighbouring terms 0 when some word meeting the first is right before one meeting the
 * second, 2 when they stand the other way round or within three words in order, 4
 * otherwise. So a phrase ranks above the same words scattered, and the words in the order
 * typed above the same words reordered.
 */
export function proximity(words: DocWords, terms: ReadonlyArray<Uint8Array>): number {
	const count = Math.min(terms.length, 16);
	if (count < 2) {
		return 0;
	}
	const length = words.ids.length;
	const masks = new Uint16Array(length);
	for (let at = 0; at < length; at++) {
		const id = words.ids[at]!;
		for (let term = 0; term < count && id >= 0; term++) {
			masks[at]! |= terms[term]![id]! < 255 ? 1 << term : 0;
		}
	}
	// Twice the pairs' costs, and one more unless the whole query reads somewhere as a phrase.
	let cost = 1;
	for (let at = 0; at + count <= length && cost === 1; at++) {
		let term = 0;
		while (term < count && (masks[at + term]! & (1 << term)) !== 0) {
			term++;
		}
		cost = term === count ? 0 : 1;
	}
	for (let term = 0; term + 1 < count; term++) {
		const first = 1 << term;
		const second = 1 << (term + 1);
		let best = 2;
		for (let at = 0; at < length && best > 0; at++) {
			if ((masks[at]! & first) === 0) {
				if ((masks[at]! & second) !== 0 && at + 1 < length && (masks[at + 1]! & first) !== 0) {
					best = Math.min(best, 1);
				}
				continue;
			}
			for (let next = at + 1; next <= at + 3 && next < length; next++) {
				if ((masks[next]! & second) !== 0) {
					best = Math.min(best, next === at + 1 ? 0 : 1);
				}
			}
		}
		cost += 2 * best;
	}
	return cost;
}
