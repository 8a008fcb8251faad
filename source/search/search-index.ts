import {allowedEdits, foldCase, isInverse, isWordUnit, substringDistance, termHolds, type Term} from './query.js';
import type {Article, Thread} from '../model/types.js';

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
 * - each text's whitespace-token count (fuse's field-length norm), capped at 65,535.
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

/** How far an incremental build has got. */
export interface BuildProgress {
	readonly done: number;
	readonly total: number;
}

/**
 * Builds the index in steps of about `stepMs` of work each: each `next()` indexes comments
 * until the step's time is up and yields the progress; the generator returns the index.
 * A UI runs one step per turn of the event loop, so it is never blocked for long while a
 * million comments are indexed (about 2 s of work, reported by the search bench).
 */
export function* buildSearchIndexInSteps(
	articles: readonly Article[],
	stepMs = 5,
): Generator<BuildProgress, SearchIndex, void> {
	let total = 0;
	for (const article of articles) {
		total += article.thread.size;
	}
	const builder = new Builder(total);
	const articleStart = new Int32Array(articles.length + 1);
	let deadline = performance.now() + stepMs;
	for (const [index, {thread}] of articles.entries()) {
		articleStart[index] = builder.size;
		// Rows go in slices through a plain method: a generator's own loops are never optimised.
		for (let row = 0; row < thread.size; row += 256) {
			builder.addRows(thread, row, Math.min(thread.size, row + 256));
			if (performance.now() > deadline) {
				yield {done: builder.size, total};
				deadline = performance.now() + stepMs;
			}
		}
	}
	articleStart[articles.length] = total;
	return {articles, size: total, articleStart, ...builder.finish()};
}

/** Builds the whole index at once (tests, the CLI's non-interactive modes). */
export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
	const steps = buildSearchIndexInSteps(articles, Infinity);
	for (;;) {
		const step = steps.next();
		if (step.done === true) {
			return step.value;
		}
	}
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

/**
 * Where the index finds the comments one term may match. A source is a word (its postings)
 * or a test over comment numbers, with a tier: how closely it matches (twice the edits,
 * plus one for the text, so an exact author match ranks first); sources come best first.
 */
export type Source =
	| {readonly word: number; readonly tier: number}
	| {readonly test: (doc: number) => boolean; readonly tier: number};

/** What the index can say about one term: its sources and whether the text must be checked. */
export interface Plan {
	readonly term: Term;
	/** Per distinct author: 0 when the term does not match it, else 1 + its tier. */
	readonly authors: Uint8Array;
	readonly sources: readonly Source[];
	/** Whether the sources are a superset for the text (a term with punctuation) and each candidate's text must be tested. */
	readonly verify: boolean;
}

/**
 * Plans one term. Authors are tested whole (exactly, or within `allowedEdits`). On the
 * text side a word term (word units only) is answered exactly: `'x` and `!x` by the words
 * containing x, `^x`/`x$` by the first/last word, a fuzzy x by the words within its edit
 * budget of it (so a typo still finds the comment). A term with punctuation uses the
 * piece of it (a word run) whose words have the fewest comments, bounded by the
 * punctuation around it inside the term, and is then tested on the text; a term with no
 * word unit tests every text (and a fuzzy one then matches exactly).
 */
