import {scrollBy, windowSlices, type ItemWalker, type Scroll} from './viewport.js';

/**
 * A line of context around a focus the window just followed: moving down, the line
 * after the focused comment shows below it when the window had ended with it; moving up,
 * the line before it shows above it when the window had started with it. The focus's
 * first line always stays on screen, so a comment taller than the screen is still read
 * from its start. Screens under five lines get no context (every line counts there).
 */
export function withContext(scroll: Scroll, focus: number, walker: ItemWalker, screen: number): Scroll {
	if (screen < 5) {
		return scroll;
	}
	if (scroll.item === focus && scroll.line === 0) {
		if (walker.previous(focus) === null || walker.height(focus) >= screen) {
			return scroll;
		}
		return scrollBy(scroll, -1, walker, screen);
	}
	const slices = windowSlices(scroll, walker, screen);
	const last = slices.at(-1);
	if (last === undefined || last.item !== focus || last.from !== 0 || last.to !== walker.height(focus)) {
		return scroll;
	}
	if (slices.length < 2 || walker.next(focus) === null) {
		return scroll;
	}
	return scrollBy(scroll, 1, walker, screen);
}
