import {headMeta, headTitle} from './article-rows.js';
import {type CommentBadges, type CommentMark, commentBody, commentLines} from './comment-lines.js';
import type {ShownItems} from '../model/shown-items.js';
import {type Glyphs, glyphsFor} from '../text/glyphs.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import type {Article} from '../model/types.js';
import {headItem} from '../model/visibility.js';
import type {ScreenLine} from './screen-line.js';
import {wrapLines} from '../text/wrap.js';
import {moreLinesNote, previewLength, readingWidth} from './body-preview.js';

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
	private readonly glyphs: Glyphs;
	private headLines: ScreenLine[] | undefined;

	constructor(
		private readonly article: Article,
		readonly options: LayoutOptions,
	) {
		this.glyphs = glyphsFor(options.ascii);
	}

	/** Lines `item` takes on screen as `shown` shows it: at least 1. */
	height(item: number, shown: ShownItems): number {
		if (item === headItem) {
			return this.head().length;
		}
		const lead = this.gapBefore(item, shown) + this.gapAfter(item, shown);
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
	 * is its author line and first body line; `mark` tags the author line (`o`, `m`), and
	 * `badges` add what comb remembers of it (new, starred).
	 */
	lines(item: number, shown: ShownItems, mark: CommentMark = null, badges?: CommentBadges): ScreenLine[] {
		if (item === headItem) {
			return this.head();
		}
		const hiddenBefore = shown.hiddenBefore(item);
		return commentLines(this.article.thread, item, this.body(item), {
			width: this.options.width,
			glyphs: this.glyphs,
			isCompact: this.options.isCompact,
			isFolded: shown.isFolded(item),
			isContext: shown.isContext(item),
			hiddenBefore,
			hiddenAfter: shown.hiddenAfter(item),
			isGapBefore: hiddenBefore === 0 && this.gapBefore(item, shown) === 1,
			mark,
			badges,
		});
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

	/**
	 * Lines drawn below `item` that are not part of the comment: under an author filter, a
	 * `… N hidden` line after the last shown comment when comments follow it. The focus
	 * marker skips it, as it skips gapBefore.
	 */
	gapAfter(item: number, shown: ShownItems): number {
		return item !== headItem && shown.hiddenAfter(item) > 0 ? 1 : 0;
	}

	/** The body of `row`, sanitized and wrapped to the room its guides leave; cached. */
	private body(row: number): readonly string[] {
		let rows = this.wrapped.get(row);
		if (rows === undefined) {
			rows = commentBody(this.article.thread, row, this.options.width, this.options.textWidth);
			this.wrapped.set(row, rows);
		}
		return rows;
	}

	private head(): ScreenLine[] {
		if (this.headLines !== undefined) {
			return this.headLines;
		}
		const {article, options} = this;
		const thread = article.thread;
		const meta = headMeta(article, this.glyphs.dot);
		const lines: ScreenLine[] = [];
		for (const row of wrapLines(sanitizeLine(headTitle(article)), options.width)) {
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
