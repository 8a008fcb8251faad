import {jsonChunks} from '../../source/output/json.js';
import {parseText} from '../../source/parse/parse.js';

/** A comment as `--json` writes it. */
export interface JsonComment {
	author: string;
	text: string;
	line: number;
	meta?: {time?: string; score?: number; replyTo?: string; note?: string};
	replies: JsonComment[];
}

/** An article as `--json` writes it. */
export interface JsonArticle {
	source: string;
	date: string | null;
	title: string | null;
	body: string;
	comments: JsonComment[];
}

/** `comb --json` on the lines joined with `\n`, parsed back: what the contract's examples show. */
export function json(lines: readonly string[]): JsonArticle[] {
	const written = [...jsonChunks(parseText(lines.join('\n'), 'page.txt'))].join('');
	return (JSON.parse(written) as {articles: JsonArticle[]}).articles;
}

/** A comment node; `meta` only when given. */
export function c(
	author: string,
	line: number,
	text = '',
	replies: JsonComment[] = [],
	meta?: JsonComment['meta'],
): JsonComment {
	return {author, text, line, ...(meta === undefined ? {} : {meta}), replies};
}

/** An expected article; unspecified fields are empty. */
export function art(fields: Partial<JsonArticle>): JsonArticle {
	return {source: 'page.txt', date: null, title: null, body: '', comments: [], ...fields};
}
