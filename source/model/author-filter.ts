import type {Thread} from './types.js';

/** What an author filter shows of one thread. */
export interface FilterRows {
	/** The chosen authors. */
	readonly authors: ReadonlySet<string>;
	/** Rows shown, ascending: the chosen authors' comments and every ancestor of them. */
	readonly rows: Int32Array;
	/** Per row: 2 for a chosen author's comment, 1 for an ancestor shown as context, 0 hidden. */
	readonly kind: Uint8Array;
	/** Rows of the chosen authors' comments, ascending (what `n` / `N` visit). */
	readonly chosen: Int32Array;
}

/**
 * The rows an author filter shows: one pass marks the chosen authors' comments, and each
 * climbs its ancestors only until one is already marked, so the whole costs O(rows) even
 * on a chain 100,000 deep.
 */
export function filterRows(thread: Thread, authors: ReadonlySet<string>): FilterRows {
	const kind = new Uint8Array(thread.size);
	let chosenCount = 0;
	for (let row = 0; row < thread.size; row++) {
		if (!authors.has(thread.author[row]!)) {
			continue;
		}
		kind[row] = 2;
		chosenCount++;
		for (let a = thread.parent[row]!; a >= 0 && kind[a] === 0; a = thread.parent[a]!) {
			kind[a] = 1;
		}
	}
	let shownCount = 0;
	for (let row = 0; row < thread.size; row++) {
		if (kind[row]! > 0) {
			shownCount++;
		}
	}
	const rows = new Int32Array(shownCount);
	const chosen = new Int32Array(chosenCount);
	for (let row = 0, r = 0, c = 0; row < thread.size; row++) {
		if (kind[row]! > 0) {
			rows[r++] = row;
		}
		if (kind[row] === 2) {
			chosen[c++] = row;
		}
	}
	return {authors, rows, kind, chosen};
}

/** Index of the first entry of a sorted array that is >= `value` (the array's length when none). */
export function lowerBound(sorted: Int32Array, value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! < value) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return low;
}
