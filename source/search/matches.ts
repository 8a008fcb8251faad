import {buildSearchIndex} from './index-builder.js';
import {locateDoc} from './search-index.js';
import {search, type Range} from './search.js';
import type {Article} from '../model/types.js';

/** A comment that matched `--search` / `--author`, and where. */
export interface CommentMatch {
	readonly article: number;
	readonly row: number;
	readonly line: number;
	/** 0 is a perfect match, higher is worse; 0 for a match by author alone. */
	readonly score: number;
	readonly textRanges: readonly Range[];
	readonly authorRanges: readonly Range[];
}

/** What the command line asks to find. */
export interface FindRequest {
	readonly query?: string | undefined;
	/** Exact names of the corpus (see `resolveAuthors`): only their comments. */
	readonly authors: readonly string[];
	/** Most matches returned (the best); every one when absent. */
	readonly max?: number | undefined;
}

/** The matches returned and how many there were in all (more than returned when `max` cut them). */
export interface FoundMatches {
	readonly matches: CommentMatch[];
	readonly total: number;
}

/**
 * The comments the command line asks for: the search's matches best first (only those by
 * the given authors, when some are), or with no query every comment by the authors, in
 * input order. Every match unless `max` is given: `total` says how many there were.
 */
export function findMatches(articles: readonly Article[], request: FindRequest): FoundMatches {
	const authors = new Set(request.authors);
	const max = request.max ?? Infinity;
	if (request.query === undefined) {
		const matches: CommentMatch[] = [];
		let total = 0;
		for (let article = 0; article < articles.length; article++) {
			const thread = articles[article]!.thread;
			for (let row = 0; row < thread.size; row++) {
				const author = thread.author[row]!;
				if (authors.has(author) && total++ < max) {
					matches.push({
						article,
						row,
						line: thread.line[row]!,
						score: 0,
						textRanges: [],
						authorRanges: author === '' ? [] : [[0, author.length]],
					});
				}
			}
		}
		return {matches, total};
	}
	const byAuthor = (match: {article: number; row: number}): boolean =>
		authors.size === 0 || authors.has(articles[match.article]!.thread.author[match.row]!);
	const index = buildSearchIndex(articles);
	// With authors, the search's order is kept and its matches by others dropped, so it ranks them all.
	const result = search(index, request.query, {scope: 'all', limit: authors.size === 0 ? max : Infinity});
	const kept = result.matches.filter(byAuthor);
	let total = result.total;
	if (authors.size > 0) {
		total = 0;
		for (const doc of result.docs) {
			total += byAuthor(locateDoc(index, doc)) ? 1 : 0;
		}
	}
	const matches = kept
		.slice(0, max)
		.map((match) => ({...match, line: articles[match.article]!.thread.line[match.row]!}));
	return {matches, total};
}
