import {buildSearchIndex} from './search-index.js';
import {search, type Range} from './search.js';
import type {Article} from '../model/types.js';

/** A comment that matched `--search` / `--author`, and where. */
export interface CommentMatch {
	readonly article: number;
	readonly row: number;
	readonly line: number;
	/** 0 is a perfect match (fuse.js's scale); 0 for a match by author alone. */
	readonly score: number;
	readonly textRanges: readonly Range[];
	readonly authorRanges: readonly Range[];
}

/** The most matches `--search` prints, best first. */
export const maxCommandLineMatches = 10_000;

/** What the command line asks to find. */
export interface FindRequest {
	readonly query?: string | undefined;
	readonly authors: readonly string[];
}

/**
 * The comments the command line asks for: the search's matches best first (only those by
 * the given authors, when some are), or with no query every comment by the authors, in
 * input order.
 */
export function findMatches(articles: readonly Article[], request: FindRequest): CommentMatch[] {
	const authors = new Set(request.authors);
	if (request.query === undefined) {
		const matches: CommentMatch[] = [];
		for (let article = 0; article < articles.length; article++) {
			const thread = articles[article]!.thread;
			for (let row = 0; row < thread.size; row++) {
				const author = thread.author[row]!;
				if (authors.has(author)) {
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
		return matches;
	}
	// Every candidate up to the limit is scored by fuse.js: 10,000 keeps a common word over a
	// million comments to a second or two, and is more than anyone reads in a terminal.
	const result = search(buildSearchIndex(articles), request.query, {scope: 'all', limit: maxCommandLineMatches});
	return result.matches
		.filter((match) => authors.size === 0 || authors.has(articles[match.article]!.thread.author[match.row]!))
		.map((match) => ({...match, line: articles[match.article]!.thread.line[match.row]!}));
}
