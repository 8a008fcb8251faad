/**
 * The shape of `comb --json` output, as docs/FORMAT.md defines it: one object `{"articles": [...]}`
 * whose articles hold their comments as a tree. Types only, plus a typed parse: nothing here
 * checks the shape (tests/cli/cli.test.ts's `checkSchema` does, key order included).
 *
 * Not a test file: the vitest include takes only `*.test.ts` and `*.test.tsx` names.
 */

/** One comment: its author, its text, the 1-based line of its header in the source, and its replies in order. */
export interface JsonComment {
	readonly author: string;
	readonly text: string;
	readonly line: number;
	readonly replies: JsonComment[];
}

/** One article: where it came from, its date and title (null when it has none), its body and its top-level comments in order. */
export interface JsonArticle {
	readonly source: string;
	readonly date: string | null;
	readonly title: string | null;
	readonly body: string;
	readonly comments: JsonComment[];
}

/** The whole `--json` document. */
export interface JsonOutput {
	readonly articles: JsonArticle[];
}

/**
 * The articles of a `--json` document. Throws (SyntaxError) when `json` is not JSON; the
 * shape is assumed, not checked.
 */
export function parseArticles(json: string): JsonArticle[] {
	return (JSON.parse(json) as JsonOutput).articles;
}
