import {foldCase, isInverse, parseQuery, type Term, termHolds} from './query.js';
import {wordPieces} from './search-index.js';
import {expandGroup} from './term-plan.js';
import {matchClass, typoBudget, wordClass} from './typo.js';

/** A title that matches a query: its index among the titles, how well (lower is better), and where. */
export interface TitleMatch {
	readonly index: number;
	/** The sum over the query's terms of how each met the title (`matchClass`): 0 when every word is there exactly. */
	readonly cost: number;
	/** The matched characters, [start, end) in UTF-16 units of the title, in order. */
	readonly ranges: ReadonlyArray<readonly [number, number]>;
}

/** A title folded and cut into words once, so each query only compares words. */
export interface TitleWords {
	readonly folded: string;
	/** Each word's [start, end) in `folded`. */
	readonly words: ReadonlyArray<readonly [number, number]>;
	/** The words themselves, in order. */
	readonly texts: readonly string[];
}

/** `title` folded (`foldCase`) with its words. */
export function titleWords(title: string): TitleWords {
	const folded = foldCase(title);
	const words = wordPieces(folded);
	return {folded, words, texts: words.map(([start, end]) => folded.slice(start, end))};
}

/** How a term meets each distinct word, computed once per query (titles share most of their words). */
type WordClasses = Map<string, number>;

/** How one term met a folded title: its class and range, or null. */
function termMatch(
	term: Term,
	{folded: title, words, texts}: TitleWords,
	known: WordClasses,
): [number, number, number] | null {
	if (term.field === 'author') {
		return null;
	}
	if (term.kind !== 'fuzzy') {
		const at = term.kind === 'suffix' ? title.length - term.text.length : title.indexOf(term.text);
		return termHolds(term.kind, term.text, title) ? [matchClass.exact, at, at + term.text.length] : null;
	}
	const budget = typoBudget(term.text.length);
	let best: [number, number, number] | null = null;
	for (const [index, [start, end]] of words.entries()) {
		const word = texts[index]!;
		let found = known.get(word);
		if (found === undefined) {
			found = wordClass(word, term.text, budget, true);
			known.set(word, found);
		}
		if (found !== matchClass.none && (best === null || found < best[0])) {
			const inside = found === matchClass.prefix ? 0 : word.indexOf(term.text);
			const isPiece = found === matchClass.prefix || found === matchClass.inside;
			best = isPiece ? [found, start + inside, start + inside + term.text.length] : [found, start, end];
			if (found === matchClass.exact) {
				break;
			}
		}
	}
	return best;
}

/**
 * The titles that match `query`, best first, ties in the titles' order: the same query
 * language and typo rules as the comment search (a bare word meets a word of the title
 * exactly, as its start, inside it, or within the typos its length forgives; `'exact`,
 * `^start`, `end$`, `!not`, `a | b`), case-insensitive; `@author` terms never meet a title.
 * A title matches when every term of one group does; its cost is the best group's sum of
 * the terms' match classes, so exact words rank above prefixes, and those above typos.
 * A blank query matches nothing (the caller shows everything then). Titles given as
 * `titleWords` (prepared once) are not folded again: 10,000 titles match in a few ms.
 */
export function matchTitles(titles: ReadonlyArray<string | TitleWords>, query: string): TitleMatch[] {
	const groups = parseQuery(query).groups.map(expandGroup);
	if (groups.length === 0) {
		return [];
	}
	const found: TitleMatch[] = [];
	const known = new Map<Term, WordClasses>();
	const classesOf = (term: Term): WordClasses => {
		let classes = known.get(term);
		if (classes === undefined) {
			classes = new Map();
			known.set(term, classes);
		}
		return classes;
	};
	for (const [index, given] of titles.entries()) {
		const prepared = typeof given === 'string' ? titleWords(given) : given;
		const title = prepared.folded;
		let best: TitleMatch | null = null;
		for (const group of groups) {
			let cost = 0;
			const ranges: Array<[number, number]> = [];
			for (const term of group) {
				const met = isInverse(term.kind) ? null : termMatch(term, prepared, classesOf(term));
				const holds = isInverse(term.kind) ? !termHolds(term.kind, term.text, title) : met !== null;
				if (!holds) {
					cost = -1;
					break;
				}
				if (met !== null) {
					cost += met[0];
					ranges.push([met[1], met[2]]);
				}
			}
			if (cost >= 0 && (best === null || cost < best.cost)) {
				best = {index, cost, ranges: ranges.sort((a, b) => a[0] - b[0])};
			}
		}
		if (best !== null) {
			found.push(best);
		}
	}
	return found.sort((a, b) => a.cost - b.cost || a.index - b.index);
}
