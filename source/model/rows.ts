import type {Thread} from './types.js';

/**
 * Index hops over a flat thread. Each holds because rows are in pre-order: a subtree is
 * the contiguous run row..end[row], so the row right after it is either the next sibling
 * (same depth) or belongs to an ancestor's later sibling (smaller depth).
 */

/** Number of replies below `row`, at any depth. */
export function descendantCount(thread: Thread, row: number): number {
	return thread.end[row]! - row;
}

/** Whether `row` has at least one reply. */
export function hasReplies(thread: Thread, row: number): boolean {
	return thread.end[row]! > row;
}

/** The next sibling of `row`, or -1 when it is the last of its parent's replies. */
export function nextSibling(thread: Thread, row: number): number {
	const after = thread.end[row]! + 1;
	return after < thread.size && thread.depth[after] === thread.depth[row] ? after : -1;
}

/**
 * The previous sibling of `row`, or -1. Found by walking back from the row before it
 * through ancestors until one sits at `row`'s depth: O(depth), not O(rows).
 */
export function previousSibling(thread: Thread, row: number): number {
	const parent = thread.parent[row]!;
	let candidate = row - 1;
	while (candidate > parent) {
		if (thread.depth[candidate] === thread.depth[row]) {
			return candidate;
		}
		candidate = thread.parent[candidate]!;
	}
	return -1;
}

/** The top-level comment whose thread holds `row`. */
export function threadRoot(thread: Thread, row: number): number {
	let current = row;
	while (thread.parent[current]! >= 0) {
		current = thread.parent[current]!;
	}
	return current;
}

const threadCounts = new WeakMap<Thread, number>();

/** Number of top-level comments (threads); counted once per thread (threads never change). */
export function countThreads(thread: Thread): number {
	let count = threadCounts.get(thread);
	if (count === undefined) {
		count = 0;
		for (let row = 0; row < thread.size; row = thread.end[row]! + 1) {
			count++;
		}
		threadCounts.set(thread, count);
	}
	return count;
}

/** The rows from the top-level ancestor down to `row`'s parent, outermost first. */
export function ancestorsOf(thread: Thread, row: number): number[] {
	const chain: number[] = [];
	for (let p = thread.parent[row]!; p >= 0; p = thread.parent[p]!) {
		chain.push(p);
	}
	return chain.reverse();
}
