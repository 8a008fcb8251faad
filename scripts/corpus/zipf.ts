import type {Random} from './random.js';

/**
 * A sampler of ranks `0..size-1` where rank r is drawn with weight
 * `1 / (r + 1) ** exponent`: a few ranks very often, a long tail rarely — the
 * shape of who writes comments. Built once in O(size); each draw is a binary
 * search, O(log size), so a million draws over a large pool stay cheap.
 */
export function createZipfSampler(random: Random, size: number, exponent: number): () => number {
	if (!Number.isInteger(size) || size < 1) {
		throw new RangeError(`zipf: size must be a positive integer, got ${size}`);
	}

	const cumulative = new Float64Array(size);
	let total = 0;
	for (let rank = 0; rank < size; rank++) {
		total += 1 / (rank + 1) ** exponent;
		cumulative[rank] = total;
	}

	return () => {
		const target = random() * total;
		let low = 0;
		let high = size - 1;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if ((cumulative[middle] ?? total) > target) {
				high = middle;
			} else {
				low = middle + 1;
			}
		}

		return low;
	};
}
