/**
 * A source of uniform numbers in [0, 1). It is the corpus generator's only
 * randomness, so one seed fixes every byte of the output.
 */
export type Random = () => number;

/**
 * mulberry32: a 32-bit seeded PRNG, small and fast enough for millions of draws.
 * The same `seed` (taken modulo 2^32) always yields the same sequence, on every
 * platform, because it uses only 32-bit integer arithmetic (`Math.imul`, `>>>`).
 */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** An integer in `[min, max]`, both inclusive, uniformly. */
export function randomInt(random: Random, min: number, max: number): number {
	return min + Math.floor(random() * (max - min + 1));
}

/** True with probability `p`. */
export function chance(random: Random, p: number): boolean {
	return random() < p;
}

/**
 * One element of a non-empty list, uniformly. Throws on an empty list rather than
 * return `undefined`, so callers keep a precise type.
 */
export function pick<T>(random: Random, items: readonly T[]): T {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) {
		throw new RangeError('pick: the list is empty');
	}

	return item;
}

/**
 * An index drawn by weight: `weights[i] / sum(weights)`. Used for small, fixed
 * distributions (how many lines a body has); weights must not all be zero.
 */
export function pickWeighted(random: Random, weights: readonly number[]): number {
	let total = 0;
	for (const weight of weights) {
		total += weight;
	}

	let target = random() * total;
	for (const [index, weight] of weights.entries()) {
		target -= weight;
		if (target < 0) {
			return index;
		}
	}

	return weights.length - 1;
}

/**
 * The number of failures before the first success of a trial that succeeds with
 * probability `p`, at most `limit`: a cheap long-tailed count.
 */
export function geometric(random: Random, p: number, limit: number): number {
	let count = 0;
	while (count < limit && random() >= p) {
		count++;
	}

	return count;
}
