/**
 * The typo model of fuzzy terms: how many edits a term of a given length forgives, and
 * the edit distance between a word and a term where a swap of two neighbouring letters
 * is one edit (Damerau, optimal string alignment) and an edit at the first letter costs
 * two (a reader rarely mistypes the first letter, and letting it go cheaply makes
 * `goverment` match "movement"). Pure; the term planner builds on it.
 */

/**
 * Edits a fuzzy term of `length` UTF-16 units forgives: none up to 3 units (`cat` means
 * cat), one from 4 to 7 (`watr`, `recieve`), two from 8 on (`govermnet`). Never more:
 * a third edit turns most words into other words.
 */
export function typoBudget(length: number): number {
	return length < 4 ? 0 : length < 8 ? 1 : 2;
}

let previous = new Int32Array(64);
let current = new Int32Array(64);
let before = new Int32Array(64);

/**
 * The Damerau (optimal string alignment) distance between `word` and `term`, plus one
 * when they differ at the first letter (unless the first two letters are swapped), or
 * Infinity when that is over `max`. Bounded: stops as soon as every path is over `max`.
 */
export function typoDistance(word: string, term: string, max: number): number {
	const n = term.length;
	const m = word.length;
	if (max <= 0 || Math.abs(n - m) > max || n === 0 || m === 0) {
		return word === term ? 0 : Infinity;
	}
	let extra = 0;
	if (word.charCodeAt(0) !== term.charCodeAt(0)) {
		const isSwap =
			n > 1 && m > 1 && word.charCodeAt(0) === term.charCodeAt(1) && word.charCodeAt(1) === term.charCodeAt(0);
		extra = isSwap ? 0 : 1;
	}
	const limit = max - extra;
	if (limit <= 0) {
		return Infinity;
	}
	if (n + 1 > previous.length) {
		previous = new Int32Array(2 * n + 2);
		current = new Int32Array(2 * n + 2);
		before = new Int32Array(2 * n + 2);
	}
	for (let j = 0; j <= n; j++) {
		previous[j] = j;
	}
	for (let i = 1; i <= m; i++) {
		const unit = word.charCodeAt(i - 1);
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j <= n; j++) {
			const other = term.charCodeAt(j - 1);
			let value = Math.min(previous[j - 1]! + (unit === other ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
			if (i > 1 && j > 1 && unit === term.charCodeAt(j - 2) && word.charCodeAt(i - 2) === other) {
				value = Math.min(value, before[j - 2]! + 1);
			}
			current[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) {
			return Infinity;
		}
		const spare = before;
		before = previous;
		previous = current;
		current = spare;
	}
	const distance = previous[n]! + extra;
	return distance <= max ? distance : Infinity;
}

/** How a fuzzy term met a word, best first; the cost of a match is twice its class (plus one in an author). */
export const matchClass = {exact: 0, prefix: 1, typo: 2, inside: 3, typos: 4, none: 127} as const;

/**
 * How closely the word `word` meets the fuzzy term `term` (both folded): the word itself,
 * a word it begins, one typo away, inside the word (text only, when `isInsideAllowed`),
 * two typos away, or not at all. A term of three units or fewer never takes a typo.
 */
export function wordClass(word: string, term: string, budget: number, isInsideAllowed: boolean): number {
	if (word === term) {
		return matchClass.exact;
	}
	let best: number = matchClass.none;
	const at = word.indexOf(term);
	if (at === 0) {
		return matchClass.prefix;
	}
	if (at > 0 && isInsideAllowed) {
		best = matchClass.inside;
	}
	if (budget > 0) {
		const distance = typoDistance(word, term, budget);
		if (distance === 1) {
			return matchClass.typo;
		}
		if (distance === 2 && best > matchClass.typos) {
			best = matchClass.typos;
		}
	}
	return best;
}
