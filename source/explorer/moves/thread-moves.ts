import type {Action} from '../actions.js';
import {contentHeight, type ExplorerState, type ThreadState} from '../explorer-state.js';
import type {ExplorerContext} from '../context.js';
import {focusStep, page} from './paging.js';
import {nextSibling, previousSibling, threadRoot} from '../../model/rows.js';
import {overflowsBelow, scrollBy} from '../window/viewport.js';
import {foldAllThreads, foldBelowDepth, headItem, type FoldSet} from '../../model/visibility.js';
import {shownFor, walkerFor} from '../window/walker.js';

/**
 * The thread view's part of the reducer: moves, folds, marks and stepping through matches.
 * Every move goes through the shown items (the folded tree, or an author filter), so the
 * focus can only land on something on screen.
 */
export function reduceThread(
	state: ExplorerState,
	thread: ThreadState,
	action: Action,
	context: ExplorerContext,
): ThreadState {
	const rows = context.articles[thread.article]!.thread;
	const screen = contentHeight(state.rows);
	const shown = shownFor(thread, context);
	const walker = walkerFor(state, thread, context);
	const {focus, folded} = thread;
	const isFiltered = thread.filter !== null;
	/** Moves the focus to `target` when it exists and is shown, and brings it on screen. */
	const focusOn = (target: number | null): ThreadState =>
		target === null || target < headItem || (target !== headItem && shown.standIn(target) !== target)
			? thread
			: focusStep(thread, target, walker, screen);
	/** New folds; under an author filter folds are kept for later and nothing moves. */
	const refold = (next: FoldSet): ThreadState => (isFiltered ? thread : {...thread, folded: next});
	switch (action.type) {
		case 'moveDown': {
			let next = thread;
			for (let i = 0; i < action.count; i++) {
				next = overflowsBelow(next.scroll, next.focus, walker, screen)
					? {...next, scroll: scrollBy(next.scroll, 1, walker, screen)}
					: focusStep(next, shown.next(next.focus), walker, screen);
			}
			return next;
		}
		case 'moveUp': {
			let next = thread;
			for (let i = 0; i < action.count; i++) {
				next =
					next.scroll.item === next.focus && next.scroll.line > 0
						? {...next, scroll: scrollBy(next.scroll, -1, walker, screen)}
						: focusStep(next, shown.previous(next.focus), walker, screen);
			}
			return next;
		}
		case 'pageDown':
		case 'pageUp': {
			return page(
				thread,
				action.type === 'pageDown' ? 1 : -1,
				Math.max(1, Math.floor(screen * action.fraction)),
				walker,
				screen,
			);
		}
		case 'nextSibling': {
			return focusOn(focus === headItem ? shown.next(headItem) : orNull(nextSibling(rows, focus)));
		}
		case 'previousSibling': {
			return focusOn(focus === headItem ? null : orNull(previousSibling(rows, focus)));
		}
		case 'nextThread': {
			const after = focus === headItem ? 0 : rows.end[threadRoot(rows, focus)]! + 1;
			return focusOn(after < rows.size ? shown.standIn(after) : null);
		}
		case 'previousThread': {
			if (focus <= 0) {
				return focusOn(focus === 0 ? headItem : null);
			}
			const root = threadRoot(rows, focus);
			return focusOn(root !== focus ? root : orNull(previousSibling(rows, root)));
		}
		case 'focusParent': {
			return focusOn(focus === headItem ? null : orNull(rows.parent[focus]!));
		}
		case 'foldOrParent': {
			if (focus === headItem) {
				return thread;
			}
			if (!isFiltered && rows.end[focus]! > focus && !folded.has(focus)) {
				return refold(withFold(folded, focus, true));
			}
			return focusOn(orNull(rows.parent[focus]!));
		}
		case 'unfoldOrChild': {
			if (focus === headItem) {
				return thread;
			}
			if (!isFiltered && folded.has(focus)) {
				return refold(withFold(folded, focus, false));
			}
			const next = shown.next(focus);
			return focusOn(next !== null && next <= rows.end[focus]! ? next : null);
		}
		case 'toggleFold': {
			return focus === headItem
				? {...thread, isBodyFolded: !thread.isBodyFolded}
				: refold(withFold(folded, focus, !folded.has(focus)));
		}
		case 'foldAll': {
			return refold(foldAllThreads(rows));
		}
		case 'unfoldAll': {
			return refold(new Set());
		}
		case 'unfoldToDepth': {
			return refold(foldBelowDepth(rows, action.depth));
		}
		case 'first': {
			return focusOn(headItem);
		}
		case 'last': {
			return focusOn(shown.last());
		}
		case 'toggleBody': {
			return {...thread, isBodyFolded: !thread.isBodyFolded};
		}
		case 'nextMatch':
		case 'previousMatch': {
			return stepMatch(thread, action.type === 'nextMatch' ? 1 : -1, context);
		}
		case 'toggleStarterMarks': {
			return {...thread, marks: {...thread.marks, threadStarter: !thread.marks.threadStarter}};
		}
		case 'toggleAuthorMarks': {
			const author = focus === headItem ? null : rows.author[focus]!;
			const isSame = author === null || thread.marks.author === author;
			return {...thread, marks: {...thread.marks, author: isSame ? null : author}};
		}
		default: {
			return thread;
		}
	}
}

/**
 * `n` / `N` without a search (a search is stepped by `stepSearch`): the next or previous
 * comment of the filtered authors after (before) the focus, wrapping. A comment hidden by
 * folds gets its ancestors unfolded first.
 */
function stepMatch(thread: ThreadState, direction: 1 | -1, context: ExplorerContext): ThreadState {
	const targets = thread.filter === null ? [] : context.filterRows(thread.article, thread.filter).chosen;
	if (targets.length === 0) {
		return thread;
	}
	// From wherever the focus is: the first target after it (or before it, going back).
	let index = direction > 0 ? targets.length : -1;
	for (let i = 0; i < targets.length; i++) {
		if (direction > 0 ? targets[i]! > thread.focus : targets[i]! < thread.focus) {
			index = i;
			if (direction > 0) {
				break;
			}
		}
	}
	index = (index + targets.length) % targets.length;
	const row = targets[index]!;
	const rows = context.articles[thread.article]!.thread;
	return {
		...thread,
		focus: row,
		folded: withoutAncestors(thread.folded, rows.parent, row),
		scroll: {item: row, line: 0},
	};
}

/** The folds minus every ancestor of `row`, so that `row` is shown. */
export function withoutAncestors(folded: FoldSet, parent: Int32Array, row: number): FoldSet {
	let next: Set<number> | undefined;
	for (let a = parent[row]!; a >= 0; a = parent[a]!) {
		if (folded.has(a)) {
			next ??= new Set(folded);
			next.delete(a);
		}
	}
	return next ?? folded;
}

function orNull(row: number): number | null {
	return row < 0 ? null : row;
}

function withFold(folded: FoldSet, row: number, isFolded: boolean): FoldSet {
	const next = new Set(folded);
	if (isFolded) {
		next.add(row);
	} else {
		next.delete(row);
	}
	return next;
}
