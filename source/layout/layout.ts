import {asciiGuides, drawnLevels, maxGuideLevels, rowGuides, unicodeGuides} from './guides.js';
import {countLabel, formatCount} from '../text/format-count.js';
import type {ShownItems} from '../model/shown-items.js';
import {countThreads, descendantCount} from '../model/rows.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import type {Article} from '../model/types.js';
import {headItem} from '../model/visibility.js';
import {displayWidth, truncateToWidth, wrapLines} from '../text/wrap.js';
import {moreLinesNote, previewLength, readingWidth} from './body-preview.js';

/** How a piece of a screen line is drawn; views map these to colour and attributes. */
export type SegmentStyle =
	| 'plain'
	| 'author'
	| 'anonymous'
	| 'guide'
	| 'title'
	| 'meta'
	| 'badge'
	| 'summary'
	| 'context'
	| 'mark'
	| 'match'
	| 'link';

/** A tag on a comment's author line: a reply by its thread's starter (`o`), or by the marked author (`m`). */
export type CommentMark = 'starter' | 'author' | null;

/** A run of sanitized text in one style. */
export interface Segment {
	readonly text: string;
	readonly style: SegmentStyle;
	/** For a `link`: the URL it points to (safe: http, https or mailto, no control characters). */
	readonly url?: string;
}

/** One screen line: segments drawn left to right, never wider than the layout width. */
export type ScreenLine = readonly Segment[];

/** What the layout of a thread depends on besides the folds. */
export interface LayoutOptions {
	/** Columns available to items (the view's focus gutter excluded). */
	readonly width: number;
	/** One line per comment. */
	readonly isCompact: boolean;
	/** The article body hidden, its head reduced to one line. */
	readonly isBodyFolded: boolean;
	/** ASCII guides and punctuation. */
	readonly ascii: boolean;
	/** The reading width: comment and article text wrap at most this wide (the guides are outside it); 0 or absent: the full width. */
	readonly textWidth?: number;
}

/**
 * The screen lines of a thread's items, cached: a comment's body is sanitized and wrapped
 * once per layout (one layout per width and view mode), so moving the focus never wraps
 * anything again, and only the items in the window are ever laid out.
 */
export class ThreadLayout {
	private readonly wrapped = new Map<number, readonly string[]>();
	private readonly levels: number;
	private readonly glyphs;
	private headLines: ScreenLine[] | undefined;

	constructor(
		private readonly article: Article,
		readonly options: LayoutOptions,
	) {
		this.levels = maxGuideLevels(options.width);
		this.glyphs = options.ascii ? asciiGuides : unicodeGuides;
	}

	/** Lines `item` takes on screen as `shown` shows it: at least 1. */
	height(item: number, shown: ShownItems): number {
		if (item === headItem) {
			return this.head().length;
		}
		const lead = this.gapBefore(item, shown);
		if (this.options.isCompact) {
			return 1 + lead;
		}
		if (shown.isFolded(item) || shown.isContext(item)) {
			return 1 + lead + (this.article.thread.text[item] === '' ? 0 : 1);
		}
		return 1 + lead + this.body(item).length;
	}

	/**
	 * The screen lines of `item` as `shown` shows it: a folded comment or a filter's context
	 * is its author line and first body line; `mark` tags the author line (`o`, `m`).
	 */
	lines(item: number, shown: ShownItems, mark: CommentMark = null): ScreenLine[] {
		if (item === headItem) {
			return this.head();
		}
		const thread = this.article.thread;
		const isContext = shown.isContext(item);
		const isSummary = shown.isFolded(item) || isContext;
		const guides = rowGuides(thread, item, this.levels, this.glyphs, shown.isFolded(item));
		const hidden = shown.hiddenBefore(item);
		const lines: ScreenLine[] =
			hidden > 0
				? [[{text: `${this.ellipsis()} ${formatCount(hidden)} hidden`, style: 'summary'}]]
				: this.gapBefore(item, shown) === 1
					? [[]]
					: [];
		const authorLine: Segment[] = [{text: guides.head, style: 'guide'}];
		if (guides.clippedDepth !== null) {
			authorLine.push({text: `[${guides.clippedDepth}] `, style: 'badge'});
		}
		const author = thread.author[item]!;
		const authorStyle: SegmentStyle = isContext ? 'context' : author === '' ? 'anonymous' : 'author';
		authorLine.push({text: author === '' ? '(anonymous)' : sanitizeLine(author), style: authorStyle});
		if (mark !== null) {
			authorLine.push({text: mark === 'starter' ? ' [OP]' : this.options.ascii ? ' *' : ' ★', style: 'mark'});
		}
		const replies = descendantCount(thread, item);
		if (shown.isFolded(item) && replies > 0) {
			authorLine.push({text: ` +${countLabel(replies, 'reply', 'replies')}`, style: 'summary'});
		}
		const bodyStyle: SegmentStyle = isContext ? 'context' : 'summary';
		if (this.options.isCompact) {
			const used = segmentsWidth(authorLine);
			const first = this.body(item)[0] ?? '';
			// More lines than the first: an ellipsis says so even when the first fills the row exactly.
			const more = this.body(item).length > 1 ? this.ellipsis() : '';
			if (first !== '' && used + 3 < this.options.width) {
				authorLine.push({
					text: `  ${truncateToWidth(first.trimStart() + more, this.options.width - used - 2, this.ellipsis())}`,
					style: bodyStyle,
				});
			}
			lines.push(clip(authorLine, this.options.width, this.ellipsis()));
			return lines;
		}
		lines.push(clip(authorLine, this.options.width, this.ellipsis()));
		const body = this.body(item);
		if (isSummary) {
			if (body.length > 0) {
				const more = body.length > 1 ? this.ellipsis() : '';
				const room = this.options.width - displayWidth(guides.body);
				lines.push([
					{text: guides.body, style: 'guide'},
					{text: truncateToWidth(body[0]! + more, room, this.ellipsis()), style: bodyStyle},
				]);
			}
			return lines;
		}
		for (const row of body) {
			lines.push(
				row === ''
					? [{text: guides.body.trimEnd(), style: 'guide'}]
					: [
							{text: guides.body, style: 'guide'},
							{text: row, style: 'plain'},
						],
			);
		}
		return lines;
	}

