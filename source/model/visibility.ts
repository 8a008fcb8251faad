import type {Thread} from './types.js';

/**
 * The item before the first comment: the article's head (title, meta, body). Items are
 * numbered -1 (the head), then the comment rows 0..size-1, all in screen order.
 */
export const headItem = -1;

/** Which comments are folded: a folded comment shows a summary and hides its replies. */
export type FoldSet = ReadonlySet<number>;

/**
 * The outermost folded ancestor of `row` (the row itself when no ancestor is folded):
 * the visible item that stands for a hidden one. O(depth).
 */
export function visibleStandIn(thread: Thread, folded: FoldSet, row: number): number {
	let standIn = row;
	if (folded.size === 0) {
		return standIn;
	}
	for (let a = thread.parent[row]!; a >= 0; a = thread.parent[a]!) {
		if (folded.has(a)) {
			standIn = a;
		}
	}
	return standIn;
}

/** Whether `row` is shown (no ancestor of it is folded). */
export function isShown(thread: Thread, folded: FoldSet, row: number): boolean {
	return visibleStandIn(thread, folded, row) === row;
}

/**
 * The item shown after `item`, or null at the end. O(1): a visible item's next row is its
 * first reply, or (when folded, or a leaf) the row after its subtree, which is always
 * shown because its ancestors are also the visible item's.
 */
export function nextShown(thread: Thread, folded: FoldSet, item: number): number | null {
	const next = item === headItem ? 0 : folded.has(item) ? thread.end[item]! + 1 : item + 1;
	return next < thread.size ? next : null;
}

/**
 * The item shown before `item` (the head before the first comment), or null before the
 * head. O(depth): the row just above is the last of the previous sibling's subtree (or
 * the parent), and the outermost folded ancestor below the parent stands in for it.
 */
export function previousShown(thread: Thread, folded: FoldSet, item: number): number | null {
	if (item === headItem) {
		return null;
	}
	if (item === 0) {
		return headItem;
	}
	const parent = thread.parent[item]!;
	let shown = item - 1;
	for (let a = item - 1; a > parent; a = thread.parent[a]!) {
		if (folded.has(a)) {
			shown = a;
		}
	}
	return shown;
}

/** The last shown item: the stand-in of the last row, or the head when there are no comments. */
export function lastShown(thread: Thread, folded: FoldSet): number {
	return thread.size === 0 ? headItem : visibleStandIn(thread, folded, thread.size - 1);
}

/** Every row at `depth - 1` that has replies: folding them shows exactly depths 0..depth-1. */
export function foldBelowDepth(thread: Thread, depth: number): Set<number> {
	const folded = new Set<number>();
	for (let row = 0; row < thread.size; row++) {
		if (thread.depth[row] === depth - 1 && thread.end[row]! > row) {
			folded.add(row);
		}
	}
	return folded;
}

/** Every top-level comment: folding them leaves one summary per thread. */
export function foldAllThreads(thread: Thread): Set<number> {
	const folded = new Set<number>();
	for (let row = 0; row < thread.size; row = thread.end[row]! + 1) {
		folded.add(row);
	}
	return folded;
}
