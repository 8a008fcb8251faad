import type {Action} from '../explorer/actions.js';
import type {ExplorerContext} from '../explorer/context.js';
import {
	chromeLines,
	contentHeight,
	contentWidth,
	gutterColumns,
	type ExplorerState,
} from '../explorer/explorer-state.js';
import {modeOf} from '../explorer/mode.js';
import {listLength} from '../explorer/moves/list-position.js';
import {reduce} from '../explorer/reducer.js';
import {windowSlices} from '../explorer/window/viewport.js';
import {shownFor, walkerFor} from '../explorer/window/walker.js';
import {displayWidth} from '../text/width.js';

/** Lines one wheel step scrolls, as in most terminal programs. */
export const wheelLines = 3;

/** A mouse event at a 1-based cell of the screen (see terminal/mouse.ts). */
export type Pointer =
	| {readonly kind: 'wheel'; readonly direction: 1 | -1; readonly column: number; readonly row: number}
	| {readonly kind: 'click'; readonly column: number; readonly row: number};

/**
 * What a mouse event means where it happens, as actions: the wheel scrolls whatever is
 * in front (the article's window, the list, the help, the prompt's results); a click on
 * the list selects an article, and a click on the selected one opens it; a click in an
 * article focuses the comment under it, and a click on its fold marker (the gutter and
 * guides left of its author) also folds or unfolds it. Clicks on the bars do nothing.
 */
export function mouseActions(state: ExplorerState, pointer: Pointer, context: ExplorerContext): Action[] {
	const mode = modeOf(state);
	if (pointer.kind === 'wheel') {
		const count = wheelLines;
		if (mode === 'prompt' || mode === 'picker') {
			return [{type: 'moveSelection', delta: pointer.direction}];
		}
		if (mode === 'thread') {
			return [{type: 'scrollBy', lines: pointer.direction * count}];
		}
		return [pointer.direction > 0 ? {type: 'moveDown', count} : {type: 'moveUp', count}];
	}
	const line = pointer.row - (chromeLines - 1) - 1;
	if (line < 0 || line >= contentHeight(state.rows)) {
		return [];
	}
	if (mode === 'list') {
		const position = state.list.top + line;
		if (position >= listLength(state, context)) {
			return [];
		}
		const delta = position - state.list.cursor;
		return delta === 0 ? [{type: 'openFocused'}] : [{type: 'moveDown', count: delta}];
	}
	if (mode !== 'thread' || state.thread === null) {
		return [];
	}
	return threadClick(state, line, pointer.column, context);
}

/** The comment under a click on screen line `line` (0-based below the title bar), and a fold when on its marker. */
function threadClick(state: ExplorerState, line: number, column: number, context: ExplorerContext): Action[] {
	const thread = state.thread!;
	const walker = walkerFor(state, thread, context);
	const shown = shownFor(thread, context);
	let row = 0;
	for (const slice of windowSlices(thread.scroll, walker, contentHeight(state.rows))) {
		if (line < row + slice.to - slice.from) {
			const index = slice.from + line - row;
			if (slice.item === -1) {
				return [{type: 'focusItem', item: -1}];
			}
			const layout = context.layout(thread.article, contentWidth(state.columns), state.isCompact, thread.isBodyFolded);
			const gap = layout.gapBefore(slice.item, shown);
			const itemLines = layout.lines(slice.item, shown);
			if (index < gap || index >= itemLines.length - layout.gapAfter(slice.item, shown)) {
				return [];
			}
			const authorLine = itemLines[gap] ?? [];
			const guide = authorLine[0]?.style === 'guide' ? displayWidth(authorLine[0].text) : 0;
			const rows = context.articles[thread.article]!.thread;
			const isOnMarker = index === gap && column <= gutterColumns + guide && rows.end[slice.item]! > slice.item;
			return isOnMarker
				? [{type: 'focusItem', item: slice.item}, {type: 'toggleFold'}]
				: [{type: 'focusItem', item: slice.item}];
		}
		row += slice.to - slice.from;
	}
	return [];
}

/** Applies a mouse event to the state through the one reducer. */
export function pressMouse(state: ExplorerState, pointer: Pointer, context: ExplorerContext): ExplorerState {
	let next = state;
	for (const action of mouseActions(state, pointer, context)) {
		next = reduce(next, action, context);
	}
	return next;
}
