import {revealItem, scrollBy, settle, windowSlices, type ItemWalker, type Scroll} from '../window/viewport.js';
import type {ThreadState} from '../explorer-state.js';
import {withContext} from '../window/scroll-off.js';

/**
 * Moves the focus to `target` (null: stay) and brings it on screen, scrolling as little
 * as possible, plus a line of context when the window had to move (see `withContext`).
 */
export function focusStep(thread: ThreadState, target: number | null, walker: ItemWalker, screen: number): ThreadState {
	if (target === null) {
		return thread;
	}
	const revealed = settle(revealItem(thread.scroll, target, walker, screen), walker, screen);
	const isSame = revealed.item === thread.scroll.item && revealed.line === thread.scroll.line;
	return {...thread, focus: target, scroll: isSame ? revealed : withContext(revealed, target, walker, screen)};
}

/**
 * Scrolls a page (`lines`) and puts the focus on the first item that starts on the new
 * screen, so the focus follows the reading position, but never against the page's
 * direction: a focus still on screen past that item (half a page down) stays. At either
 * end, where the window cannot move, the focus goes to the first or last item instead;
 * the window stays put (it is at the end, and already shows that item).
 */
export function page(
	thread: ThreadState,
	direction: 1 | -1,
	lines: number,
	walker: ItemWalker,
	screen: number,
): ThreadState {
	const scroll: Scroll = scrollBy(thread.scroll, direction * lines, walker, screen);
	const slices = windowSlices(scroll, walker, screen);
	if (scroll.item === thread.scroll.item && scroll.line === thread.scroll.line) {
		const edge = direction > 0 ? slices.at(-1)?.item : slices[0]?.item;
		return edge === undefined ? thread : {...thread, focus: edge};
	}
	// An item that starts on screen, with more than its first line showing when that line
	// may be the blank gap above a thread (a focus there would show no focused line).
	const starting =
		slices.find((slice) => slice.from === 0 && (slice.to >= 2 || slice.to === walker.height(slice.item))) ?? slices[0];
	if (starting === undefined) {
		return thread;
	}
	const isBackwards = direction > 0 ? starting.item < thread.focus : starting.item > thread.focus;
	return {...thread, focus: isBackwards ? thread.focus : starting.item, scroll};
}
