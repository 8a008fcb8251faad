import {Chunker} from './chunker.js';
import {safeJson} from './json-string.js';
import {commentMeta} from '../model/meta.js';
import type {CommentMatch} from '../search/matches.js';
import {ancestorsOf} from '../model/rows.js';
import type {Article} from '../model/types.js';

/**
 * `{"matches": [...]}`: for each match, best first, its article's source, title and index,
 * the comment's author, text and line, its ancestors' authors (outermost first), the score
 * (0 is a perfect match, as fuse.js counts) and the matched character ranges in text and
 * author ([start, end) in UTF-16 units, as JavaScript indexes strings), and the comment's
 * `meta` when it has some. Raw values, with terminal controls escaped (`safeJson`).
 */
export function* jsonMatches(articles: readonly Article[], matches: readonly CommentMatch[]): Generator<string> {
	const out = new Chunker();
	let chunk = out.add('{"matches":[');
	for (let index = 0; index < matches.length; index++) {
		const match = matches[index]!;
		const article = articles[match.article]!;
		const thread = article.thread;
		const entry = {
			source: article.source,
			title: article.title,
			article: match.article,
			author: thread.author[match.row],
			text: thread.text[match.row],
			line: match.line,
			meta: commentMeta(thread, match.row),
			ancestors: ancestorsOf(thread, match.row).map((row) => thread.author[row]),
			score: match.score,
			textRanges: match.textRanges,
			authorRanges: match.authorRanges,
		};
		chunk = out.add((index > 0 ? ',' : '') + safeJson(entry));
		if (chunk !== undefined) {
			yield chunk;
		}
	}
	chunk = out.add(']}\n');
	yield chunk ?? out.flush();
}
