import type {Buffer} from 'node:buffer';
import {IntList} from './int-list.js';
import {lazyTexts} from './lazy-texts.js';
import type {CommentMeta, Thread, ThreadMeta} from '../model/types.js';

/**
 * Builds a flat `Thread` from comment headers in source order, by docs/FORMAT.md's stack rule:
 * a header at indent c closes every open comment whose header indent is >= c, and the
 * comment left on top is its parent. Iterative, so a chain 100,000 levels deep costs no
 * stack; `end` is filled in as each comment closes (all rows added since it opened are
 * its descendants).
 */
export class ThreadBuilder {
	private readonly authors: string[] = [];
	private readonly texts: string[] = [];
	private readonly lines = new IntList();
	private readonly depths = new IntList();
	private readonly parents = new IntList();
	private readonly ends = new IntList();
	private readonly open = new IntList();
	private readonly openIndents = new IntList();
	private readonly textStarts = new IntList();
	private readonly textEnds = new IntList();
	private readonly metaRows = new IntList();
	private readonly metaTimes: (string | undefined)[] = [];
	private readonly metaScores: number[] = [];
	private readonly metaReplies: (string | undefined)[] = [];
	private readonly metaNotes: (string | undefined)[] = [];

	/**
	 * With `bytes` (the parser's input), texts are given as byte ranges (`setTextRange`)
	 * and decoded only when read; without, as strings (`setText`: trees built in tests).
	 */
	constructor(private readonly bytes?: Buffer) {}

	/** Number of comments opened so far. */
	get size(): number {
		return this.authors.length;
	}

	/** Opens a comment whose header is at `indent` columns on source line `line`; returns its row. */
	add(author: string, line: number, indent: number): number {
		while (this.open.length > 0 && this.openIndents.last() >= indent) {
			this.closeTop();
		}
		const row = this.authors.length;
		this.authors.push(author);
		if (this.bytes === undefined) {
			this.texts.push('');
		} else {
			this.textStarts.push(-1);
			this.textEnds.push(-1);
		}
		this.lines.push(line);
		this.depths.push(this.open.length);
		this.parents.push(this.open.length > 0 ? this.open.last() : -1);
		this.ends.push(row);
		this.open.push(row);
		this.openIndents.push(indent);
		return row;
	}

	/** Sets the body text of `row` (a builder made without bytes). */
	setText(row: number, text: string): void {
		this.texts[row] = text;
	}

	/** Sets the body of `row` as the input's lines [start, end) (a builder made with bytes). */
	setTextRange(row: number, start: number, end: number): void {
		this.textStarts.set(row, start);
		this.textEnds.set(row, end);
	}

	/**
	 * Gives the newest row (the last `add`ed) its metadata; values left undefined (score:
	 * NaN) were not found. Rows get metadata in ascending order, which keeps it sparse.
	 */
	setMeta(time: string | undefined, score: number, replyTo: string | undefined, note: string | undefined): void {
		if (time === undefined && Number.isNaN(score) && replyTo === undefined && note === undefined) {
			return;
		}
		this.metaRows.push(this.authors.length - 1);
		this.metaTimes.push(time);
		this.metaScores.push(score);
		this.metaReplies.push(replyTo);
		this.metaNotes.push(note);
	}

	/** Gives the newest row the metadata of `meta` (tests build trees this way). */
	setCommentMeta(meta: CommentMeta | undefined): void {
		if (meta !== undefined) {
			this.setMeta(meta.time, meta.score ?? Number.NaN, meta.replyTo, meta.note);
		}
	}

	/** Closes every open comment and returns the thread; the builder must not be reused. */
	finish(): Thread {
		while (this.open.length > 0) {
			this.closeTop();
		}
		return {
			size: this.authors.length,
			author: this.authors,
			text:
				this.bytes === undefined
					? this.texts
					: lazyTexts(this.bytes, this.textStarts.toArray(), this.textEnds.toArray()),
			line: this.lines.toArray(),
			depth: this.depths.toArray(),
			parent: this.parents.toArray(),
			end: this.ends.toArray(),
			...(this.metaRows.length > 0 ? {meta: this.finishMeta()} : {}),
		};
	}

	private finishMeta(): ThreadMeta {
		return {
			rows: this.metaRows.toArray(),
			time: this.metaTimes,
			score: Float64Array.from(this.metaScores),
			replyTo: this.metaReplies,
			note: this.metaNotes,
		};
	}

	private closeTop(): void {
		this.openIndents.pop();
		this.ends.set(this.open.pop(), this.authors.length - 1);
	}
}