	/**
	 * Lines drawn above `item` that are not part of the comment: a blank line before each
	 * top-level comment after the first, or under an author filter a `… N hidden` line
	 * where comments were left out. The focus marker skips them.
	 */
	gapBefore(item: number, shown: ShownItems): number {
		if (shown.hiddenBefore(item) > 0) {
			return 1;
		}
		return !this.options.isCompact && item > 0 && this.article.thread.depth[item] === 0 ? 1 : 0;
	}

	private ellipsis(): string {
		return this.options.ascii ? '...' : '…';
	}

	/** The body of `row`, sanitized and wrapped to the room its guides leave; cached. */
	private body(row: number): readonly string[] {
		let rows = this.wrapped.get(row);
		if (rows === undefined) {
			const text = this.article.thread.text[row]!;
			const depth = drawnLevels(this.article.thread.depth[row]!, this.levels);
			const room = readingWidth(Math.max(10, this.options.width - (depth + 1) * 3), this.options.textWidth);
			rows = text === '' ? [] : wrapLines(sanitizeText(text), room);
			this.wrapped.set(row, rows);
		}
		return rows;
	}

	private head(): ScreenLine[] {
		if (this.headLines !== undefined) {
			return this.headLines;
		}
		const {article, options} = this;
		const dot = options.ascii ? ' - ' : ' · ';
		const thread = article.thread;
		const meta = [
			...(article.date === null ? [] : [article.date]),
			countLabel(thread.size, 'comment', 'comments'),
			countLabel(countThreads(thread), 'thread', 'threads'),
			article.source,
		].join(dot);
		const lines: ScreenLine[] = [];
		const title = article.title ?? `(untitled: ${article.source})`;
		for (const row of wrapLines(sanitizeLine(title), options.width)) {
			lines.push([{text: row, style: 'title'}]);
		}
		for (const row of wrapLines(sanitizeLine(meta), options.width)) {
			lines.push([{text: row, style: 'meta'}]);
		}
		if (article.body !== '') {
			lines.push([]);
			const body = wrapLines(sanitizeText(article.body), readingWidth(options.width, options.textWidth));
			let shown = options.isBodyFolded ? previewLength(body.length) : body.length;
			while (shown < body.length && shown > 1 && body[shown - 1] === '') {
				shown--;
			}
			for (const row of body.slice(0, shown)) {
				lines.push(row === '' ? [] : [{text: row, style: 'plain'}]);
			}
			if (shown < body.length) {
				lines.push([{text: moreLinesNote(body.length - shown, options.ascii), style: 'summary'}]);
			}
		}
		if (thread.size > 0) {
			lines.push([]);
		} else {
			lines.push([], [{text: 'No comments.', style: 'summary'}]);
		}
		this.headLines = lines;
		return lines;
	}
}

function segmentsWidth(segments: readonly Segment[]): number {
	let width = 0;
	for (const segment of segments) {
		width += displayWidth(segment.text);
	}
	return width;
}

/** The segments cut to `width` columns, the last kept one truncated with an ellipsis. */
function clip(segments: Segment[], width: number, ellipsis: string): Segment[] {
	if (segmentsWidth(segments) <= width) {
		return segments;
	}
	const kept: Segment[] = [];
	let room = width;
	for (const segment of segments) {
		const w = displayWidth(segment.text);
		if (w <= room) {
			kept.push(segment);
			room -= w;
		} else {
			if (room > 0) {
				kept.push({text: truncateToWidth(segment.text, room, ellipsis), style: segment.style});
			}
			break;
		}
	}
	return kept;
}
