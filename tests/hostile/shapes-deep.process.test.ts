/**
 * Hostile shapes, end to end, part one (the other shapes are in shapes.process.test.ts, so
 * the two heavy files run side by side): a reply chain 100,000 levels deep (~625 MB:
 * strictly deeper headers cannot be shorter) and one comment with 1,000,000 replies. Each
 * must give its defined result with exit code 0 within its time limit.
 */
import {describe, expect, it} from 'vitest';
import type {JsonComment} from '../support/json-shape.js';
import {
	articlesOf,
	deepChain,
	deepLevels,
	expectClean,
	flatReplies,
	flatThread,
	limit,
	shapesFolder,
	writeInPieces,
} from '../support/shapes.js';

const {comb} = shapesFolder((file) => ({
	deep: writeInPieces(file('deep.txt'), deepChain(deepLevels)),
	flat: writeInPieces(file('flat.txt'), flatThread(flatReplies)),
}));

describe('a reply chain 100,000 levels deep (~625 MB)', () => {
	it(
		`--json gives the whole chain (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--json', 'deep.txt'], limit);
			expectClean(run);
			const articles = articlesOf(run);
			expect(articles).toHaveLength(1);
			let depth = 0;
			let comments = articles[0]!.comments;
			let last: JsonComment | undefined;
			while (comments.length > 0) {
				if (comments.length !== 1) {
					expect(comments, `level ${depth + 1} of the chain`).toHaveLength(1);
				}
				last = comments[0]!;
				comments = last.replies;
				depth++;
			}
			expect(depth).toBe(deepLevels);
			expect(last).toEqual({author: '', text: '', line: deepLevels + 3, replies: []});
		},
		limit + 5000,
	);

	it(
		`--print draws every link, the deep ones with their depth (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--print', '--width', '80', 'deep.txt'], limit);
			expectClean(run);
			const lines = run.stdout.trimEnd().split('\n');
			expect(lines.slice(0, 2)).toEqual(['Deep', '100,000 comments · 1 thread · deep.txt']);
			expect(lines.filter((line) => line.endsWith('(anonymous)'))).toHaveLength(deepLevels);
			// Past the indentation limit (12 levels at 80 columns) each reply hangs at the limit, marked with its depth.
			expect(lines.at(-1)).toMatch(/^ {36}↳ \[99999\] \(anonymous\)$/);
			expect(Math.max(...lines.slice(0, 1000).map((line) => line.length))).toBeLessThanOrEqual(80);
		},
		limit + 5000,
	);
});

describe('one comment with 1,000,000 replies', () => {
	it(
		`--json nests every reply under the one comment (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--json', 'flat.txt'], limit);
			expectClean(run);
			const articles = articlesOf(run);
			expect(articles).toHaveLength(1);
			const [rootComment] = articles[0]!.comments;
			expect(articles[0]!.comments).toHaveLength(1);
			expect(rootComment!.replies).toHaveLength(flatReplies);
			expect(rootComment!.replies[flatReplies - 1]).toEqual({
				author: `r${(flatReplies - 1) % 5000}`,
				text: `reply ${flatReplies - 1}`,
				line: 7 + 4 * (flatReplies - 1),
				replies: [],
			});
			expect(rootComment!.replies.every((reply) => reply.replies.length === 0)).toBe(true);
		},
		limit + 5000,
	);

	it(
		`--print draws every reply (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--print', 'flat.txt'], limit);
			expectClean(run);
			const lines = run.stdout.split('\n');
			expect(lines[1]).toBe('1,000,001 comments · 1 thread · flat.txt');
			expect(lines.filter((line) => /^[├└]─ r\d+$/.test(line))).toHaveLength(flatReplies);
		},
		limit + 5000,
	);
});
