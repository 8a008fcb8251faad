import {Chunker} from './chunker.js';
import {metaJson, safeJson} from './json-string.js';
import {metaCursor} from '../model/meta.js';
import type {Article, Thread} from '../model/types.js';

/**
 * docs/FORMAT.md's JSON for `articles`, as chunks of text, key order as the contract shows,
 * `meta` only on comments that have some, and terminal controls escaped (`safeJson`).
 * Written without recursion: replies are opened as the pre-order walk descends and closed
 * by counting how many subtrees end at each row, so a 100,000-deep chain is no deeper on
 * the stack than a flat one. Compact (one line): indentation would grow with the depth.
 */
export function* jsonChunks(articles: readonly Article[]): Generator<string> {
	const out = new Chunker();
	let chunk = out.add('{"articles":[');
	for (let a = 0; a < articles.length; a++) {
		const article = articles[a]!;
		chunk = out.add(
			`${a > 0 ? ',' : ''}{"source":${safeJson(article.source)},"date":${safeJson(article.date)},"title":${safeJson(article.title)},"body":${safeJson(article.body)},"comments":[`,
		);
		if (chunk !== undefined) {
			yield chunk;
		}
		yield* commentChunks(article.thread, out);
		chunk = out.add(']}');
		if (chunk !== undefined) {
			yield chunk;
		}
	}
	chunk = out.add(']}\n');
	yield chunk ?? out.flush();
}

function* commentChunks(thread: Thread, out: Chunker): Generator<string> {
	const {author, text, line, end, parent} = thread;
	const metaOf = metaCursor(thread);
	for (let i = 0; i < thread.size; i++) {
		const isFirstChild = i === 0 || parent[i] === i - 1;
		let piece = `${isFirstChild ? '' : ','}{"author":${safeJson(author[i])},"text":${safeJson(text[i])},"line":${line[i]},${metaJson(metaOf(i))}"replies":[`;
		// Close this comment and every ancestor whose subtree also ends here.
		if (end[i] === i) {
			let closing = i;
			do {
				piece += ']}';
				closing = parent[closing]!;
			} while (closing >= 0 && end[closing] === i);
		}
		const chunk = out.add(piece);
		if (chunk !== undefined) {
			yield chunk;
		}
	}
}
