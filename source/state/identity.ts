import type {Article, Thread} from '../model/types.js';
import {Hasher, hash64, hex64} from './hash.js';

/**
 * What makes two articles or two comments "the same" across files and re-scrapes.
 *
 * - An article is its title and its date (whitespace runs folded, case kept). Two loaded
 *   articles with the same title and date are told apart by their source's file name (not
 *   its folder, so a re-scrape saved elsewhere still matches), then by their order.
 * - A comment is its author, its text and its parent's identity (a top-level comment's
 *   parent is the article). Editing a comment makes it a new one; a re-scrape that puts
 *   it at another row, or adds comments around it, does not. Identical siblings (two
 *   "+1" by the same author under the same parent) are told apart by their order.
 */

/** Folds whitespace runs to one space and trims: a re-scrape's reflowed title is the same title. */
function normal(text: string | null): string {
	return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The file name of a source path (`-` for stdin). */
function fileName(source: string): string {
	const parts = source.split(/[\\/]/);
	return parts[parts.length - 1] ?? source;
}

/**
 * The identity of each article, in order: 16 hex digits. Stable across runs and folders
 * for the same title and date; distinct within one load (source name, then order, break ties).
 */
export function articleIds(articles: readonly Article[]): string[] {
	const base = articles.map((article) => `${normal(article.title)}\u0000${normal(article.date)}`);
	const counts = new Map<string, number>();
	for (const key of base) {
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const used = new Map<string, number>();
	return articles.map((article, index) => {
		let key = base[index]!;
		if (counts.get(key)! > 1 || (article.title === null && article.date === null)) {
			key = `${key}\u0000${fileName(article.source)}`;
		}
		const seen = used.get(key) ?? 0;
		used.set(key, seen + 1);
		return hash64(seen === 0 ? key : `${key}\u0000${seen}`);
	});
}

/**
 * The identity of every comment of `thread`, by row: 16 hex digits from its author, text
 * and its parent's identity (`articleId` for a top-level comment), the n-th identical
 * sibling told apart by n. One pass in pre-order (a parent is always before its
 * replies), each text decoded once and hashed in place, the halves kept in typed arrays.
 */
export function commentIds(thread: Thread, articleId: string): string[] {
	const size = thread.size;
	const high = new Uint32Array(size);
	const low = new Uint32Array(size);
	const rootHigh = Number.parseInt(articleId.slice(0, 8), 16) >>> 0;
	const rootLow = Number.parseInt(articleId.slice(8, 16), 16) >>> 0;
	const taken = new Set<number>();
	const hasher = new Hasher();
	const ids = new Array<string>(size);
	for (let row = 0; row < size; row++) {
		const parent = thread.parent[row]!;
		const author = thread.author[row]!;
		const text = thread.text[row]!;
		for (let repeat = 0; ; repeat++) {
			hasher.reset(repeat);
			hasher.number(parent < 0 ? rootHigh : high[parent]!).number(parent < 0 ? rootLow : low[parent]!);
			hasher.text(author).text(text);
			const h = hasher.high();
			const l = hasher.low();
			// 53 of the 64 bits as one number: identical siblings show up here (and, once in
			// about 2^53 pairs, two different comments: they then differ by their repeat count).
			const key = (h & 0x1fffff) * 0x100000000 + l;
			if (!taken.has(key)) {
				taken.add(key);
				high[row] = h;
				low[row] = l;
				ids[row] = hex64(h, l);
				break;
			}
		}
	}
	return ids;
}
