/**
 * What a search term means: the query syntax (fzf's and fuse's extended search, plus `@`
 * for the author) and the case folding every comparison goes through. Pure; the index
 * and the engine build on it.
 */

/**
 * How a term matches. `fuzzy` (a bare word) meets a word of the text or author exactly,
 * as its start, or within the typos `typoBudget` allows (see term-plan.ts); the others are exact, case-insensitive substring tests: `exact` (`'word`)
 * anywhere, `prefix` (`^word`) at the start of the field, `suffix` (`word$`) at its end,
 * and the `inverse` kinds (`!word`, `!^word`, `!word$`) require that it does NOT occur so.
 */
export type TermKind = 'fuzzy' | 'exact' | 'prefix' | 'suffix' | 'inverse' | 'inverse-prefix' | 'inverse-suffix';

/** Where a term looks: the comment body or its author (`any`), or the author only (`@`). */
export type TermField = 'any' | 'author';

/** One term of a query; `text` is case-folded (`foldCase`), never empty. */
export interface Term {
	readonly kind: TermKind;
	readonly field: TermField;
	readonly text: string;
}

/** A parsed query: OR of groups, each an AND of terms. No group: the query matches nothing. */
export interface Query {
	readonly groups: ReadonlyArray<readonly Term[]>;
}

/**
 * Parses a query typed by a user. Space separates terms (AND); a `|` standing alone
 * separates groups (OR). A term reads `[!][@]('text | ^text | text$ | ^text$ | text)`:
 * `!` negates, `@` restricts to the author, `'` makes the rest literal (so `'$5` finds
 * "$5"), `^`/`$` anchor to the start/end of the field (of the whole comment text, as fzf
 * anchors to the whole line). `^x$` is the two terms `^x` and `x$`; `!^x$` excludes
 * comments that start or end with x. A term left empty by its operators (`'`, `!`, `@`,
 * `^`) is ignored, so half-typed operators never empty the results. Always
 * case-insensitive (no smart case): a reader searching comments rarely means the case.
 * Total: any string parses.
 */
export function parseQuery(input: string): Query {
	const groups: Term[][] = [];
	let group: Term[] = [];
	for (const token of input.split(/\s+/)) {
		if (token === '|') {
			if (group.length > 0) {
				groups.push(group);
			}
			group = [];
		} else if (token !== '') {
			group.push(...parseTerm(token));
		}
	}
	if (group.length > 0) {
		groups.push(group);
	}
	return {groups};
}

/** The terms one token stands for: none, one, or two for `^x$`. */
function parseTerm(token: string): Term[] {
	let rest = token;
	const isNegated = rest.startsWith('!');
	rest = isNegated ? rest.slice(1) : rest;
	const field: TermField = rest.startsWith('@') ? 'author' : 'any';
	rest = field === 'author' ? rest.slice(1) : rest;
	let isStart = false;
	let isEnd = false;
	let isLiteral = false;
	if (rest.startsWith("'")) {
		isLiteral = true;
		rest = rest.slice(1);
	} else {
		isStart = rest.startsWith('^');
		rest = isStart ? rest.slice(1) : rest;
		isEnd = rest.length > 1 && rest.endsWith('$');
		rest = isEnd ? rest.slice(0, -1) : rest;
	}
	if (rest === '') {
		return [];
	}
	const text = foldCase(rest);
	const make = (kind: TermKind): Term => ({kind, field, text});
	if (isStart && isEnd) {
		return isNegated ? [make('inverse-prefix'), make('inverse-suffix')] : [make('prefix'), make('suffix')];
	}
	if (isStart) {
		return [make(isNegated ? 'inverse-prefix' : 'prefix')];
	}
	if (isEnd) {
		return [make(isNegated ? 'inverse-suffix' : 'suffix')];
	}
	return [make(isNegated ? 'inverse' : isLiteral ? 'exact' : 'fuzzy')];
}

/** Whether a term excludes comments (`!`) rather than selecting them. */
export function isInverse(kind: TermKind): boolean {
	return kind.startsWith('inverse');
}

/**
 * Whether an exact (non-fuzzy) term's test holds in one folded field, negation ignored:
 * `!x` holds where `termHolds` is false for all its fields.
 */
export function termHolds(kind: TermKind, text: string, field: string): boolean {
	if (kind === 'prefix' || kind === 'inverse-prefix') {
		return field.startsWith(text);
	}
	if (kind === 'suffix' || kind === 'inverse-suffix') {
		return field.endsWith(text);
	}
	return field.includes(text);
}

/**
 * Case folding, the same for the index, the query and the highlighted ranges: each code
 * point lower-cased when that keeps its UTF-16 length (so ranges in the folded string are
 * ranges in the original; İ stays İ), and final sigma folded to σ. Fast path: one
 * `toLowerCase` (only İ changes length, and only Σ depends on context).
 */
export function foldCase(value: string): string {
	let lower = value.toLowerCase();
	if (lower.length !== value.length) {
		lower = '';
		for (const char of value) {
			const folded = char.toLowerCase();
			lower += folded.length === char.length ? folded : char;
		}
	}
	return lower.includes('ς') ? lower.replaceAll('ς', 'σ') : lower;
}

/** Word-unit classes: 0 unknown, 1 word, 2 not; filled on first use, never at load. */
const unitClass = new Uint8Array(0x10000);
const wordPattern = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether a UTF-16 unit belongs to a word: a letter, digit or mark, or half of a
 * surrogate pair (emoji and astral letters). Words are what the index stores; any
 * consistent choice keeps "the text contains a word-unit string iff one of its words
 * contains it" true, which is what lets the index answer substring tests exactly.
 */
export function isWordUnit(unit: number): boolean {
	let kind = unitClass[unit];
	if (kind === 0 || kind === undefined) {
		const isWord = (unit >= 0xd800 && unit <= 0xdfff) || wordPattern.test(String.fromCharCode(unit));
		kind = isWord ? 1 : 2;
		unitClass[unit] = kind;
	}
	return kind === 1;
}
