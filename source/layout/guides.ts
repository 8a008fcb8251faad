import {hasReplies, nextSibling} from '../model/rows.js';
import type {Thread} from '../model/types.js';
import type {GuideGlyphs} from '../text/glyphs.js';

/** Columns one level of guides takes. */
export const guideWidth = 3;

/**
 * How many levels of guides fit while leaving `minText` columns for text at `width`:
 * deeper comments stop indenting there and show their depth as a number instead.
 */
export function maxGuideLevels(width: number, minText = 40): number {
	return Math.max(1, Math.floor((width - minText) / guideWidth) - 1);
}

/** Guides for the author line and body lines of one comment. */
export interface RowGuides {
	/** Drawn before the author. */
	readonly head: string;
	/** Drawn before each body line (leads the eye down to the replies when there are some). */
	readonly body: string;
	/** The comment's depth when its indentation was clipped, else null. */
	readonly clippedDepth: number | null;
}

/**
 * How many levels of guides a comment at `depth` draws. Past `maxLevels` the levels
 * scrolled out of view go in blocks of half the limit, so comments near each other in
 * depth share the same clipping and their guides stay in the same columns instead of
 * shifting one level per row.
 */
export function drawnLevels(depth: number, maxLevels: number): number {
	if (depth <= maxLevels) {
		return depth;
	}
	const block = Math.max(1, Math.floor(maxLevels / 2));
	return depth - Math.ceil((depth - maxLevels) / block) * block;
}

/**
 * The guides of `row`: for each drawn level, a pipe where the ancestor at that level has
 * a later sibling, and a branch or corner at the row's own level. At most `maxLevels`
 * levels are drawn (see drawnLevels), so the cost is O(maxLevels) even at depth 100,000.
 */
export function rowGuides(
	thread: Thread,
	row: number,
	maxLevels: number,
	glyphs: GuideGlyphs,
	isFolded = false,
): RowGuides {
	const depth = thread.depth[row]!;
	const drawn = drawnLevels(depth, maxLevels);
	const segments: string[] = new Array<string>(drawn);
	let ancestor = row;
	for (let level = drawn - 1; level >= 0; level--) {
		const continues = nextSibling(thread, ancestor) >= 0;
		segments[level] =
			level === drawn - 1 ? (continues ? glyphs.branch : glyphs.last) : continues ? glyphs.pipe : glyphs.blank;
		ancestor = thread.parent[ancestor]!;
	}
	const head = segments.join('');
	if (drawn > 0) {
		segments[drawn - 1] = nextSibling(thread, row) >= 0 ? glyphs.pipe : glyphs.blank;
	}
	// The line down to the replies is drawn only when they are shown below.
	const body = segments.join('') + (hasReplies(thread, row) && !isFolded ? glyphs.pipe : glyphs.blank);
	return {head, body, clippedDepth: depth > drawn ? depth : null};
}
