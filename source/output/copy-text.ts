import {Buffer} from 'node:buffer';
import {nextBoundary} from '../text/graphemes.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import type {Thread} from '../model/types.js';
import {commentBlock} from './thread-text.js';
import {labels} from '../text/glyphs.js';

/** A comment as copied with `y`: its author on the first line, then its text; sanitized. */
export function commentCopy(thread: Thread, row: number): string {
	const author = thread.author[row] === '' ? labels.anonymous : sanitizeLine(thread.author[row]!);
	const text = thread.text[row]!;
	return text === '' ? author : `${author}\n${sanitizeText(text)}`;
}

/**
 * A comment and all its replies as copied with `Y`: indented text written by the thread
 * format's writer (`commentBlock`: a `•` header per comment, two columns a level starting
 * at two, the text two columns deeper), so it pastes readably and comb reads it back as
 * the comments of an untitled article (a text line that itself starts with a bullet would
 * read as a reply). Sanitized: nothing copied can carry an escape sequence into the
 * terminal it is pasted in.
 */
export function threadCopy(thread: Thread, root: number): string {
	const blocks: string[] = [];
	const base = thread.depth[root]!;
	for (let row = root; row <= thread.end[root]!; row++) {
		const author = thread.author[row] === '' ? '' : sanitizeLine(thread.author[row]!).trimEnd();
		const text = thread.text[row]!;
		// One level in even for the first comment: unindented, comb would read it as a title.
		blocks.push(commentBlock(thread.depth[row]! - base + 1, author, text === '' ? [] : sanitizeText(text).split('\n')));
	}
	// Blocks end in a line break; a copy does not.
	return blocks.join('\n').slice(0, -1);
}

/** The most a copy sends: terminals drop larger OSC 52 payloads (xterm's default limit is near this). */
export const maxCopyBytes = 100_000;

/** What a copy put on the clipboard. */
export interface CopyResult {
	/** The escape sequences to write to the terminal. */
	readonly sequence: string;
	/** Whether the text was cut to `maxCopyBytes`. */
	readonly isCut: boolean;
	/** Characters (code points) sent, and of the whole text. */
	readonly characters: number;
	readonly totalCharacters: number;
	/** UTF-8 bytes sent. */
	readonly bytes: number;
}

/**
 * `text` cut to at most `limit` UTF-8 bytes at a grapheme boundary (never inside a
 * character, nor between an emoji and its skin tone), or `text` itself when it fits.
 * Linear in `limit`: graphemes are looked for only in the last 256 units before the cut.
 */
export function cutToBytes(text: string, limit: number): string {
	if (Buffer.byteLength(text) <= limit) {
		return text;
	}
	// The longest prefix of whole code points within the limit, UTF-8 sizes counted by hand.
	let bytes = 0;
	let end = 0;
	while (end < text.length) {
		const unit = text.charCodeAt(end);
		const isPair = unit >= 0xd8_00 && unit <= 0xdb_ff && end + 1 < text.length;
		const size = unit < 0x80 ? 1 : unit < 0x8_00 ? 2 : isPair ? 4 : 3;
		if (bytes + size > limit) {
			break;
		}
		bytes += size;
		end += isPair ? 2 : 1;
	}
	// Back to the last grapheme boundary at or before it, looking only at a short window.
	let boundary = Math.max(0, end - 256);
	for (let next = boundary; next <= end && next < text.length; next = nextBoundary(text, next)) {
		boundary = next;
	}
	return text.slice(0, boundary);
}

const codePoints = (text: string): number => {
	let count = 0;
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		if (unit < 0xd8_00 || unit > 0xdb_ff) {
			count++;
		}
	}
	return count;
};

/**
 * The OSC 52 sequence that puts `text` on the clipboard of the terminal the user sits
 * at, even over SSH. Inside tmux the plain sequence goes first (tmux with
 * `set-clipboard on` keeps it and passes it on), then the same wrapped in tmux's
 * pass-through envelope (for `allow-passthrough on`); inside GNU screen only the wrapped
 * one gets through. Text past `maxCopyBytes` is cut between two characters (see
 * `cutToBytes`), and the result says how much was sent.
 */
export function osc52(text: string, env: NodeJS.ProcessEnv): CopyResult {
	const sent = cutToBytes(text, maxCopyBytes);
	const bytes = Buffer.from(sent, 'utf8');
	const payload = `\u001B]52;c;${bytes.toString('base64')}\u0007`;
	const result = {
		isCut: sent.length < text.length,
		characters: codePoints(sent),
		totalCharacters: codePoints(text),
		bytes: bytes.length,
	};
	if (env['TMUX']) {
		return {sequence: `${payload}\u001BPtmux;${payload.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`, ...result};
	}
	if ((env['TERM'] ?? '').startsWith('screen')) {
		return {sequence: `\u001BP${payload}\u001B\\`, ...result};
	}
	return {sequence: payload, ...result};
}
