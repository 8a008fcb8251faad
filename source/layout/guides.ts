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
 * How many levels of guides a comment at `depth` draws before its text: its depth, at most
 * `maxLevels`. Past the limit every reply keeps the limit's indentation (never less, so
 * none is drawn left of its parent) and says its depth instead (see rowGuides).
 */
export function drawnLevels(depth: number, maxLevels: number): number {
	return Math.min(depth, maxLevels);
}

/** Per thread, the ancestor at depth `depth` of every row deeper than it (-1 above), for the last depth asked. */
const anchors = new WeakMap<Thread, {readonly depth: number; readonly rows: Int32Array}>();

/**
 * The ancestor of `row` at `depth` (the row itself when at that depth), for a row at least
 * that deep. Rows come in pre-order, so one forward pass over the thread finds all of them
 * (a parent comes before its replies); kept per thread, so a chain 100,000 deep costs one
 * pass instead of a walk up from every row.
 */
function ancestorAt(thread: Thread, row: number, depth: number): number {
	let cached = anchors.get(thread);
	if (cached === undefined || cached.depth !== depth) {
		const rows = new Int32Array(thread.size);
		for (let at = 0; at < thread.size; at++) {
			const own = thread.depth[at]!;
			rows[at] = own < depth ? -1 : own === depth ? at : rows[thread.parent[at]!]!;
		}
		cached = {depth, rows};
		anchors.set(thread, cached);
	}
	return cached.rows[row]!;
}

/**
 * The guides of `row`: for each drawn level, a pipe where the ancestor at that level has
 * a later sibling, and a branch or corner at the row's own level.
 *
 * Past `maxLevels`, a reply is indented as far as the limit and no further: its guides are
 * those of its ancestor at the limit (so the outer columns keep their meaning on every row),
 * and its author line starts in the column where that ancestor's line down to its replies
 * runs (the caller draws the reply marker there and the depth after it, see clippedDepth).
 * Its body carries that line on down while it has replies shown, so each reply of a deep
 * chain hangs from the line of the comment it answers, one below the other, instead of
 * jumping left as if it answered an ancestor. O(maxLevels) per row even at depth 100,000.
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
	const isClipped = depth > drawn;
	const segments: string[] = new Array<string>(drawn);
	let ancestor = isClipped ? ancestorAt(thread, row, drawn) : row;
	for (let level = drawn - 1; level >= 0; level--) {
		const continues = nextSibling(thread, ancestor) >= 0;
		segments[level] =
			level === drawn - 1 && !isClipped
				? continues
					? glyphs.branch
					: glyphs.last
				: continues
					? glyphs.pipe
					: glyphs.blank;
		ancestor = thread.parent[ancestor]!;
	}
	const head = segments.join('');
	if (drawn > 0 && !isClipped) {
		segments[drawn - 1] = nextSibling(thread, row) >= 0 ? glyphs.pipe : glyphs.blank;
	}
	// The line down to the replies is drawn only when they are shown below.
	const body = segments.join('') + (hasReplies(thread, row) && !isFolded ? glyphs.pipe : glyphs.blank);
	return {head, body, clippedDepth: isClipped ? depth : null};
}
