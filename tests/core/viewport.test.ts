import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	overflowsBelow,
	revealItem,
	scrollBy,
	settle,
	windowSlices,
	type ItemWalker,
	type Scroll,
} from '../../source/explorer/window/viewport.js';

/**
 * A walker over items -1..n-2 (like the explorer's head and comments) of the given
 * heights, plus the absolute line arithmetic the tests check the window against.
 */
function walker(heights: readonly number[]) {
	const walk: ItemWalker = {
		first: -1,
		next: (item) => (item + 2 < heights.length ? item + 1 : null),
		previous: (item) => (item > -1 ? item - 1 : null),
		height: (item) => heights[item + 1]!,
	};
	const startOf = (item: number) => heights.slice(0, item + 1).reduce((sum, h) => sum + h, 0);
	const total = startOf(heights.length - 1);
	return {
		walk,
		total,
		startOf,
		/** The window's first line counted from the top of the first item. */
		top: (scroll: Scroll) => startOf(scroll.item) + scroll.line,
		/** The scroll whose first line is absolute line `line`. */
		at(line: number): Scroll {
			let item = -1;
			while (line >= heights[item + 1]!) {
				line -= heights[item + 1]!;
				item++;
			}
			return {item, line};
		},
		/** The highest valid top: the last screenful, or 0 when everything fits. */
		maxTop: (screen: number) => Math.max(0, total - screen),
	};
}

/** A valid scroll: a shown item and a line inside it. */
function expectValid(scroll: Scroll, heights: readonly number[]): void {
	expect(scroll.item).toBeGreaterThanOrEqual(-1);
	expect(scroll.item).toBeLessThan(heights.length - 1);
	expect(scroll.line).toBeGreaterThanOrEqual(0);
	expect(scroll.line).toBeLessThan(heights[scroll.item + 1]!);
}

//   item:   -1  0  1  2  3  4
const heights = [3, 2, 2, 5, 2, 2];
const w = walker(heights);

describe('revealItem', () => {
	it.each([
		// name, scroll, focus, screen, expected
		['keeps a window that already shows the focus', {item: -1, line: 0}, 1, 8, {item: -1, line: 0}],
		['moves up to an item above the window', {item: 2, line: 1}, 0, 8, {item: 0, line: 0}],
		['shows the first line of the top item when it is scrolled into', {item: 2, line: 1}, 2, 8, {item: 2, line: 0}],
		['ends the window with an item below it', {item: -1, line: 0}, 2, 8, {item: 0, line: 1}],
		['ends the window with the last item', {item: -1, line: 0}, 4, 6, {item: 2, line: 3}],
		['puts an item taller than the screen at the top', {item: -1, line: 0}, 2, 4, {item: 2, line: 0}],
		['puts an item exactly the screen high at the top', {item: -1, line: 0}, 2, 5, {item: 2, line: 0}],
	])('%s', (_name, scroll, focus, screen, expected) => {
		expect(revealItem(scroll, focus, w.walk, screen)).toEqual(expected);
	});
});

describe('overflowsBelow', () => {
	it.each([
		[{item: -1, line: 0}, 2, 8, true],
		[{item: -1, line: 0}, 1, 8, false],
		[{item: 2, line: 0}, 2, 4, true],
		[{item: 2, line: 1}, 2, 4, false],
		[{item: 2, line: 0}, 1, 4, false],
	])('%j, focus %i, screen %i: %s', (scroll, focus, screen, expected) => {
		expect(overflowsBelow(scroll, focus, w.walk, screen)).toBe(expected);
	});
});

describe('scrollBy', () => {
	it.each([
		['down inside an item', {item: -1, line: 0}, 1, 4, {item: -1, line: 1}],
		['down across items', {item: -1, line: 0}, 6, 4, {item: 1, line: 1}],
		['up across items', {item: 2, line: 1}, -4, 4, {item: 0, line: 1}],
		['never above the first item', {item: 0, line: 1}, -100, 4, {item: -1, line: 0}],
		['never past the last screenful', {item: -1, line: 0}, 100, 4, {item: 3, line: 0}],
		['not at all when everything fits', {item: -1, line: 0}, 3, 20, {item: -1, line: 0}],
		['by zero lines', {item: 2, line: 2}, 0, 4, {item: 2, line: 2}],
	])('%s', (_name, scroll, lines, screen, expected) => {
		expect(scrollBy(scroll, lines, w.walk, screen)).toEqual(expected);
	});
});

describe('settle', () => {
	it.each([
		['leaves a full screen alone', {item: 2, line: 3}, 6, {item: 2, line: 3}],
		['pulls a window with blank lines below back up', {item: 3, line: 0}, 6, {item: 2, line: 3}],
		['pulls back to the first item when everything fits', {item: 3, line: 0}, 30, {item: -1, line: 0}],
	])('%s', (_name, scroll, screen, expected) => {
		expect(settle(scroll, w.walk, screen)).toEqual(expected);
	});

	// One short item then a last item 20 lines high, on a screen of 10.
	const tallLast = walker([3, 20]);

	it('pulls a window inside a tall last item back only as far as its last screenful', () => {
		// The window shows lines 15..19 of item 0 and 5 blank lines: the last 10 lines fill it.
		expect(settle({item: 0, line: 15}, tallLast.walk, 10)).toEqual({item: 0, line: 10});
	});

	it('scrolls to the last screenful of a tall last item, not back to its top', () => {
		expect(scrollBy({item: 0, line: 5}, 10, tallLast.walk, 10)).toEqual({item: 0, line: 10});
		expect(scrollBy({item: 0, line: 10}, 1, tallLast.walk, 10)).toEqual({item: 0, line: 10});
	});
});

