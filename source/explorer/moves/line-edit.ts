/**
 * A line of typed text edited like a shell's: a cursor that moves by character or word
 * and to either end, typing and deleting at it, Ctrl-w (the word before) and Ctrl-k (to
 * the end). Positions are UTF-16 units that never split a surrogate pair. Pure.
 */

import type {Action, LineEdit} from '../actions.js';

/** A line and where its cursor is (0 to `text.length`). */
export interface Line {
	readonly text: string;
	readonly cursor: number;
}

const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** One code point left of `at` (not splitting a pair). */
function before(text: string, at: number): number {
	return Math.max(0, at - (at > 1 && isLow(text.charCodeAt(at - 1)) ? 2 : 1));
}

/** One code point right of `at`. */
function after(text: string, at: number): number {
	return Math.min(text.length, at + (isLow(text.charCodeAt(at + 1)) ? 2 : 1));
}

/** The start of the word before `at` (spaces skipped first), as Ctrl-w and Alt-b see it. */
function wordStart(text: string, at: number): number {
	let start = at;
	while (start > 0 && /\s/.test(text[start - 1]!)) {
		start--;
	}
	while (start > 0 && !/\s/.test(text[start - 1]!)) {
		start--;
	}
	return start;
}

/** The end of the word after `at` (spaces skipped first), as Alt-f sees it. */
function wordEnd(text: string, at: number): number {
	let end = at;
	while (end < text.length && /\s/.test(text[end]!)) {
		end++;
	}
	while (end < text.length && !/\s/.test(text[end]!)) {
		end++;
	}
	return end;
}

/** The line after one edit. */
export function editLine({text, cursor}: Line, edit: LineEdit): Line {
	switch (edit) {
		case 'left':
			return {text, cursor: before(text, cursor)};
		case 'right':
			return {text, cursor: after(text, cursor)};
		case 'home':
			return {text, cursor: 0};
		case 'end':
			return {text, cursor: text.length};
		case 'wordLeft':
			return {text, cursor: wordStart(text, cursor)};
		case 'wordRight':
			return {text, cursor: wordEnd(text, cursor)};
		case 'deleteWord': {
			const start = wordStart(text, cursor);
			return {text: text.slice(0, start) + text.slice(cursor), cursor: start};
		}
		case 'deleteForward':
			return {text: text.slice(0, cursor) + text.slice(after(text, cursor)), cursor};
		case 'killEnd':
			return {text: text.slice(0, cursor), cursor};
	}
}

/** `typed` inserted at the cursor. */
export function typeAt({text, cursor}: Line, typed: string): Line {
	return {text: text.slice(0, cursor) + typed + text.slice(cursor), cursor: cursor + typed.length};
}

/** The code point before the cursor deleted. */
export function deleteBefore({text, cursor}: Line): Line {
	const start = before(text, cursor);
	return {text: text.slice(0, start) + text.slice(cursor), cursor: start};
}

/**
 * The line after a typing action (`typeText`, `deleteBack`, `clearText`, `editLine`), or
 * null when `action` does not edit a line: one place for what typing does in every
 * line comb edits (the search prompt, the title filter), so they cannot drift apart.
 */
export function lineAfter(line: Line, action: Action): Line | null {
	switch (action.type) {
		case 'typeText':
			return typeAt(line, action.text);
		case 'deleteBack':
			return deleteBefore(line);
		case 'clearText':
			return {text: '', cursor: 0};
		case 'editLine':
			return editLine(line, action.edit);
		default:
			return null;
	}
}
