/**
 * A fast 64-bit string hash, as 16 hex digits: two independent 32-bit lanes (FNV-1a-like
 * multiply-xor over UTF-16 units with different primes, then a murmur3 finaliser each).
 * Not cryptographic: it names comments and articles in the reading state, where a
 * collision (odds ~1 in 2^64 per pair) would at worst mark one comment as already read.
 */
export function hash64(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x9e3779b9 ^ text.length;
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		a = Math.imul(a ^ unit, 0x01000193);
		b = Math.imul(b ^ unit, 0x5bd1e995);
		b ^= b >>> 15;
	}
	return hex8(finalise(a)) + hex8(finalise(b ^ a));
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
