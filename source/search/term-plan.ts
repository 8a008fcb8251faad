import {isInverse, termHolds, type Term} from './query.js';
import {wordPieces, type SearchIndex} from './search-index.js';
import {matchClass, typoBudget, wordClass} from './typo.js';

/** The cost of a term a comment does not meet. Costs are 0 (best) to 254. */
export const noCost = 255;

/**
 * Where the index finds the comments one term may match, and at what cost: a word (its
 * postings) or a test over comment numbers. A comment's cost for the term is the lowest of
 * the sources and the author that hold for it.
 */
export type Source =
	| {readonly word: number; readonly cost: number}
	| {readonly test: (doc: number) => boolean; readonly cost: number};

/** What the index can say about one term. */
export interface Plan {
	readonly term: Term;
	/** Per distinct author: the term's cost when it matches that author, else `noCost`. */
	readonly authors: Uint8Array;
	/** Whether any author matches (else the authors need no pass over the comments). */
	readonly hasAuthors: boolean;
	/** Fuzzy text terms: per vocabulary word, the cost of meeting the term with it, else `noCost`; null otherwise. */
	readonly words: Uint8Array | null;
	readonly sources: readonly Source[];
	/** Whether the sources are a superset for the text (a term with punctuation) and each candidate's text must be tested. */
	readonly verify: boolean;
}

/**
 * Plans one term. A fuzzy term (word units only: the engine splits the others into their
 * word runs) meets a word of the text exactly (cost 0), as its start (2), within one
 * typo (4), inside it (6) or within two typos (8); it meets an author when it meets one
 * of the words of the name in one of those ways but inside (a term buried in a longer name
 * such as `readerNN` for `bread` is no match), at one more than the same match in the
 * text, so an author never drowns the text. The exact kinds are substring tests, answered
 * from the vocabulary as before: see `planExact`.
 */
export function planTerm(index: SearchIndex, term: Term): Plan {
	if (term.kind !== 'fuzzy') {
		return planExact(index, term);
	}
	const {field, text} = term;
	const budget = typoBudget(text.length);
	const authors = new Uint8Array(index.authors.length).fill(noCost);
	let hasAuthors = false;
	const authorBonus = field === 'any' ? 1 : 0;
	for (const [id, words] of authorWords(index).entries()) {
		let best: number = matchClass.none;
		for (const word of words) {
			best = Math.min(best, wordClass(word, text, budget, false));
		}
		if (best !== matchClass.none) {
			authors[id] = 2 * best + authorBonus;
			hasAuthors = true;
		}
	}
	if (field === 'author') {
		return {term, authors, hasAuthors, words: null, sources: [], verify: false};
	}
	const words = new Uint8Array(index.words.length).fill(noCost);
	const sources: Source[] = [];
	for (const [word, value] of index.words.entries()) {
		const found = wordClass(value, text, budget, true);
		if (found !== matchClass.none) {
			words[word] = 2 * found;
			sources.push({word, cost: 2 * found});
		}
	}
	return {term, authors, hasAuthors, words, sources, verify: false};
}

const authorWordCache = new WeakMap<SearchIndex, string[][]>();

/** The words of each (folded) author name, split once per index. */
function authorWords(index: SearchIndex): string[][] {
	let words = authorWordCache.get(index);
	if (words === undefined) {
		words = index.authors.map((author) => wordPieces(author).map(([start, end]) => author.slice(start, end)));
		authorWordCache.set(index, words);
	}
	return words;
}

/**
 * Plans an exact-kind term (`'x`, `^x`, `x$` and the `!` ones), all at cost 0. Authors are
 * tested whole. On the text side a word term (word units only) is answered exactly: `'x`
 * and `!x` by the words containing x, `^x`/`x$` by the first/last word. A term with
 * punctuation uses the piece of it (a word run) whose words have the fewest comments,
 * bounded by the punctuation around it inside the term, and is then tested on the text;
 * a term with no word unit tests every text.
 */
function planExact(index: SearchIndex, term: Term): Plan {
	const {kind, field, text} = term;
	const authors = new Uint8Array(index.authors.length).fill(noCost);
	let hasAuthors = false;
	for (const [id, author] of index.authors.entries()) {
		if (termHolds(kind, text, author)) {
			authors[id] = 0;
			hasAuthors = true;
		}
	}
	const plan = {term, authors, hasAuthors, words: null};
	if (field === 'author') {
		return {...plan, sources: [], verify: false};
	}
	const pieces = wordPieces(text);
	const isWord = pieces.length === 1 && pieces[0]![1] - pieces[0]![0] === text.length;
	if (pieces.length === 0 || (isInverse(kind) && !isWord)) {
		return {...plan, sources: isInverse(kind) ? [] : [{cost: 0, test: () => true}], verify: true};
	}
	if (isWord && kind !== 'exact' && kind !== 'inverse') {
		const isStart = kind.endsWith('prefix');
		const marks = Uint8Array.from(index.words, (word) =>
			(isStart ? word.startsWith(text) : word.endsWith(text)) ? 1 : 0,
		);
		const column = isStart ? index.firstWord : index.lastWord;
		return {...plan, sources: [{cost: 0, test: (doc) => marks[column[doc]!] === 1}], verify: false};
	}
	let best: Source[] = [];
	let bestCost = Infinity;
	for (const [start, end] of pieces) {
		const piece = text.slice(start, end);
		const list: Source[] = [];
		let cost = 0;
		for (const [word, value] of index.words.entries()) {
			if (wordHolds(value, piece, start > 0, end < text.length)) {
				list.push({word, cost: 0});
				cost += index.postingCount[word]!;
			}
		}
		if (cost < bestCost) {
			best = list;
			bestCost = cost;
		}
	}
	return {...plan, sources: best, verify: !isWord};
}

/** Whether a word can hold `piece`: it must start (end) with it when punctuation precedes (follows) the piece in the term. */
function wordHolds(word: string, piece: string, mustStart: boolean, mustEnd: boolean): boolean {
	if (mustStart && mustEnd) {
		return word === piece;
	}
	return mustStart ? word.startsWith(piece) : mustEnd ? word.endsWith(piece) : word.includes(piece);
}

/**
 * The terms the engine runs for a group: a fuzzy term with punctuation becomes its word
 * runs (`don't` is `don` and `t`, each fuzzy, and phrase ranking rewards them side by
 * side); a fuzzy term without any word unit (`$`) is an exact substring test.
 */
export function expandGroup(group: readonly Term[]): Term[] {
	return group.flatMap((term): Term[] => {
		if (term.kind !== 'fuzzy') {
			return [term];
		}
		const pieces = wordPieces(term.text);
		if (pieces.length === 0) {
			return [{...term, kind: 'exact'}];
		}
		return pieces.map(([start, end]) => ({...term, text: term.text.slice(start, end)}));
	});
}
