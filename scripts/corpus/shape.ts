import {chance, geometric, type Random} from './random.js';

/**
 * Splits `total` into `parts` non-negative integers that sum to exactly `total`,
 * unevenly (a few big threads, many small ones, as on a news site). The remainder
 * of the rounding goes one by one to the first parts, so the sum is exact.
 */
export function splitCount(random: Random, total: number, parts: number): number[] {
	if (parts === 0) {
		return [];
	}

	const weights: number[] = [];
	let sum = 0;
	for (let index = 0; index < parts; index++) {
		const weight = 0.05 + random() ** 3;
		weights.push(weight);
		sum += weight;
	}

	const counts = weights.map((weight) => Math.floor((total * weight) / sum));
	let left = total - counts.reduce((a, b) => a + b, 0);
	for (let index = 0; left > 0; index = (index + 1) % parts, left--) {
		counts[index] = (counts[index] ?? 0) + 1;
	}

	return counts;
}

/**
 * The depth of the next comment after one at depth `previous` (-1: none yet in
 * this article), never more than `previous + 1` (a header can only open a reply
 * to the comment above it) nor `maxDepth`. About a third start a new thread, a
 * reply is likelier under a shallow comment than a deep one, and the rest climb
 * back a few levels to answer an ancestor: most comments end up shallow.
 */
export function nextDepth(random: Random, previous: number, maxDepth: number): number {
	if (previous < 0 || chance(random, 0.32)) {
		return 0;
	}

	if (chance(random, 0.55 * 0.8 ** previous)) {
		return Math.min(previous + 1, maxDepth);
	}

	return Math.max(0, previous - geometric(random, 0.45, previous));
}
