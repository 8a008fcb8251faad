import type {CommentMeta} from '../model/types.js';

const unsafe = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A JSON value with every character a terminal could act on written as a `\u` escape:
 * U+0000-U+001F (JSON.stringify already does), and also DEL and the C1 controls
 * (U+007F-U+009F) and the bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E,
 * U+2066-U+2069), which JSON allows raw. The data is the same; printing it is safe.
 */
export function safeJson(value: unknown): string {
	const json = JSON.stringify(value) ?? 'null';
	unsafe.lastIndex = 0;
	return unsafe.test(json) ? json.replace(unsafe, escapeChar) : json;
}

function escapeChar(char: string): string {
	return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `"meta":{...},` with only the keys found, in the contract's order, or `""` when there is none. */
export function metaJson(meta: CommentMeta | undefined): string {
	if (meta === undefined) {
		return '';
	}
	const parts: string[] = [];
	if (meta.time !== undefined) {
		parts.push(`"time":${safeJson(meta.time)}`);
	}
	if (meta.score !== undefined) {
		parts.push(`"score":${safeJson(meta.score)}`);
	}
	if (meta.replyTo !== undefined) {
		parts.push(`"replyTo":${safeJson(meta.replyTo)}`);
	}
	if (meta.note !== undefined) {
		parts.push(`"note":${safeJson(meta.note)}`);
	}
	return parts.length === 0 ? '' : `"meta":{${parts.join(',')}},`;
}