export function planTerm(index: SearchIndex, term: Term): Plan {
	const {kind, field, text} = term;
	const isFuzzy = kind === 'fuzzy';
	const edits = isFuzzy ? allowedEdits(text.length) : 0;
	const authors = new Uint8Array(index.authors.length);
	const tiers = new Set<number>();
	for (const [id, author] of index.authors.entries()) {
		const tier = isFuzzy ? 2 * substringDistance(author, text, edits) : termHolds(kind, text, author) ? 0 : Infinity;
		if (tier !== Infinity) {
			authors[id] = tier + 1;
			tiers.add(tier);
		}
	}
	const {authorOf} = index;
	const sources: Source[] = isInverse(kind)
		? [...tiers].slice(0, 1).map(() => ({tier: 0, test: (doc) => authors[authorOf[doc]!] !== 0}))
		: [...tiers].map((tier) => ({tier, test: (doc) => authors[authorOf[doc]!] === tier + 1}));
	const pieces = wordPieces(text);
	const isWord = pieces.length === 1 && pieces[0]![1] - pieces[0]![0] === text.length;
	const byTier = (): Source[] => sources.sort((a, b) => a.tier - b.tier);
	if (field === 'author') {
		return {term, authors, sources: byTier(), verify: false};
	}
	if (pieces.length === 0 || (isInverse(kind) && !isWord)) {
		if (!isInverse(kind)) {
			sources.push({tier: 1, test: () => true});
		}
		return {term, authors, sources: byTier(), verify: true};
	}
	if (isWord && kind !== 'fuzzy' && kind !== 'exact' && kind !== 'inverse') {
		const isStart = kind.endsWith('prefix');
		const marks = Uint8Array.from(index.words, (word) =>
			(isStart ? word.startsWith(text) : word.endsWith(text)) ? 1 : 0,
		);
		const column = isStart ? index.firstWord : index.lastWord;
		sources.push({tier: 0, test: (doc) => marks[column[doc]!] === 1});
		return {term, authors, sources: byTier(), verify: false};
	}
	let best: Source[] = [];
	let bestCost = Infinity;
	for (const [start, end] of pieces) {
		const piece = text.slice(start, end);
		const list: Source[] = [];
		let cost = 0;
		for (const [word, value] of index.words.entries()) {
			const tier = isFuzzy
				? 2 * substringDistance(value, piece, edits) + 1
				: wordHolds(value, piece, start > 0, end < text.length)
					? 0
					: Infinity;
			if (tier !== Infinity) {
				list.push({word, tier});
				cost += index.postingCount[word]!;
			}
		}
		if (cost < bestCost) {
			best = list;
			bestCost = cost;
		}
	}
	sources.push(...best);
	return {term, authors, sources: byTier(), verify: !isWord && !isFuzzy};
}

