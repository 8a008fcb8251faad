import {chance, pick, randomInt, type Random} from './random.js';
import {firstNames, handleWords, lastNames} from './words.js';

/** One author name in a style picked at random: full name, initial, handle, nickname. */
function authorName(random: Random): string {
	switch (randomInt(random, 0, 5)) {
		case 0:
		case 1: {
			return `${pick(random, firstNames)} ${pick(random, lastNames)}`;
		}
		case 2: {
			return `${pick(random, firstNames)} ${pick(random, lastNames).charAt(0)}`;
		}
		case 3: {
			return `${pick(random, handleWords)}${randomInt(random, 1, 99)}`;
		}
		case 4: {
			const name = `${pick(random, handleWords)}_${pick(random, handleWords)}`;
			return chance(random, 0.3) ? name.toUpperCase() : name;
		}

		default: {
			return chance(random, 0.5) ? pick(random, handleWords) : pick(random, firstNames).toLowerCase();
		}
	}
}

/**
 * `size` distinct author names, trimmed and non-empty, in rank order: the caller
 * draws ranks Zipf-like, so the first names are the most active. Distinct because a
 * repeated name would merge two authors and blur the skew; a name drawn twice gets a
 * number appended.
 */
export function createAuthorPool(random: Random, size: number): string[] {
	const names = new Set<string>();
	while (names.size < size) {
		const name = authorName(random);
		names.add(names.has(name) ? `${name} ${names.size}` : name);
	}

	return [...names];
}
