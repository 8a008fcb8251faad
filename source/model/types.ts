/**
 * The comments of one article, held flat: row i is the i-th comment in pre-order
 * (source order). Parallel arrays instead of objects keep a million comments in a
 * few tens of megabytes and make every tree move an index hop.
 *
 * Invariants (checked by tests/core/thread.test.ts):
 * - `parent[i] < i` (or -1 for a top-level comment) and `depth[i] = depth[parent[i]] + 1`;
 * - `end[i]` is the last row of i's subtree, so its replies are rows i+1..end[i] and its
 *   next sibling, if any, is `end[i] + 1`.
 */
export interface Thread {
	/** Number of comments. */
	readonly size: number;
	/** Author of each comment, trimmed; `""` for an anonymous comment. */
	readonly author: readonly string[];
	/** Body of each comment, dedented, lines joined with `\n`; `""` when empty. */
	readonly text: readonly string[];
	/** 1-based line number of each comment's header in its source. */
	readonly line: Int32Array;
	/** Nesting depth: 0 for a top-level comment. */
	readonly depth: Int32Array;
	/** Row of the parent comment, or -1 for a top-level comment. */
	readonly parent: Int32Array;
	/** Last row of the comment's subtree (inclusive): the comment itself for a leaf. */
	readonly end: Int32Array;
	/** Time, score, reply target and note of the comments that have any; absent when none has. */
	readonly meta?: ThreadMeta;
}

/**
 * The metadata of a thread, sparse and column-wise: entry k describes row `rows[k]`, and
 * only rows with at least one value have an entry, so a thread without metadata costs
 * nothing and a million comments with a time each cost one shared string per distinct time.
 */
export interface ThreadMeta {
	/** Rows that have metadata, ascending. */
	readonly rows: Int32Array;
	/** Per entry: the time as written (`2 days ago`, `8:40 PM`), trimmed. */
	readonly time: readonly (string | undefined)[];
	/** Per entry: the score, or NaN when none was given. */
	readonly score: Float64Array;
	/** Per entry: the author this comment answers (wpDiscuz's `Reply to`). */
	readonly replyTo: readonly (string | undefined)[];
	/** Per entry: other text that stood beside the author. */
	readonly note: readonly (string | undefined)[];
}

/** One comment's metadata: only the keys that were found (the shape of the JSON's `meta`). */
export interface CommentMeta {
	time?: string;
	score?: number;
	replyTo?: string;
	note?: string;
}

/** One article: its head (date, title, body) and its comments. */
export interface Article {
	/** The path as given (folder path joined with the relative path), or `-` for stdin. */
	readonly source: string;
	/** The head's first non-blank line when it looks like a date, else null. */
	readonly date: string | null;
	/** The first non-blank head line after the date, or null. */
	readonly title: string | null;
	/** The rest of the head, blank runs folded; `""` when empty. */
	readonly body: string;
	/** The comments, flat in pre-order. */
	readonly thread: Thread;
}

/** A comment as a nested tree node: the shape of docs/FORMAT.md's JSON. */
export interface CommentNode {
	author: string;
	text: string;
	line: number;
	meta?: CommentMeta;
	replies: CommentNode[];
}
