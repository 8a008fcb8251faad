import type {Buffer} from 'node:buffer';
import {decodeUtf8} from './decode.js';
import {IntList} from './int-list.js';
import {holdsYearOrMonth, isTimeLike} from './words.js';

/** A header's author split by M2: the name alone, and the time or note that stood beside it. */
export interface AuthorParts {
	readonly author: string;
	readonly time: string | undefined;
	readonly note: string | undefined;
}

/**
 * M2: text after the first ` · ` of the trimmed author is its `time` when time-like, else
 * its `note`; without ` · `, text after the first ` | ` is a `note` when it holds a year or
 * a month. The author is what stands before, trimmed.
 */
export function splitAuthor(raw: string): AuthorParts {
	const trimmed = raw.trim();
	const dot = trimmed.indexOf(' · ');
	if (dot >= 0) {
		const rest = trimmed.slice(dot + 3).trim();
		const author = trimmed.slice(0, dot).trim();
		return isTimeLike(rest) ? {author, time: rest, note: undefined} : {author, time: undefined, note: rest};
	}
	const bar = trimmed.indexOf(' | ');
	if (bar >= 0) {
		const rest = trimmed.slice(bar + 3).trim();
		if (holdsYearOrMonth(rest)) {
			return {author: trimmed.slice(0, bar).trim(), time: undefined, note: rest};
		}
	}
	return {author: trimmed, time: undefined, note: undefined};
}

/**
 * Author names decoded once per distinct spelling: a thread names the same few thousand
 * authors over and over, so a hash of the header's bytes finds the string decoded before
 * (one shared string instead of a million copies, and no decoding on a hit). Open
 * addressing; each known name's bytes are kept in a small buffer of their own, so a
 * comparison reads hot memory, not the first occurrence far back in the input. Names
 * longer than `maxKeyBytes`, and new names once `maxEntries` are known, are just decoded.
 * Each is split by M2 once, when first decoded.
 */
export class AuthorNames {
	private static readonly maxKeyBytes = 96;
	private static readonly maxEntries = 1 << 16;
	/** Entry index + 1 per slot (0: empty); the table is kept at most half full. */
	private slots = new Int32Array(1 << 10);
	private readonly hashes = new IntList(512);
	/** Per entry: offset of its bytes in `keys` (its length is the next offset minus this). */
	private readonly keyStarts = new IntList(512);
	private keys = new Uint8Array(1 << 14);
	private keysLength = 0;
	private readonly names: AuthorParts[] = [];

	/** The author of the header bytes [start, end) split by M2, shared with every earlier equal one. */
	get(bytes: Buffer, start: number, end: number): AuthorParts {
		const length = end - start;
		if (length > AuthorNames.maxKeyBytes) {
			return splitAuthor(decodeUtf8(bytes, start, end));
		}
		let hash = 0x811c9dc5 | 0;
		for (let i = start; i < end; i++) {
			hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
		}
		const mask = this.slots.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = this.slots[slot]! - 1;
			if (entry < 0) {
				const name = splitAuthor(decodeUtf8(bytes, start, end));
				if (this.names.length < AuthorNames.maxEntries) {
					this.slots[slot] = this.names.push(name);
					this.remember(hash, bytes, start, end);
				}
				return name;
			}
			if (this.hashes.get(entry) === hash && this.isKey(entry, bytes, start, length)) {
				return this.names[entry]!;
			}
		}
	}

	/** Whether entry `entry` holds exactly the bytes [start, start + length). */
	private isKey(entry: number, bytes: Buffer, start: number, length: number): boolean {
		const from = this.keyStarts.get(entry);
		const to = entry + 1 < this.keyStarts.length ? this.keyStarts.get(entry + 1) : this.keysLength;
		if (to - from !== length) {
			return false;
		}
		for (let i = 0; i < length; i++) {
			if (this.keys[from + i] !== bytes[start + i]) {
				return false;
			}
		}
		return true;
	}

	/** Records the newest entry's hash and bytes, and keeps the table at most half full. */
	private remember(hash: number, bytes: Buffer, start: number, end: number): void {
		this.hashes.push(hash);
		this.keyStarts.push(this.keysLength);
		if (this.keysLength + end - start > this.keys.length) {
			const bigger = new Uint8Array(this.keys.length * 2 + end - start);
			bigger.set(this.keys.subarray(0, this.keysLength));
			this.keys = bigger;
		}
		this.keys.set(bytes.subarray(start, end), this.keysLength);
		this.keysLength += end - start;
		if (this.names.length * 2 > this.slots.length) {
			this.slots = new Int32Array(this.slots.length * 2);
			const mask = this.slots.length - 1;
			for (let entry = 0; entry < this.names.length; entry++) {
				let slot = this.hashes.get(entry) & mask;
				while (this.slots[slot] !== 0) {
					slot = (slot + 1) & mask;
				}
				this.slots[slot] = entry + 1;
			}
		}
	}
}
