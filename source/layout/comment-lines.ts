import {descendantCount} from '../model/rows.js';
import {commentMeta, metaLabel} from '../model/meta.js';
import type {Thread} from '../model/types.js';
import {countLabel, formatCount} from '../text/format-count.js';
import {type Glyphs, labels} from '../text/glyphs.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {displayWidth, truncateToWidth} from '../text/width.js';
import {wrapLines} from '../text/wrap.js';
import {drawnLevels, maxGuideLevels, type RowGuides, rowGuides} from './guides.js';
import {clipSegments, type ScreenLine, type Segment, type SegmentStyle, segmentsWidth} from './screen-line.js';
import {readingWidth} from './body-preview.js';

/**
 * The one layout of a comment, for every output: the explorer's ThreadLayout and
 * `--print` both turn a comment into lines here (gap, author line, wrapped body, guides,
 * depth badge), so what a reader sees on screen and on paper cannot differ.
 */

/** A tag on a comment's author line: a reply by its thread's starter (`o`), or by the marked author (`m`). */
export type CommentMark = 'starter' | 'author' | null;

/** How one comment is shown: everything its lines depend on besides the thread. */
export interface CommentShape {
	/** Columns available; no line is wider. */
	readonly width: number;
	/** Guides, ellipsis and mark glyphs (Unicode or ASCII). */
	readonly glyphs: Glyphs;
	/** The whole comment on its author line. */
	readonly isCompact: boolean;
	/** Its replies are hidden: the author line counts them and only the first body line shows. */
	readonly isFolded: boolean;
	/** Shown only as context of an author filter's match: dimmed, first body line only. */
	readonly isContext: boolean;
	/** Comments an author filter left out just before it (a `… N hidden` line when above 0). */
	readonly hiddenBefore: number;
	/** Comments an author filter left out after it, the last shown (a `… N hidden` line below it when above 0). */
	readonly hiddenAfter?: number;
	/** A blank line above it (top-level comments after the first). */
	readonly isGapBefore: boolean;
	/** Tag on the author line. */
	readonly mark: CommentMark;
	/** What comb remembers of it, after the mark: new since the last visit, starred. */
	readonly badges?: CommentBadges;
}

/** What comb remembers of a comment, shown after its author: new since the last visit (`●`), starred (`✦`). */
export interface CommentBadges {
	readonly isNew: boolean;
	readonly isStarred: boolean;
}

/** The shape of every comment of `--print`: unfolded, unfiltered, unmarked. */
export function plainShape(thread: Thread, row: number, width: number, glyphs: Glyphs): CommentShape {
	return {
		width,
		glyphs,
		isCompact: false,
		isFolded: false,
		isContext: false,
		hiddenBefore: 0,
		isGapBefore: row > 0 && thread.depth[row] === 0,
		mark: null,
	};
}

/**
 * The text of `row` sanitized and wrapped to the room its guides leave at `width` (at
 * least 10 columns), and no wider than `textWidth` when given (the reading width); no rows for an empty text. The costly part of a layout, which is why
 * the explorer caches it and asks `commentLines` with the cached rows.
 */
export function commentBody(thread: Thread, row: number, width: number, textWidth?: number): string[] {
	const text = thread.text[row]!;
	if (text === '') {
		return [];
	}
	const depth = drawnLevels(thread.depth[row]!, maxGuideLevels(width));
	return wrapLines(sanitizeText(text), readingWidth(Math.max(10, width - (depth + 1) * 3), textWidth));
}

/**
 * The author line of `row`: guides, the depth badge when the indentation is clipped, the
 * name (or `(anonymous)`), the mark, and the hidden replies of a folded comment. Every
 * output draws a comment's author line with this function, so what goes after the name
 * is added here once. Not yet clipped to the width.
 */
