import type {CommentMeta, Thread} from './types.js';

/**
 * The metadata of `row`, or undefined when it has none. A binary search over the rows
 * that have some (O(log n), no index per comment); the object is made on each call, so
 * callers that walk every row (the JSON writer) use `metaCursor` instead.
 */
export function commentMeta(thread: Thread, row: number): CommentMeta | undefined {
	const meta = thread.meta;
	if (meta === undefined) {
		return undefined;
	}
	let low = 0;
	let high = meta.rows.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const at = meta.rows[middle]!;
		if (at === row) {
			return metaAt(thread, middle);
		}
		if (at < row) {
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return undefined;
}

/** Entry `k` of the thread's metadata as an object with only the keys that were found. */
function metaAt(thread: Thread, k: number): CommentMeta {
	const meta = thread.meta!;
	const found: CommentMeta = {};
	const time = meta.time[k];
	const score = meta.score[k]!;
	const replyTo = meta.replyTo[k];
	const note = meta.note[k];
	if (time !== undefined) {
		found.time = time;
	}
	if (!Number.isNaN(score)) {
		found.score = score;
	}
	if (replyTo !== undefined) {
		found.replyTo = replyTo;
	}
	if (note !== undefined) {
		found.note = note;
	}
	return found;
}

/**
 * A reader of metadata for rows visited in ascending order (a pre-order walk): each call
 * moves forward from the last, so a walk over n rows costs O(n) in all.
 */
export function metaCursor(thread: Thread): (row: number) => CommentMeta | undefined {
	let k = 0;
	return (row) => {
		const rows = thread.meta?.rows;
		if (rows === undefined) {
			return undefined;
		}
		while (k < rows.length && rows[k]! < row) {
			k++;
		}
		return k < rows.length && rows[k] === row ? metaAt(thread, k) : undefined;
	};
}

/** The glyphs a metadata label is drawn with (the caller's Unicode or ASCII set). */
export interface MetaGlyphs {
	/** Between parts (` · `). */
	readonly dot: string;
	/** Before a reply target's name (`↳ `). */
	readonly replyTo: string;
}

/**
 * The metadata as it is shown after the author, parts joined by `glyphs.dot`: the time,
 * the score (`14 points`), the note, then `↳ NAME` for a reply target. `""` when none.
 * Plain text, so it stays readable without colour. With `compact`, only the time is kept
 * (compact rows are one line each).
 */
export function metaLabel(meta: CommentMeta | undefined, glyphs: MetaGlyphs, compact = false): string {
	if (meta === undefined) {
		return '';
	}
	if (compact) {
		return meta.time ?? '';
	}
	const parts: string[] = [];
	if (meta.time !== undefined) {
		parts.push(meta.time);
	}
	if (meta.score !== undefined) {
		parts.push(`${meta.score} ${Math.abs(meta.score) === 1 ? 'point' : 'points'}`);
	}
	if (meta.note !== undefined) {
		parts.push(meta.note);
	}
	if (meta.replyTo !== undefined) {
		parts.push(`${glyphs.replyTo}${meta.replyTo}`);
	}
	return parts.join(glyphs.dot);
}
