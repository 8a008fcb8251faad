import {describe, expect, it} from 'vitest';
import {generateCorpus, generateCorpusText, type CorpusOptions} from '../../scripts/corpus/generate.js';

type Scanned = {articles: number; comments: Array<{depth: number; indent: number; author: string}>};

const bullet = /^[ \t]*[•◦▪‣●](?:\s|$)/;

function indentOf(line: string): number {
	let column = 0;
	for (const char of line) {
		if (char === ' ') {
			column++;
		} else if (char === '\t') {
			column = (Math.floor(column / 8) + 1) * 8;
		} else {
			break;
		}
	}

	return column;
}

/**
 * The comments of a stream by docs/FORMAT.md's rules, reduced to what these tests need:
 * where the comment section starts (an indented header not next to another header),
 * where articles end (form feed, or an unindented line after a comment) and depth
 * from the stack of open header indents. Independent of the generator's code.
 */
function scan(text: string): Scanned {
	const lines = text.split('\n');
	const comments: Scanned['comments'] = [];
	let articles = 0;
	let isInHead = false;
	let isInComments = false;
	let hasComment = false;
	let stack: number[] = [];
	const endArticle = (): void => {
		isInHead = false;
		isInComments = false;
		hasComment = false;
		stack = [];
	};

	for (const [index, line] of lines.entries()) {
		if (line.trim() === '' && !line.includes('\f')) {
			continue;
		}

		if (line.includes('\f')) {
			endArticle();
			continue;
		}

		const isHeader = bullet.test(line);
		if (hasComment && !isHeader && indentOf(line) === 0) {
			endArticle();
		}

		if (!isInHead && !isInComments) {
			articles++;
			isInHead = true;
		}

		const isNextToHeader = bullet.test(lines[index - 1] ?? '') || bullet.test(lines[index + 1] ?? '');
		if (isHeader && !isInComments && indentOf(line) >= 1 && !isNextToHeader) {
			isInComments = true;
		}

		if (isHeader && isInComments) {
			const indent = indentOf(line);
			while (stack.length > 0 && (stack.at(-1) ?? 0) >= indent) {
				stack.pop();
			}

			comments.push({depth: stack.length, indent, author: line.trim().slice(1).trim()});
			stack.push(indent);
			hasComment = true;
		}
	}

	return {articles, comments};
}

function authorCounts(scanned: Scanned): number[] {
	const counts = new Map<string, number>();
	for (const {author} of scanned.comments) {
		counts.set(author, (counts.get(author) ?? 0) + 1);
	}

	return [...counts.values()].sort((a, b) => b - a);
}

describe('generateCorpus', () => {
	it('gives the same text for the same options, another for another seed', () => {
		const options = {comments: 500, articles: 4, seed: 17};
		expect(generateCorpusText(options)).toBe(generateCorpusText(options));
		expect(generateCorpusText({...options, seed: 18})).not.toBe(generateCorpusText(options));
	});

	it.each<CorpusOptions>([
		{comments: 2},
		{comments: 7, articles: 7},
		{comments: 3, articles: 6},
		{comments: 100, seed: 5},
		{comments: 1000, articles: 9, indent: 4},
		{comments: 3000, indent: 'tab', seed: 99},
		{comments: 1200, deepChain: 400, seed: 3},
		{comments: 5000, articles: 1, authors: 40},
	])('emits exactly the requested comments: %o', (options) => {
		const scanned = scan(generateCorpusText(options));
		expect(scanned.comments).toHaveLength(options.comments);
		expect(scanned.articles).toBe(options.articles ?? scanned.articles);
	});

	it('puts bulleted lists in article bodies that are not comments', () => {
		const text = generateCorpusText({comments: 40, articles: 20, seed: 4});
		const bulletLines = text.split('\n').filter((line) => bullet.test(line));
		expect(bulletLines.length).toBeGreaterThan(40);
		expect(scan(text).comments).toHaveLength(40);
	});

	it('streams in bounded chunks that join to the whole text', () => {
		const options = {comments: 3000, seed: 8};
		const chunks = [...generateCorpus(options)];
		expect(chunks.length).toBeGreaterThan(5);
		expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(80_000);
		expect(chunks.join('')).toBe(generateCorpusText(options));
	});

	it('keeps every comment at top level when maxDepth is 0', () => {
		const {comments} = scan(generateCorpusText({comments: 800, maxDepth: 0}));
		expect(comments.every((comment) => comment.depth === 0 && comment.indent === 2)).toBe(true);
	});

	it.each([
		{indent: 2, width: 2},
		{indent: 4, width: 4},
		{indent: 'tab', width: 8},
	] as const)('reaches but never passes maxDepth with indent $indent', ({indent, width}) => {
		const {comments} = scan(generateCorpusText({comments: 4000, maxDepth: 6, indent, seed: 12}));
		expect(Math.max(...comments.map((comment) => comment.depth))).toBe(6);
		expect(Math.max(...comments.map((comment) => comment.indent))).toBe(7 * width);
		expect(comments.every((comment) => comment.indent === (comment.depth + 1) * width)).toBe(true);
	});

	it('adds one chain deepChain levels deep, cut to the comment count', () => {
		const deep = scan(generateCorpusText({comments: 900, deepChain: 600, indent: 'tab'}));
		expect(deep.comments).toHaveLength(900);
		expect(Math.max(...deep.comments.map((comment) => comment.depth))).toBe(599);
		const cut = scan(generateCorpusText({comments: 50, deepChain: 600}));
		expect(cut.comments.map((comment) => comment.depth)).toEqual([...Array.from({length: 50}).keys()]);
	});

	it('draws authors Zipf-like: the top author writes far more than the median one', () => {
		const counts = authorCounts(scan(generateCorpusText({comments: 5000, authors: 500, seed: 21})));
		const top = counts[0] ?? 0;
		const median = counts[Math.floor(counts.length / 2)] ?? 0;
		expect(top).toBeGreaterThan(10 * median);
		expect(counts.length).toBeGreaterThan(200);
	});

	it('writes one top-level comment when asked for one', () => {
		const scanned = scan(generateCorpusText({comments: 1}));
		expect(scanned.articles).toBe(1);
		expect(scanned.comments).toEqual([expect.objectContaining({depth: 0, indent: 2})]);
	});

	it('writes article heads only when asked for no comment, and nothing with no article', () => {
		const text = generateCorpusText({comments: 0, articles: 3});
		expect(scan(text)).toEqual({articles: 3, comments: []});
		expect(text.split('\n').filter((line) => line.includes('\f'))).toHaveLength(2);
		expect(generateCorpusText({comments: 0})).not.toBe('');
		expect(generateCorpusText({comments: 0, articles: 0})).toBe('');
	});

	it('rejects invalid options at the call, before any output', () => {
		expect(() => generateCorpus({comments: -1})).toThrow(RangeError);
		expect(() => generateCorpus({comments: 1.5})).toThrow(RangeError);
		expect(() => generateCorpus({comments: 5, articles: 0})).toThrow(RangeError);
		expect(() => generateCorpus({comments: 5, authors: 0})).toThrow(RangeError);
		expect(() => generateCorpus({comments: 5, indent: 3 as 2})).toThrow(RangeError);
	});
});
