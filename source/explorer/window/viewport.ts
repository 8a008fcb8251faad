/**
 * The thread's window onto its items (the head, then the shown comments), scrolled by
 * lines: items have different heights, and one taller than the screen is read by
 * scrolling through it. Every function here walks at most a screenful of items, so
 * nothing costs more with a million comments than with ten.
 */

/** The top of the window: an item and how many of its lines are scrolled off above. */
export interface Scroll {
	readonly item: number;
	readonly line: number;
}

/** How the window walks the shown items and measures them, in screen lines. */
export interface ItemWalker {
	readonly first: number;
	next(item: number): number | null;
	previous(item: number): number | null;
	/** Lines the item takes on screen; at least 1. */
	height(item: number): number;
}

/**
 * Lines from the top of the window down to the end of `target` (which must not be above
 * the window), or Infinity once that exceeds `limit` (the walk stops there).
 */
function linesThrough(scroll: Scroll, target: number, walker: ItemWalker, limit: number): number {
	let total = walker.height(scroll.item) - scroll.line;
	let item: number | null = scroll.item;
	while (item !== target) {
		item = walker.next(item!);
		if (item === null || total > limit) {
			return Number.POSITIVE_INFINITY;
		}
		total += walker.height(item);
	}
	return total;
}

/** The window whose last line is the last line of `item` (or which starts at `item` when it is taller than the screen). */
function endingWith(item: number, walker: ItemWalker, screen: number): Scroll {
	let total = walker.height(item);
	if (total >= screen) {
		return {item, line: 0};
	}
	let top = item;
	for (let before = walker.previous(top); before !== null; before = walker.previous(top)) {
		const height = walker.height(before);
		if (total + height >= screen) {
			return {item: before, line: total + height - screen};
		}
		total += height;
		top = before;
	}
	return {item: top, line: 0};
}

/**
 * Scrolls as little as possible so the focused item is on screen from its first line,
 * and as much of it as fits: above the window it becomes the top; below, the window ends
 * with it.
 */
export function revealItem(scroll: Scroll, focus: number, walker: ItemWalker, screen: number): Scroll {
	if (focus < scroll.item || (focus === scroll.item && scroll.line > 0)) {
		return {item: focus, line: 0};
	}
	if (linesThrough(scroll, focus, walker, screen) <= screen) {
		return scroll;
	}
	return endingWith(focus, walker, screen);
}

/**
 * The window moved only if the focused item is off screen: unchanged while any line of it
 * shows (the reader may be scrolled inside a tall comment, or a page may have left it
 * partly below), else moved as `revealItem` moves it.
 */
export function keepOnScreen(scroll: Scroll, focus: number, walker: ItemWalker, screen: number): Scroll {
	if (focus === scroll.item) {
		return scroll;
	}
	if (focus > scroll.item) {
		const through = linesThrough(scroll, focus, walker, screen);
		if (through !== Number.POSITIVE_INFINITY && through - walker.height(focus) < screen) {
			return scroll;
		}
	}
	return revealItem(scroll, focus, walker, screen);
}

/** Whether the focused item has lines below the window's bottom (so `j` scrolls through it). */
export function overflowsBelow(scroll: Scroll, focus: number, walker: ItemWalker, screen: number): boolean {
	return focus >= scroll.item && linesThrough(scroll, focus, walker, screen) > screen;
}

/**
 * The window moved by `lines` (down when positive), never above the first item and never
 * so far down that the screen would show space after the last item.
 */
export function scrollBy(scroll: Scroll, lines: number, walker: ItemWalker, screen: number): Scroll {
	let {item, line} = scroll;
	line += lines;
	while (line < 0) {
		const before = walker.previous(item);
		if (before === null) {
			line = 0;
			break;
		}
		item = before;
		line += walker.height(item);
	}
	for (let height = walker.height(item); line >= height; height = walker.height(item)) {
		const after = walker.next(item);
		if (after === null) {
			line = height - 1;
			break;
		}
		line -= height;
		item = after;
	}
	return settle({item, line}, walker, screen);
}

/**
 * The window pulled back up when it would leave blank lines below the last item while
 * there are items above it to show: the screen stays full whenever the thread fills it.
 */
export function settle(scroll: Scroll, walker: ItemWalker, screen: number): Scroll {
	let total = walker.height(scroll.item) - scroll.line;
	let last = scroll.item;
	for (let item = walker.next(last); item !== null && total < screen; item = walker.next(item)) {
		total += walker.height(item);
		last = item;
	}
	if (total >= screen) {
		return scroll;
	}
	// Only the top item can be the last one and taller than the screen: its last screenful
	// (endingWith would go back to its first line, so a page down at the end jumped up).
	const lastHeight = walker.height(last);
	return lastHeight >= screen ? {item: last, line: lastHeight - screen} : endingWith(last, walker, screen);
}

/** One item's part of the window: its lines [from, to) are drawn. */
export interface WindowSlice {
	readonly item: number;
	readonly from: number;
	readonly to: number;
}

/** The items in the window, top to bottom, each with the range of its lines that shows. */
export function windowSlices(scroll: Scroll, walker: ItemWalker, screen: number): WindowSlice[] {
	const slices: WindowSlice[] = [];
	let room = screen;
	let from = scroll.line;
	for (let item: number | null = scroll.item; item !== null && room > 0; item = walker.next(item)) {
		const height = walker.height(item);
		const to = Math.min(height, from + room);
		if (to > from) {
			slices.push({item, from, to});
			room -= to - from;
		}
		from = 0;
	}
	return slices;
}
