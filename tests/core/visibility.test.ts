import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {fromCommentTree} from '../support/tree.js';
import {
	foldAllThreads,
	foldBelowDepth,
	headItem,
	isShown,
	lastShown,
	nextShown,
	previousShown,
	visibleStandIn,
} from '../../source/model/visibility.js';
import {arbitraryFoldedThread, bruteAncestors, bruteVisible, c, rowOf} from '../support/trees.js';

// a
// ├─ b
// │  ├─ c
// │  │  └─ d
// │  └─ e
// └─ f
// g
// h
// └─ i
//    └─ j
const thread = fromCommentTree([c('a', c('b', c('c', c('d')), c('e')), c('f')), c('g'), c('h', c('i', c('j')))]);
const at = (author: string) => rowOf(thread, author);
const name = (item: number | null) => (item === null ? null : item === headItem ? 'head' : thread.author[item]);
const folds = (...authors: string[]) => new Set(authors.map(at));

/** The shown items in order, walking nextShown from the head. */
function walkDown(folded: ReadonlySet<number>): string[] {
	const items: string[] = [];
	for (let item: number | null = headItem; item !== null; item = nextShown(thread, folded, item)) {
		items.push(name(item)!);
	}
	return items;
}

describe('what is shown under folds', () => {
	it.each([
		['nothing folded', [], 'head a b c d e f g h i j'],
		['a leaf folded hides nothing', ['d'], 'head a b c d e f g h i j'],
		['b folded hides c d e', ['b'], 'head a b f g h i j'],
		['a folded hides its whole thread', ['a'], 'head a g h i j'],
		['nested folds: the outer one wins', ['b', 'c', 'a'], 'head a g h i j'],
		['the last thread folded', ['h'], 'head a b c d e f g h'],
		['the deepest reply of the last thread folded', ['i'], 'head a b c d e f g h i'],
	])('%s', (_name, folded, shown) => {
		const set = folds(...folded);
		expect(walkDown(set).join(' ')).toBe(shown);
		// previousShown walks the same list back up.
		const up: string[] = [];
		for (let item: number | null = lastShown(thread, set); item !== null; item = previousShown(thread, set, item)) {
			up.push(name(item)!);
		}
		expect(up.reverse().join(' ')).toBe(shown);
	});
});

describe('visibleStandIn and isShown', () => {
	it.each([
		// row, folds, stand-in
		['d', [], 'd'],
		['d', ['c'], 'c'],
		['d', ['b', 'c'], 'b'],
		['d', ['a', 'c'], 'a'],
		['d', ['d'], 'd'],
		['e', ['c'], 'e'],
		['j', ['h'], 'h'],
		['g', ['a', 'h'], 'g'],
	])('%s with %j folded stands as %s', (row, folded, standIn) => {
		const set = folds(...folded);
		expect(name(visibleStandIn(thread, set, at(row)))).toBe(standIn);
		expect(isShown(thread, set, at(row))).toBe(row === standIn);
	});
});

describe('ends of the list', () => {
	it('nothing comes before the head and the head comes before the first comment', () => {
		expect(previousShown(thread, new Set(), headItem)).toBeNull();
		expect(previousShown(thread, folds('a'), 0)).toBe(headItem);
		expect(nextShown(thread, new Set(), headItem)).toBe(0);
	});

	it('nothing comes after the last shown item', () => {
		expect(nextShown(thread, new Set(), at('j'))).toBeNull();
		expect(nextShown(thread, folds('h'), at('h'))).toBeNull();
	});

	it('lastShown is the stand-in of the last row, or the head of an empty thread', () => {
		expect(name(lastShown(thread, new Set()))).toBe('j');
		expect(name(lastShown(thread, folds('i')))).toBe('i');
		expect(name(lastShown(thread, folds('h', 'i')))).toBe('h');
		const empty = fromCommentTree([]);
		expect(lastShown(empty, new Set())).toBe(headItem);
		expect(nextShown(empty, new Set(), headItem)).toBeNull();
	});
});

describe('fold sets', () => {
	it.each([
		// depth, folded, shown
		[1, ['a', 'h'], 'head a g h'],
		[2, ['b', 'i'], 'head a b f g h i'],
		[3, ['c'], 'head a b c e f g h i j'],
		[4, [], 'head a b c d e f g h i j'],
		[9, [], 'head a b c d e f g h i j'],
	])('foldBelowDepth(%i) folds %j', (depth, folded, shown) => {
		const set = foldBelowDepth(thread, depth);
		expect([...set].map(name).sort()).toEqual(folded);
		expect(walkDown(set).join(' ')).toBe(shown);
	});

	it('foldAllThreads folds every top-level comment, leaving one item per thread', () => {
		const set = foldAllThreads(thread);
		expect([...set].map(name).sort()).toEqual(['a', 'g', 'h']);
		expect(walkDown(set).join(' ')).toBe('head a g h');
		expect(foldAllThreads(fromCommentTree([])).size).toBe(0);
	});
});

describe('against a brute-force visible list on random trees and folds', () => {
	it('nextShown and previousShown walk exactly the shown items, and are inverses', () => {
		fc.assert(
			fc.property(arbitraryFoldedThread(40), ({thread: random, folded}) => {
				const visible = bruteVisible(random, folded);
				const walked: number[] = [];
				for (let item: number | null = headItem; item !== null; item = nextShown(random, folded, item)) {
					walked.push(item);
				}
				expect(walked).toEqual(visible);
				for (const [index, item] of visible.entries()) {
					expect(nextShown(random, folded, item)).toBe(visible[index + 1] ?? null);
					expect(previousShown(random, folded, item)).toBe(visible[index - 1] ?? null);
				}
				expect(lastShown(random, folded)).toBe(visible.at(-1));
			}),
			{numRuns: 500},
		);
	});

	it('visibleStandIn is the outermost folded ancestor, and always shown', () => {
		fc.assert(
			fc.property(arbitraryFoldedThread(40), ({thread: random, folded}) => {
				const visible = new Set(bruteVisible(random, folded));
				for (let row = 0; row < random.size; row++) {
					const standIn = visibleStandIn(random, folded, row);
					const outermost = bruteAncestors(random, row).find((a) => folded.has(a)) ?? row;
					expect(standIn).toBe(outermost);
					expect(visible.has(standIn)).toBe(true);
					expect(isShown(random, folded, row)).toBe(visible.has(row));
				}
			}),
			{numRuns: 500},
		);
	});

	it('foldBelowDepth(d) shows exactly the rows shallower than d', () => {
		fc.assert(
			fc.property(arbitraryFoldedThread(40), fc.integer({min: 1, max: 9}), ({thread: random}, depth) => {
				const shown = bruteVisible(random, foldBelowDepth(random, depth)).slice(1);
				const expected = [...random.depth.keys()].filter((row) => random.depth[row]! < depth);
				expect(shown).toEqual(expected);
			}),
			{numRuns: 300},
		);
	});
});
