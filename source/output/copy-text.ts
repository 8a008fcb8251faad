import {Buffer} from 'node:buffer';
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

/**
 * The OSC 52 sequence that puts `text` on the clipboard of the terminal the user sits
 * at, even over SSH. Inside tmux the plain sequence goes first (tmux with
 * `set-clipboard on` keeps it and passes it on), then the same wrapped in tmux's
 * pass-through envelope (for `allow-passthrough on`); inside GNU screen only the wrapped
 * one gets through. Text past `maxCopyBytes` is cut.
 */
export function osc52(text: string, env: NodeJS.ProcessEnv): {sequence: string; isCut: boolean} {
	let bytes = Buffer.from(text, 'utf8');
	const isCut = bytes.length > maxCopyBytes;
	if (isCut) {
		bytes = bytes.subarray(0, maxCopyBytes);
	}
	const payload = `\u001B]52;c;${bytes.toString('base64')}\u0007`;
	if (env['TMUX']) {
		return {sequence: `${payload}\u001BPtmux;${payload.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`, isCut};
	}
	if ((env['TERM'] ?? '').startsWith('screen')) {
		return {sequence: `\u001BP${payload}\u001B\\`, isCut};
	}
	return {sequence: payload, isCut};
}
