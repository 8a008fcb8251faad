import {indexAuthors, type AuthorEntry} from '../../model/authors.js';
import type {Article} from '../../model/types.js';

/**
 * The authors of every article together, most active first: the article list's picker.
 * One pass over all comments; the per-article index is `indexAuthors`.
 */
export function indexAllAuthors(articles: readonly Article[]): AuthorEntry[] {
	const byName = new Map<string, number>();
	for (const article of articles) {
		for (const entry of indexAuthors(article.thread)) {
			byName.set(entry.name, (byName.get(entry.name) ?? 0) + entry.count);
		}
	}
	return [...byName]
		.map(([name, count]) => ({name, count, rows: []}))
		.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The entries whose name holds the query's letters in order, ignoring case and spaces
 * (`jwal` finds "John Wallace"): names holding the query as a substring first, then the
 * rest, each group most active first. One linear scan: 100,000 authors narrow in a few
 * milliseconds, so the picker keeps up with typing.
 */
export function narrowAuthors(entries: readonly AuthorEntry[], query: string): readonly AuthorEntry[] {
	const wanted = query.toLowerCase().replaceAll(/\s+/g, '');
	if (wanted === '') {
		return entries;
	}
	const substring: AuthorEntry[] = [];
	const scattered: AuthorEntry[] = [];
	for (const entry of entries) {
		const name = entry.name.toLowerCase();
		if (name.replaceAll(/\s+/g, '').includes(wanted)) {
			substring.push(entry);
		} else if (isSubsequence(wanted, name)) {
			scattered.push(entry);
		}
	}
	return [...substring, ...scattered];
}

function isSubsequence(needle: string, haystack: string): boolean {
	let at = 0;
	for (const character of needle) {
		at = haystack.indexOf(character, at);
		if (at < 0) {
			return false;
		}
		at += character.length;
	}
	return true;
}

/** The articles an author filter keeps in the list (those the authors wrote in), with each one's count of their comments. */
export function articlesByAuthors(
	articles: readonly Article[],
	authors: ReadonlySet<string>,
): Array<{article: number; count: number}> {
	const kept: Array<{article: number; count: number}> = [];
	for (let index = 0; index < articles.length; index++) {
		const thread = articles[index]!.thread;
		let count = 0;
		for (let row = 0; row < thread.size; row++) {
			if (authors.has(thread.author[row]!)) {
				count++;
			}
		}
		if (count > 0) {
			kept.push({article: index, count});
		}
	}
	return kept;
}
