import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {generateCorpusText} from '../../scripts/corpus/generate.js';
import {parseText} from '../../source/parse/parse.js';
import {
	ancestorsOf,
	countThreads,
	descendantCount,
	hasReplies,
	nextSibling,
	previousSibling,
	threadRoot,
} from '../../source/model/rows.js';
import {fromCommentTree, toCommentTree} from '../support/tree.js';
import type {Thread} from '../../source/model/types.js';
import {
	arbitraryCommentTree,
	arbitraryDepths,
	bruteAncestors,
	bruteEnd,
	bruteSiblings,
	c,
	flatThreadProblem,
	rowOf,
	threadFromDepths,
} from '../support/trees.js';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

// a
// ├─ b
// │  ├─ c
// │  │  └─ d
// │  └─ e
// └─ f
// g
// h
// └─ i
const sample = fromCommentTree([c('a', c('b', c('c', c('d')), c('e')), c('f')), c('g'), c('h', c('i'))]);

describe('rows helpers on a drawn tree', () => {
	const at = (author: string) => rowOf(sample, author);
	const name = (row: number) => (row < 0 ? null : sample.author[row]);

	it.each([
		// row, next sibling, previous sibling, thread root, ancestors, descendants
		['a', 'g', null, 'a', [], 5],
		['b', 'f', null, 'a', ['a'], 3],
		['c', 'e', null, 'a', ['a', 'b'], 1],
		['d', null, null, 'a', ['a', 'b', 'c'], 0],
		['e', null, 'c', 'a', ['a', 'b'], 0],
		['f', null, 'b', 'a', ['a'], 0],
		['g', 'h', 'a', 'g', [], 0],
		['h', null, 'g', 'h', [], 1],
		['i', null, null, 'h', ['h'], 0],
	] as const)('%s: next %s, previous %s, root %s', (author, next, previous, root, ancestors, descendants) => {
		const row = at(author);
		expect(name(nextSibling(sample, row))).toBe(next);
		expect(name(previousSibling(sample, row))).toBe(previous);
		expect(name(threadRoot(sample, row))).toBe(root);
		expect(ancestorsOf(sample, row).map(name)).toEqual(ancestors);
		expect(descendantCount(sample, row)).toBe(descendants);
		expect(hasReplies(sample, row)).toBe(descendants > 0);
	});

	it('counts the top-level threads', () => {
		expect(countThreads(sample)).toBe(3);
		expect(countThreads(fromCommentTree([]))).toBe(0);
		expect(countThreads(fromCommentTree([c('x', c('y'))]))).toBe(1);
	});
});

describe('rows helpers against brute force on random trees', () => {
	it('nextSibling, previousSibling, threadRoot, ancestorsOf, descendantCount, countThreads', () => {
		fc.assert(
			fc.property(arbitraryDepths(60), (depths) => {
				const thread = threadFromDepths(depths);
				for (let row = 0; row < thread.size; row++) {
					const siblings = bruteSiblings(thread, row);
					const index = siblings.indexOf(row);
					expect(nextSibling(thread, row)).toBe(siblings[index + 1] ?? -1);
					expect(previousSibling(thread, row)).toBe(siblings[index - 1] ?? -1);
					const ancestors = bruteAncestors(thread, row);
					expect(ancestorsOf(thread, row)).toEqual(ancestors);
					expect(threadRoot(thread, row)).toBe(ancestors[0] ?? row);
					expect(descendantCount(thread, row)).toBe(bruteEnd(thread, row) - row);
					expect(hasReplies(thread, row)).toBe(bruteEnd(thread, row) > row);
				}
				expect(countThreads(thread)).toBe(depths.filter((depth) => depth === 0).length);
			}),
			{numRuns: 300},
		);
	});
});

describe('flat-thread invariants', () => {
	/** Each row's problem as text, so a failure names the row. */
	const expectFlat = (thread: Thread) => expect(flatThreadProblem(thread)).toBeNull();

	it('hold for the drawn tree and for an empty one', () => {
		expectFlat(sample);
		expectFlat(fromCommentTree([]));
	});

	it('hold for random trees from fromCommentTree, which round-trip through toCommentTree', () => {
		fc.assert(
			fc.property(arbitraryCommentTree, (roots) => {
				const thread = fromCommentTree(roots);
				expectFlat(thread);
				expect(toCommentTree(thread)).toEqual(roots);
			}),
			{numRuns: 300},
		);
	});

	it('hold for a chain 20,000 deep (built without recursion)', () => {
		const depths = Array.from({length: 20_000}, (_, index) => index);
		const thread = threadFromDepths(depths);
		expect(thread.end[0]).toBe(19_999);
		expect(thread.parent[19_999]).toBe(19_998);
		expect(threadRoot(thread, 19_999)).toBe(0);
		expect(ancestorsOf(thread, 19_999)).toHaveLength(19_999);
	});

	const files = readdirSync(dataDir).filter((file) => file.endsWith('.txt'));

	it('data/ holds sample files', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	it.each(files)('hold for every article of data/%s', (file) => {
		const articles = parseText(readFileSync(dataDir + file, 'utf8'), file);
		expect(articles.length).toBeGreaterThan(0);
		for (const article of articles) {
			expectFlat(article.thread);
		}
	});

	it('hold for generated corpora', () => {
		for (const seed of [1, 2, 3]) {
			const text = generateCorpusText({comments: 300, articles: 3, seed, maxDepth: 6, deepChain: 30});
			const articles = parseText(text, 'generated');
			expect(articles.reduce((sum, article) => sum + article.thread.size, 0)).toBe(300);
			for (const article of articles) {
				expectFlat(article.thread);
			}
		}
	});
});
