import {foldCase, isWordUnit} from './query.js';
import type {BuildProgress, SearchIndex} from './search-index.js';
import type {Article, Thread} from '../model/types.js';

/**
 * Builds the index in steps of about `stepMs` of work each: each `next()` indexes comments
 * until the step's time is up and yields the progress; the generator returns the index.
 * A UI runs one step per turn of the event loop, so it is never blocked for long while a
 * million comments are indexed (about 10 s of work on a 2-core machine; see the search bench).
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
				const size = builder.size;
				const partial = (): SearchIndex => {
					const starts = articleStart.map((start, at) => (at > index ? size : start));
					return {articles, size, articleStart: starts, ...builder.snapshot()};
				};
				yield {done: size, total, partial};
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
			// Texts are decoded from the input's bytes on each read: read once.
			const text = thread.text[row]!;
			this.text.push(text);
			this.add(this.size, foldCase(text));
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

	/**
	 * The columns so far, for searching the comments indexed yet (`size` of them): the
	 * postings are views of their filled part (the builder only appends past it), the lists
	 * that grow are copied.
	 */
	snapshot(): Omit<SearchIndex, 'articles' | 'size' | 'articleStart'> {
		const postings = this.lists.map((list, word) => list.subarray(0, this.lengths[word]));
		const {text, authorOf, firstWord, lastWord, tokenCount} = this;
		return {
			text,
			authorOf,
			authors: this.authors.slice(),
			words: this.words.slice(),
			postings,
			postingCount: Int32Array.from(this.counts),
			firstWord,
			lastWord,
			tokenCount,
		};
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
