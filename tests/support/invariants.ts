import type {ExplorerContext} from '../../source/explorer/context.js';
import {contentHeight, type ExplorerState} from '../../source/explorer/explorer-state.js';
import {windowSlices} from '../../source/explorer/window/viewport.js';
import {shownFor, walkerFor} from '../../source/explorer/window/walker.js';
import {headItem, visibleStandIn} from '../../source/model/visibility.js';
import type {Article} from '../../source/model/types.js';

/** The columns of the gap line above `item` (a blank line before each thread but the first). */
function gapOf(state: ExplorerState, articleRows: Article['thread'], item: number): number {
	return !state.isCompact && item > 0 && articleRows.depth[item] === 0 ? 1 : 0;
}

/**
 * Everything that must hold after any action, as a list of problems (empty when fine):
 * the list cursor is on screen; the focus is a shown item; the window starts at a shown
 * item and a line inside it, shows the focus (past its gap line, and from its first line
 * unless the focus is the top item being read through), and has no blank lines at the
 * bottom while there is anything above it.
 */
export function invariantProblems(state: ExplorerState, context: ExplorerContext): string[] {
	const problems: string[] = [];
	const count = context.articles.length;
	const height = contentHeight(state.rows);
	const {cursor, top} = state.list;
	if (
		count === 0 ? cursor !== 0 || top !== 0 : !(top >= 0 && top <= cursor && cursor < top + height && cursor < count)
	) {
		problems.push(`list cursor ${cursor} is not on screen (top ${top}, height ${height}, ${count} articles)`);
	}
	if (state.hasQuit && state.exitCode !== 0 && state.exitCode !== 130) {
		problems.push(`exit code ${state.exitCode}`);
	}
	if (state.screen === 'thread' && state.thread === null) {
		problems.push('thread screen without a thread');
	}
	const thread = state.thread;
	if (thread === null) {
		return problems;
	}
	const rows = context.articles[thread.article]?.thread;
	if (rows === undefined) {
		return [...problems, `article ${thread.article} does not exist`];
	}
	const {focus, scroll, folded} = thread;
	// Shown: not inside a folded comment, and kept by the author filter when one is on.
	const shown = shownFor(thread, context);
	const isShownItem = (item: number) =>
		item === headItem ||
		(item >= 0 &&
			item < rows.size &&
			(thread.filter === null ? visibleStandIn(rows, folded, item) : shown.standIn(item)) === item);
	if (!isShownItem(focus)) {
		problems.push(`focus ${focus} is not shown`);
	}
	if (!isShownItem(scroll.item)) {
		return [...problems, `window top ${scroll.item} is not shown`];
	}
	const walker = walkerFor(state, thread, context);
	if (!(scroll.line >= 0 && scroll.line < walker.height(scroll.item))) {
		problems.push(`window line ${scroll.line} is outside item ${scroll.item} (height ${walker.height(scroll.item)})`);
	}
	const slices = windowSlices(scroll, walker, height);
	const focused = slices.find((slice) => slice.item === focus);
	if (focused === undefined) {
		problems.push(`focus ${focus} is off screen (window ${JSON.stringify(scroll)})`);
	} else {
		// (A one-line window, at three terminal rows or fewer, can show only that gap line.)
		if (height > 1 && focused.to <= gapOf(state, rows, focus)) {
			problems.push(`only the gap line of focus ${focus} is on screen`);
		}
		if (focused.from > 0 && focus !== scroll.item) {
			problems.push(`focus ${focus} starts above the window but is not its top item`);
		}
	}
	const shownLines = slices.reduce((sum, slice) => sum + slice.to - slice.from, 0);
	if (shownLines < height && (scroll.item !== headItem || scroll.line !== 0)) {
		problems.push(`${height - shownLines} blank lines below the last item with ${JSON.stringify(scroll)} at the top`);
	}
	return problems;
}
