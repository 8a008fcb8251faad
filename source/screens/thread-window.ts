import {
	contentHeight,
	contentWidth,
	type ExplorerState,
	type Marks,
	type ThreadState,
} from '../explorer/explorer-state.js';
import type {CommentMark} from '../layout/comment-lines.js';
import type {ScreenLine, Segment} from '../layout/screen-line.js';
import {countLabel, formatCount} from '../text/format-count.js';
import {maxGuideLevels} from '../layout/guides.js';
import type {ExplorerContext} from '../explorer/context.js';
import {shownFor, walkerFor} from '../explorer/window/walker.js';
import {isMatchRow} from '../explorer/moves/search-steps.js';
import type {Thread} from '../model/types.js';
import {ancestorsOf, threadRoot} from '../model/rows.js';
import {sanitizeLine} from '../text/sanitize.js';
import {windowSlices} from '../explorer/window/viewport.js';
import {headItem} from '../model/visibility.js';
import {linkLines} from './line-links.js';
import {glyphsFor, labels} from '../text/glyphs.js';

/** One line of the thread's window, ready to draw. */
export interface WindowLine {
	readonly line: ScreenLine;
	readonly isFocused: boolean;
	/** The first line of its item that is on screen. */
	readonly isFirstLine: boolean;
	/** Stable identity for the view: item and line number within it. */
	readonly key: string;
}

/**
 * The lines on screen for the open article: only the items in the window are laid out
 * (their wrapping cached), so this costs the same at 1,000,000 comments as at ten.
 */
export function threadWindow(state: ExplorerState, thread: ThreadState, context: ExplorerContext): WindowLine[] {
	const walker = walkerFor(state, thread, context);
	const shown = shownFor(thread, context);
	const rows = context.articles[thread.article]!.thread;
	const layout = context.layout(thread.article, contentWidth(state.columns), state.isCompact, thread.isBodyFolded);
	const lines: WindowLine[] = [];
	const recall = context.recall;
	const fresh = recall === null ? [] : recall.newRows(thread.article);
	for (const slice of windowSlices(thread.scroll, walker, contentHeight(state.rows))) {
		const badges =
			recall === null || slice.item === headItem
				? undefined
				: {isNew: isListed(fresh, slice.item), isStarred: recall.isStarred(thread.article, slice.item)};
		const plainLines = layout.lines(
			slice.item,
			shown,
			slice.item === headItem ? null : markOf(rows, thread.marks, slice.item),
			badges,
		);
		const isMatch = thread.search !== null && isMatchRow(thread.search, context, thread.article, slice.item);
		const matched = isMatch ? plainLines.map((line) => highlightTerms(line, thread.search!.terms)) : plainLines;
		const fullText = slice.item === headItem ? context.articles[thread.article]!.body : rows.text[slice.item]!;
		const itemLines = linkLines(matched, fullText);
		const gap = slice.item === headItem ? 0 : layout.gapBefore(slice.item, shown);
		const end = itemLines.length - layout.gapAfter(slice.item, shown);
		for (let index = slice.from; index < slice.to; index++) {
			lines.push({
				line: itemLines[index] ?? [],
				isFocused: slice.item === thread.focus && index >= gap && index < end,
				isFirstLine: index === Math.max(slice.from, gap),
				key: `${slice.item}:${index}`,
			});
		}
	}
	return lines;
}

/** Whether `row` is in the sorted `rows` (binary search: a million new rows cost 20 steps). */
function isListed(rows: readonly number[], row: number): boolean {
	let low = 0;
	let high = rows.length - 1;
	while (low <= high) {
		const middle = (low + high) >>> 1;
		const value = rows[middle]!;
		if (value === row) {
			return true;
		}
		if (value < row) {
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return false;
}

/** The comment rows in the window of the open article (the head left out): what counts as seen. */
export function rowsOnScreen(state: ExplorerState, thread: ThreadState, context: ExplorerContext): number[] {
	const walker = walkerFor(state, thread, context);
	return windowSlices(thread.scroll, walker, contentHeight(state.rows))
		.map((slice) => slice.item)
		.filter((item) => item !== headItem);
}

/**
 * A line with every occurrence of the search's matched words (any case) set in the
 * `match` style, in its plain text only (not guides or names). A word the wrap split in
 * two is not found: highlighting is a guide for the eye, the match itself is the focus.
 */
export function highlightTerms(line: ScreenLine, terms: readonly string[]): ScreenLine {
	if (terms.length === 0) {
		return line;
	}
	const result: Segment[] = [];
	for (const segment of line) {
		if (segment.style !== 'plain') {
			result.push(segment);
			continue;
		}
		const lower = segment.text.toLowerCase();
		let at = 0;
		while (at < segment.text.length) {
			let best = -1;
			let bestLength = 0;
			for (const term of terms) {
				const found = lower.indexOf(term, at);
				if (found >= 0 && (best < 0 || found < best || (found === best && term.length > bestLength))) {
					best = found;
					bestLength = term.length;
				}
			}
			// Lower-casing can change lengths (rare letters): then highlight nothing rather than the wrong characters.
			if (best < 0 || lower.length !== segment.text.length) {
				result.push({text: segment.text.slice(at), style: 'plain'});
				break;
			}
			if (best > at) {
				result.push({text: segment.text.slice(at, best), style: 'plain'});
			}
			result.push({text: segment.text.slice(best, best + bestLength), style: 'match'});
			at = best + bestLength;
		}
	}
	return result;
}

/**
 * The mark on a comment's author line: `o` tags replies written by their thread's
 * starter, `m` every comment by the marked author. Both can be on at once; the author
 * mark wins on the comments both would tag.
 */
export function markOf(rows: Thread, marks: Marks, row: number): CommentMark {
	const author = rows.author[row]!;
	if (marks.author !== null && author === marks.author) {
		return 'author';
	}
	if (marks.threadStarter && rows.parent[row]! >= 0 && author !== '' && author === rows.author[threadRoot(rows, row)]) {
		return 'starter';
	}
	return null;
}

/**
 * Where the focus is, for the status bar: `comment 12/340`, and the authors above it
 * when its indentation is clipped (the guides no longer show the way up).
 */
export function focusPosition(
	state: ExplorerState,
	thread: ThreadState,
	context: ExplorerContext,
	ascii: boolean,
): string {
	const {dot, chain: separator, ellipsis} = glyphsFor(ascii);
	const rows = context.articles[thread.article]!.thread;
	if (thread.focus === headItem) {
		return rows.size === 0
			? `article${dot}no comments`
			: `article${dot}${countLabel(rows.size, 'comment', 'comments')}`;
	}
	const where = `comment ${formatCount(thread.focus + 1)}/${formatCount(rows.size)}`;
	const depth = rows.depth[thread.focus]!;
	if (depth <= maxGuideLevels(contentWidth(state.columns))) {
		return where;
	}
	const chain = ancestorsOf(rows, thread.focus).map((row) => sanitizeLine(rows.author[row]!) || labels.anonymous);
	const shown = chain.length > 4 ? [...chain.slice(0, 1), ellipsis, ...chain.slice(-2)] : chain;
	return `${where}${dot}depth ${depth}: ${shown.join(separator)}`;
}
