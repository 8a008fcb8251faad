import type {Buffer} from 'node:buffer';
import type {BodyLines} from './body-lines.js';
import {looksLikeDate} from './date.js';
import {decodeUtf8} from './decode.js';
import {IntList} from './int-list.js';
import {isCountLine, isDiscuzChrome, isTopChrome} from './words.js';

/** The head's date, title and body, as docs/FORMAT.md's Articles section chooses them. */
export interface HeadFields {
	date: string | null;
	title: string | null;
	body: string;
}

/** Lines longer than this (in bytes, trimmed) are never chrome, so they are not decoded to check. */
const longestChrome = 40;
/** Count lines longer than this are not looked at (a title after `3 Responses to` is short). */
const longestCountLine = 400;

/**
 * The lines of an article's head, kept as byte ranges until the head ends (its comment
 * section starts, or the article ends): the rules that drop lines at the top (H1) and at
 * the end (W1's chrome, a count line) must run before the date and title are chosen.
 */
export class HeadLines {
	/** Per line: byte offset of its first byte, or -1 for a blank line. */
	private readonly lineStarts = new IntList(32);
	private readonly indentEnds = new IntList(32);
	private readonly contentStarts = new IntList(32);
	private readonly ends = new IntList(32);
	private readonly indents = new IntList(32);

	/** Adds a non-blank head line. */
	add(lineStart: number, indentEnd: number, contentStart: number, end: number, indent: number): void {
		this.lineStarts.push(lineStart);
		this.indentEnds.push(indentEnd);
		this.contentStarts.push(contentStart);
		this.ends.push(end);
		this.indents.push(indent);
	}

	/** Adds a blank head line. */
	addBlank(): void {
		if (this.lineStarts.length > 0) {
			this.add(-1, 0, 0, 0, 0);
		}
	}

	/**
	 * Chooses the head's fields: drops H1's amounts and skip links at the top, then (with
	 * `dropDiscuzChrome`, when W1 started the section) wpDiscuz chrome at the end, then a
	 * count line that is the last non-blank line; then date, title and body. `body` is the
	 * parser's collector, borrowed. Resets the head.
	 */
	finish(bytes: Buffer, body: BodyLines, dropDiscuzChrome: boolean): HeadFields {
		const count = this.lineStarts.length;
		const trimmed = (i: number): string => decodeUtf8(bytes, this.contentStarts.get(i), this.ends.get(i)).trim();
		const isShort = (i: number, limit: number): boolean =>
			this.lineStarts.get(i) >= 0 && this.ends.get(i) - this.contentStarts.get(i) <= limit;
		let first = 0;
		while (
			first < count &&
			(this.lineStarts.get(first) < 0 || (isShort(first, longestChrome) && isTopChrome(trimmed(first))))
		) {
			first++;
		}
		let last = count - 1;
		while (last >= first && this.lineStarts.get(last) < 0) {
			last--;
		}
		if (dropDiscuzChrome) {
			while (
				last >= first &&
				(this.lineStarts.get(last) < 0 || (isShort(last, longestChrome) && isDiscuzChrome(trimmed(last))))
			) {
				last--;
			}
		}
		if (last >= first && isShort(last, longestCountLine) && isCountLine(trimmed(last))) {
			last--;
		}
		const fields: HeadFields = {date: null, title: null, body: ''};
		let i = first;
		if (i <= last) {
			const value = trimmed(i++);
			if (looksLikeDate(value)) {
				fields.date = value;
				while (i <= last && this.lineStarts.get(i) < 0) {
					i++;
				}
				if (i <= last) {
					fields.title = trimmed(i++);
				}
			} else {
				fields.title = value;
			}
		}
		body.reset();
		for (; i <= last; i++) {
			if (this.lineStarts.get(i) < 0) {
				body.addBlank();
			} else {
				body.add(this.lineStarts.get(i), this.indentEnds.get(i), this.ends.get(i), this.indents.get(i));
			}
		}
		fields.body = body.build(bytes, false);
		this.reset();
		return fields;
	}

	/** Forgets every line. */
	reset(): void {
		this.lineStarts.length = 0;
		this.indentEnds.length = 0;
		this.contentStarts.length = 0;
		this.ends.length = 0;
		this.indents.length = 0;
	}
}
