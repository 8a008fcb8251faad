import {foldCase} from './query.js';
import {wordPieces} from './search-index.js';
import {typoDistance} from './typo.js';

/** Authors asked for by name, resolved against the names of the corpus. */
export interface ResolvedAuthors {
	/** Every name of the corpus equal to one asked for, case ignored. */
	readonly names: readonly string[];
	/** The names asked for that no author has, each with the closest names of the corpus. */
	readonly missing: ReadonlyArray<{readonly name: string; readonly closest: readonly string[]}>;
}

/**
 * Resolves `--author` names: case-insensitive (`verner` finds "Verner"), every spelling of
 * the corpus that folds the same is taken. A name no author has comes back in `missing`
 * with the closest names (`closestNames`), for the message that explains the empty result.
 */
export function resolveAuthors(corpusNames: readonly string[], wanted: readonly string[]): ResolvedAuthors {
	const byFolded = new Map<string, string[]>();
	for (const name of corpusNames) {
		const folded = foldCase(name);
		const list = byFolded.get(folded) ?? [];
		list.push(name);
		byFolded.set(folded, list);
	}
	const names = new Set<string>();
	const missing: Array<{name: string; closest: string[]}> = [];
	for (const name of wanted) {
		const found = byFolded.get(foldCase(name));
		if (found === undefined) {
			missing.push({name, closest: closestNames(corpusNames, name)});
		} else {
			for (const each of found) {
				names.add(each);
			}
		}
	}
	return {names: [...names], missing};
}

/**
 * Up to `count` names of `corpusNames` closest to `wanted`, closest first: a name that
 * starts with it or holds it as a word, then by the fewest edits (a swap is one) between
 * the two names or between `wanted` and a word of the name; names more than a third of
 * `wanted` away (at least 2 edits) are left out.
 */
export function closestNames(corpusNames: readonly string[], wanted: string, count = 5): string[] {
	const target = foldCase(wanted.trim());
	const limit = Math.max(2, Math.floor(target.length / 3));
	const scored: Array<[name: string, score: number]> = [];
	for (const name of new Set(corpusNames)) {
		const folded = foldCase(name);
		let score = folded.startsWith(target) ? 0 : Infinity;
		for (const [start, end] of wordPieces(folded)) {
			const word = folded.slice(start, end);
			score = Math.min(
				score,
				word === target ? 0 : word.startsWith(target) ? 1 : 2 + typoDistance(word, target, limit),
			);
		}
		score = Math.min(score, 2 + typoDistance(folded, target, limit));
		if (score !== Infinity) {
			scored.push([name, score]);
		}
	}
	scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	return scored.slice(0, count).map(([name]) => name);
}