export function authorLine(thread: Thread, row: number, guides: RowGuides, shape: CommentShape): Segment[] {
	// Past the indentation limit: the reply marker (part of the guides, so a click on it folds) and the depth.
	const isClipped = guides.clippedDepth !== null;
	const line: Segment[] = [{text: isClipped ? guides.head + shape.glyphs.deeper : guides.head, style: 'guide'}];
	if (isClipped) {
		line.push({text: `[${guides.clippedDepth}] `, style: 'badge'});
	}
	const author = thread.author[row]!;
	const style: SegmentStyle = shape.isContext ? 'context' : author === '' ? 'anonymous' : 'author';
	line.push({text: author === '' ? labels.anonymous : sanitizeLine(author), style});
	if (shape.mark !== null) {
		line.push({text: shape.mark === 'starter' ? ` ${labels.starter}` : ` ${shape.glyphs.star}`, style: 'mark'});
	}
	if (shape.badges?.isNew === true) {
		line.push({text: ` ${shape.glyphs.newMark}`, style: 'badge'});
	}
	if (shape.badges?.isStarred === true) {
		line.push({text: ` ${shape.glyphs.starred}`, style: 'mark'});
	}
	// Time, score, note and reply target, dimmed after the name (plain text: readable without colour).
	const meta = metaLabel(commentMeta(thread, row), shape.glyphs, shape.isCompact);
	if (meta !== '') {
		line.push({text: sanitizeLine(shape.glyphs.dot + meta), style: 'meta'});
	}
	const replies = shape.isFolded ? descendantCount(thread, row) : 0;
	if (replies > 0) {
		line.push({text: ` +${countLabel(replies, 'reply', 'replies')}`, style: 'summary'});
	}
	return line;
}

/**
 * The lines of `row` shaped by `shape`, `body` being its `commentBody` at `shape.width`:
 * the gap or `… N hidden` line above it, the author line, then the body behind its
 * guides (only the first body line, cut, when folded or context; none when compact,
 * where the first body line follows the name), and the `… N hidden` line below the last
 * shown comment when an author filter hides comments after it. No line is wider than `shape.width`.
 */
export function commentLines(thread: Thread, row: number, body: readonly string[], shape: CommentShape): ScreenLine[] {
	const {width, glyphs} = shape;
	const {ellipsis} = glyphs;
	const guides = rowGuides(thread, row, maxGuideLevels(width), glyphs.guides, shape.isFolded);
	const lines: ScreenLine[] =
		shape.hiddenBefore > 0 ? [hiddenLine(shape.hiddenBefore, glyphs)] : shape.isGapBefore ? [[]] : [];
	const hiddenAfter = shape.hiddenAfter ?? 0;
	const tail: ScreenLine[] = hiddenAfter > 0 ? [hiddenLine(hiddenAfter, glyphs)] : [];
	const head = authorLine(thread, row, guides, shape);
	const bodyStyle: SegmentStyle = shape.isContext ? 'context' : 'summary';
	if (shape.isCompact) {
		const used = segmentsWidth(head);
		const first = body[0] ?? '';
		// More lines than the first: an ellipsis says so even when the first fills the row exactly.
		const more = body.length > 1 ? ellipsis : '';
		if (first !== '' && used + 3 < width) {
			head.push({text: `  ${truncateToWidth(first.trimStart() + more, width - used - 2, ellipsis)}`, style: bodyStyle});
		}
		lines.push(clipSegments(head, width, ellipsis), ...tail);
		return lines;
	}
	lines.push(clipSegments(head, width, ellipsis));
	if (shape.isFolded || shape.isContext) {
		if (body.length > 0) {
			const more = body.length > 1 ? ellipsis : '';
			const room = width - displayWidth(guides.body);
			lines.push([
				{text: guides.body, style: 'guide'},
				{text: truncateToWidth(body[0]! + more, room, ellipsis), style: bodyStyle},
			]);
		}
		lines.push(...tail);
		return lines;
	}
	for (const text of body) {
		lines.push(
			text === ''
				? [{text: guides.body.trimEnd(), style: 'guide'}]
				: [
						{text: guides.body, style: 'guide'},
						{text, style: 'plain'},
					],
		);
	}
	lines.push(...tail);
	return lines;
}

/** The line that stands for `count` comments an author filter hides (`… 3 hidden`), above or below a shown one. */
function hiddenLine(count: number, glyphs: Glyphs): ScreenLine {
	return [{text: `${glyphs.ellipsis} ${formatCount(count)} hidden`, style: 'summary'}];
}
