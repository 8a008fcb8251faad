import {Buffer} from 'node:buffer';

/** How many leading bytes are checked for NUL to call a file binary (as git and grep do). */
export const binaryProbeBytes = 64 * 1024;

/** Whether the bytes start with a UTF-16 byte-order mark (little or big endian). */
export function utf16Kind(bytes: Uint8Array): 'le' | 'be' | null {
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
		return 'le';
	}
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
		return 'be';
	}
	return null;
}

/**
 * Whether the first bytes of an input say it is binary: a NUL byte in the first 64 KiB
 * of something that is not UTF-16. A NUL later in a text file is kept and shown as a
 * placeholder; one up front means it is not thread text at all.
 */
export function looksBinary(head: Uint8Array): boolean {
	if (utf16Kind(head) !== null) {
		return false;
	}
	const limit = Math.min(head.length, binaryProbeBytes);
	return head.subarray(0, limit).includes(0);
}

/**
 * The input as UTF-8 bytes: UTF-16 with a byte-order mark is converted (the mark becomes
 * a UTF-8 one, which the parser drops); anything else is passed through untouched, since
 * the parser decodes UTF-8 leniently.
 */
export function toUtf8(bytes: Buffer): Buffer {
	const kind = utf16Kind(bytes);
	if (kind === null) {
		return bytes;
	}
	let source = bytes;
	if (kind === 'be') {
		source = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
		source.swap16();
	}
	return Buffer.from(new TextDecoder('utf-16le').decode(source), 'utf8');
}
