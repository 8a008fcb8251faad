import {Buffer} from 'node:buffer';

/**
 * Decodes bytes [start, end) as UTF-8; invalid sequences become U+FFFD, never an error.
 * Slices are always cut at line boundaries, so a multi-byte character is never split.
 */
export function decodeUtf8(bytes: Buffer, start: number, end: number): string {
	if (start >= end) {
		return '';
	}
	// V8 strings stop at about 2^29 characters: a longer value is cut, not a crash.
	return end - start > maxValueBytes
		? `${bytes.toString('utf8', start, start + maxValueBytes)}…`
		: bytes.toString('utf8', start, end);
}

/** The longest value decoded whole; anything longer is cut with an ellipsis (the parser never throws). */
export const maxValueBytes = 256 * 1024 * 1024;

/** Views any Uint8Array as a Buffer without copying (Buffer has the fast UTF-8 decoder). */
export function asBuffer(bytes: Uint8Array): Buffer {
	return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