describe('windowSlices', () => {
	it('cuts the items to the screen, top to bottom', () => {
		expect(windowSlices({item: -1, line: 2}, w.walk, 8)).toEqual([
			{item: -1, from: 2, to: 3},
			{item: 0, from: 0, to: 2},
			{item: 1, from: 0, to: 2},
			{item: 2, from: 0, to: 3},
		]);
	});

	it('stops at the last item when the screen is taller than what is left', () => {
		expect(windowSlices({item: 3, line: 1}, w.walk, 8)).toEqual([
			{item: 3, from: 1, to: 2},
			{item: 4, from: 0, to: 2},
		]);
	});
});

// ---- properties on random heights -----------------------------------------------------

const arbitraryWindow = fc
	.record({
		heights: fc.array(fc.integer({min: 1, max: 15}), {minLength: 1, maxLength: 25}),
		screen: fc.integer({min: 1, max: 30}),
	})
	.chain(({heights, screen}) => {
		const total = heights.reduce((sum, h) => sum + h, 0);
		return fc.record({
			heights: fc.constant(heights),
			screen: fc.constant(screen),
			/** Any valid top line (settled or not). */
			anyTop: fc.integer({min: 0, max: total - 1}),
			/** A settled top line. */
			settledTop: fc.integer({min: 0, max: Math.max(0, total - screen)}),
			focus: fc.integer({min: -1, max: heights.length - 2}),
			lines: fc.integer({min: -3 * total, max: 3 * total}),
		});
	});

describe('viewport properties', () => {
	it('settle keeps the top unless the window would show blank lines, then shows the last screenful', () => {
		fc.assert(
			fc.property(arbitraryWindow, ({heights, screen, anyTop}) => {
				const v = walker(heights);
				const settled = settle(v.at(anyTop), v.walk, screen);
				expectValid(settled, heights);
				expect(v.top(settled)).toBe(Math.min(anyTop, v.maxTop(screen)));
				expect(settle(settled, v.walk, screen)).toEqual(settled);
			}),
			{numRuns: 1000},
		);
	});

	it('scrollBy moves the top by exactly the lines asked, clamped to the first and last screenful', () => {
		fc.assert(
			fc.property(arbitraryWindow, ({heights, screen, settledTop, lines}) => {
				const v = walker(heights);
				const moved = scrollBy(v.at(settledTop), lines, v.walk, screen);
				expectValid(moved, heights);
				expect(v.top(moved)).toBe(Math.min(v.maxTop(screen), Math.max(0, settledTop + lines)));
			}),
			{numRuns: 1000},
		);
	});

	it('revealItem then settle shows the focus from its first line, as much of it as fits, moving only when needed', () => {
		fc.assert(
			fc.property(arbitraryWindow, ({heights, screen, settledTop, focus}) => {
				const v = walker(heights);
				const before = v.at(settledTop);
				const after = settle(revealItem(before, focus, v.walk, screen), v.walk, screen);
				expectValid(after, heights);
				const start = v.startOf(focus);
				const end = start + heights[focus + 1]!;
				const top = v.top(after);
				expect(top).toBeLessThanOrEqual(start);
				expect(Math.min(end, top + screen)).toBe(Math.min(end, start + screen));
				const wasShownWhole = settledTop <= start && end <= settledTop + screen;
				if (wasShownWhole) {
					expect(after).toEqual(before);
				}
				const slices = windowSlices(after, v.walk, screen);
				expect(slices.find((slice) => slice.item === focus)?.from).toBe(0);
			}),
			{numRuns: 1000},
		);
	});

	it('overflowsBelow says whether the focus has lines below the window', () => {
		fc.assert(
			fc.property(arbitraryWindow, ({heights, screen, settledTop, focus}) => {
				const v = walker(heights);
				const scroll = v.at(settledTop);
				const end = v.startOf(focus) + heights[focus + 1]!;
				const isBelowTop = focus >= scroll.item;
				expect(overflowsBelow(scroll, focus, v.walk, screen)).toBe(isBelowTop && end > settledTop + screen);
			}),
			{numRuns: 1000},
		);
	});

	it('windowSlices covers the screen (or what is left) with contiguous lines', () => {
		fc.assert(
			fc.property(arbitraryWindow, ({heights, screen, anyTop}) => {
				const v = walker(heights);
				const slices = windowSlices(v.at(anyTop), v.walk, screen);
				let line = anyTop;
				for (const slice of slices) {
					expect(slice.to).toBeGreaterThan(slice.from);
					expect(slice.to).toBeLessThanOrEqual(heights[slice.item + 1]!);
					expect(v.startOf(slice.item) + slice.from).toBe(line);
					line += slice.to - slice.from;
				}
				expect(line - anyTop).toBe(Math.min(screen, v.total - anyTop));
			}),
			{numRuns: 1000},
		);
	});
});