/** Whether a word can hold `piece`: it must start (end) with it when punctuation precedes (follows) the piece in the term. */
function wordHolds(word: string, piece: string, mustStart: boolean, mustEnd: boolean): boolean {
	if (mustStart && mustEnd) {
		return word === piece;
	}
	return mustStart ? word.startsWith(piece) : mustEnd ? word.endsWith(piece) : word.includes(piece);
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

/** Vocabulary, postings and per-comment columns, filled one comment at a time. */
class Builder {
	/** Comments indexed so far: the next comment's number. */
	size = 0;
	private readonly text: string[] = [];
	private readonly authorIds = new Map<string, number>();
	private readonly authors: string[] = [];
	private readonly authorOf: Int32Array;
	private readonly firstWord: Int32Array;
	private readonly lastWord: Int32Array;
	private readonly tokenCount: Uint16Array;
	private readonly words: string[] = [];
	private readonly hashes: number[] = [];
	private readonly lists: Uint8Array[] = [];
	private readonly lengths: number[] = [];
	private readonly lastDoc: number[] = [];
	private readonly counts: number[] = [];
	/** Open-addressing table from word hash to word id + 1. */
	private table = new Int32Array(1 << 12);

	constructor(size: number) {
		this.authorOf = new Int32Array(size);
		this.firstWord = new Int32Array(size).fill(-1);
		this.lastWord = new Int32Array(size).fill(-1);
		this.tokenCount = new Uint16Array(size);
	}

	/** Indexes rows `[from, to)` of a thread as the next comments. */
	addRows(thread: Thread, from: number, to: number): void {
		for (let row = from; row < to; row++, this.size++) {
			const author = thread.author[row]!;
			let id = this.authorIds.get(author);
			if (id === undefined) {
				id = this.authors.push(foldCase(author)) - 1;
				this.authorIds.set(author, id);
			}
			this.authorOf[this.size] = id;
			this.text.push(thread.text[row]!);
			this.add(this.size, foldCase(thread.text[row]!));
		}
	}

	/** Indexes one folded text: its words, first and last word, and token count. */
	private add(doc: number, folded: string): void {
		const length = folded.length;
		let start = -1;
		let hash = 0;
		let tokens = 0;
		let wasSpace = true;
		for (let at = 0; at <= length; at++) {
			const unit = at < length ? folded.charCodeAt(at) : 32;
			const isSpace = unit === 32 || (unit >= 9 && unit <= 13) || unit === 160;
			tokens += !isSpace && wasSpace ? 1 : 0;
			wasSpace = isSpace;
			if (unit < 128 ? (unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57) : isWordUnit(unit)) {
				if (start < 0) {
					start = at;
					hash = 0x811c9dc5;
				}
				hash = Math.imul(hash ^ unit, 0x01000193);
			} else if (start >= 0) {
				const word = this.intern(folded, start, at, hash);
				this.post(word, doc);
				if (start === 0) {
					this.firstWord[doc] = word;
				}
				if (at === length) {
					this.lastWord[doc] = word;
				}
				start = -1;
			}
		}
		this.tokenCount[doc] = Math.min(tokens, 0xffff);
	}

	/** The id of the word `folded[start, end)`, added to the vocabulary if new. */
	private intern(folded: string, start: number, end: number, hash: number): number {
		let mask = this.table.length - 1;
		let slot = hash & mask;
		for (let id = this.table[slot]! - 1; id >= 0; id = this.table[slot]! - 1) {
			if (this.hashes[id] === hash && sameWord(this.words[id]!, folded, start, end)) {
				return id;
			}
			slot = (slot + 1) & mask;
		}
		const id = this.words.length;
		// A copy, not a slice: a slice could keep the whole folded text alive.
		this.words.push(copyUnits(folded, start, end));
		this.hashes.push(hash);
		this.lists.push(new Uint8Array(8));
		this.lengths.push(0);
		this.lastDoc.push(-1);
		this.counts.push(0);
		this.table[slot] = id + 1;
		if (this.words.length * 2 > this.table.length) {
			this.table = new Int32Array(this.table.length * 2);
			mask = this.table.length - 1;
			for (const [other, otherHash] of this.hashes.entries()) {
				let free = otherHash & mask;
				while (this.table[free] !== 0) {
					free = (free + 1) & mask;
				}
				this.table[free] = other + 1;
			}
		}
		return id;
	}

	/** Appends `doc` to the word's postings unless it is already the last one. */
	private post(word: number, doc: number): void {
		const last = this.lastDoc[word]!;
		if (last === doc) {
			return;
		}
		let list = this.lists[word]!;
		let length = this.lengths[word]!;
		if (length + 5 > list.length) {
			const grown = new Uint8Array(list.length * 2);
			grown.set(list);
			list = grown;
			this.lists[word] = list;
		}
		let gap = doc - last;
		while (gap >= 0x80) {
			list[length++] = (gap & 0x7f) | 0x80;
			gap >>>= 7;
		}
		list[length++] = gap;
		this.lengths[word] = length;
		this.lastDoc[word] = doc;
		this.counts[word]!++;
	}

	/** The finished columns; postings trimmed to their length. */
	finish(): Omit<SearchIndex, 'articles' | 'size' | 'articleStart'> {
		const postings = this.lists.map((list, word) => list.slice(0, this.lengths[word]));
		const {text, authorOf, authors, words, firstWord, lastWord, tokenCount} = this;
		return {
			text,
			authorOf,
			authors,
			words,
			postings,
			postingCount: Int32Array.from(this.counts),
			firstWord,
			lastWord,
			tokenCount,
		};
	}
}

/** Whether `word` equals `text[start, end)`, without slicing. */
function sameWord(word: string, text: string, start: number, end: number): boolean {
	if (word.length !== end - start) {
		return false;
	}
	for (let at = start; at < end; at++) {
		if (word.charCodeAt(at - start) !== text.charCodeAt(at)) {
			return false;
		}
	}
	return true;
}

/** `text[start, end)` as a fresh flat string. */
function copyUnits(text: string, start: number, end: number): string {
	let copy = '';
	for (let at = start; at < end; at += 4096) {
		const units: number[] = [];
		for (let unit = at; unit < Math.min(end, at + 4096); unit++) {
			units.push(text.charCodeAt(unit));
		}
		copy += String.fromCharCode(...units);
	}
	return copy;
}
