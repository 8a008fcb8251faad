/**
 * A fast 64-bit hash of strings and numbers, as 16 hex digits: two independent 32-bit
 * lanes (multiply-xor-rotate over the text two UTF-16 units at a time, with different
 * primes), each finished by the murmur3 finaliser. Each part fed ends with its length, so
 * ("ab", "c") and ("a", "bc") differ. Not cryptographic: it names comments and articles
 * in the reading state, where a collision (odds ~1 in 2^64 per pair) would at worst mark
 * one comment as already read. Fed in place (no string is joined), so hashing a million
 * comments costs little more than reading their texts.
 */
export class Hasher {
	private a = 0;
	private b = 0;

	/** Starts a new hash. */
	reset(seed = 0): this {
		this.a = 0x811c9dc5 ^ seed;
		this.b = 0x9e3779b9 ^ seed;
		return this;
	}

	/** Feeds a string. */
	text(text: string): this {
		let a = this.a;
		let b = this.b;
		const length = text.length;
		let index = 0;
		for (; index + 1 < length; index += 2) {
			const unit = text.charCodeAt(index) | (text.charCodeAt(index + 1) << 16);
			a = Math.imul(a ^ unit, 0x01000193);
			a = (a << 13) | (a >>> 19);
			b = Math.imul(b ^ unit, 0x5bd1e995);
			b ^= b >>> 15;
		}
		if (index < length) {
			const unit = text.charCodeAt(index);
			a = Math.imul(a ^ unit, 0x01000193);
			b = Math.imul(b ^ unit, 0x5bd1e995);
		}
		this.a = a;
		this.b = b;
		return this.number(length);
	}

	/** Feeds a 32-bit number. */
	number(value: number): this {
		this.a = Math.imul(this.a ^ value, 0x01000193);
		this.a = (this.a << 13) | (this.a >>> 19);
		this.b = Math.imul(this.b ^ value, 0x5bd1e995);
		this.b ^= this.b >>> 15;
		return this;
	}

	/** The high 32 bits of the hash. */
	high(): number {
		return finalise(this.a);
	}

	/** The low 32 bits of the hash. */
	low(): number {
		return finalise(this.b ^ this.a);
	}
}

const shared = new Hasher();

/** The hash of one string, as 16 hex digits. */
export function hash64(text: string): string {
	shared.reset().text(text);
	return hex64(shared.high(), shared.low());
}

/** 16 hex digits of a hash's two halves. */
export function hex64(high: number, low: number): string {
	return hex8(high) + hex8(low);
}

function finalise(value: number): number {
	let h = value;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

function hex8(value: number): string {
	return value.toString(16).padStart(8, '0');
}
