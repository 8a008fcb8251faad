import {lowerBound, type FilterRows} from './author-filter.js';
import type {Thread} from './types.js';
import {headItem, lastShown, nextShown, previousShown, visibleStandIn, type FoldSet} from './visibility.js';

/**
 * Which items the thread view shows, in order: the head, then comments. Two kinds: the
 * folded tree (folds hide replies), and an author filter (the chosen authors' comments
 * with their ancestors as context, folds set aside until the filter is cleared). The
 * reducer, the window and the layout see only this interface, so every move and every
 * invariant works the same under both.
 */
export interface ShownItems {
	next(item: number): number | null;
	previous(item: number): number | null;
	/** The shown item that stands for `row` (itself when shown). */
	standIn(row: number): number;
	/** The last shown item (the head when nothing else is). */
	last(): number;
	/** Whether `row` draws folded (a summary, its replies hidden). */
	isFolded(row: number): boolean;
	/** How many comments are hidden between the shown item before `row` and `row` itself. */
	hiddenBefore(row: number): number;
	/**
	 * How many comments are hidden after `row` when it is the last shown item (0 otherwise:
	 * a run hidden before a shown item is counted by that item's `hiddenBefore`), so every
	 * hidden run has exactly one count, the tail of the article too.
	 */
	hiddenAfter(row: number): number;
	/** Whether `row` is shown only as context for a filtered comment (drawn dimmed). */
	isContext(row: number): boolean;
	/** A key that changes whenever what is shown changes (for caches). */
	readonly key: unknown;
}

/** The tree with its folds. */
export function foldedItems(thread: Thread, folded: FoldSet): ShownItems {
	return {
		next: (item) => nextShown(thread, folded, item),
		previous: (item) => previousShown(thread, folded, item),
		standIn: (row) => visibleStandIn(thread, folded, row),
		last: () => lastShown(thread, folded),
		isFolded: (row) => folded.has(row),
		hiddenBefore: () => 0,
		hiddenAfter: () => 0,
		isContext: () => false,
		key: folded,
	};
}

/** Only what an author filter shows; a binary search per step, nothing else. */
export function filteredItems(filter: FilterRows): ShownItems {
	const {rows, kind} = filter;
	return {
		next(item) {
			const index = item === headItem ? 0 : lowerBound(rows, item + 1);
			return index < rows.length ? rows[index]! : null;
		},
		previous(item) {
			if (item === headItem) {
				return null;
			}
			const index = lowerBound(rows, item) - 1;
			return index >= 0 ? rows[index]! : headItem;
		},
		standIn(row) {
			if (kind[row]! > 0) {
				return row;
			}
			// The nearest shown row before it, else after it, else the head.
			const index = lowerBound(rows, row);
			return index > 0 ? rows[index - 1]! : index < rows.length ? rows[index]! : headItem;
		},
		last: () => (rows.length > 0 ? rows[rows.length - 1]! : headItem),
		isFolded: () => false,
		hiddenBefore(row) {
			const index = lowerBound(rows, row);
			const previous = index > 0 ? rows[index - 1]! : -1;
			return row - previous - 1;
		},
		hiddenAfter(row) {
			// kind has one entry per row of the thread.
			return rows.length > 0 && row === rows[rows.length - 1] ? kind.length - row - 1 : 0;
		},
		isContext: (row) => kind[row] === 1,
		key: filter,
	};
}
