/**
 * Tree builders and brute-force oracles shared by the core tests. Nothing here is
 * clever: each oracle is the slowest obvious definition, so the fast code is checked
 * against something that is plainly right.
 */
import fc from 'fast-check';
import {ThreadBuilder} from '../../source/parse/thread-builder.js';
import {fromCommentTree} from './tree.js';
import type {Article, CommentNode, Thread} from '../../source/model/types.js';

/** A comment by `author` whose body is one line, with these replies. */
export function c(author: string, ...replies: CommentNode[]): CommentNode {
	return {author, text: `${author} says hi`, line: 0, replies};
}

/** A comment by `author` whose body is `lines` short lines (a tall comment). */
export function tall(author: string, lines: number, ...replies: CommentNode[]): CommentNode {
	const text = Array.from({length: lines}, (_, index) => `${author} ${index + 1}`).join('\n');
	return {author, text, line: 0, replies};
}

/** A comment with an empty body. */
export function bare(author: string, ...replies: CommentNode[]): CommentNode {
	return {author, text: '', line: 0, replies};
}

/** An article titled `title` (body optional) holding these top-level comments. */
export function article(
	roots: readonly CommentNode[],
	options: {title?: string; body?: string; source?: string} = {},
): Article {
	return {
		source: options.source ?? 'test.txt',
		date: null,
		title: options.title ?? 'Title',
		body: options.body ?? '',
		thread: fromCommentTree(roots),
	};
}

/** The row of the comment by `author` (authors are unique in the test trees). */
export function rowOf(thread: Thread, author: string): number {
	const row = thread.author.indexOf(author);
	if (row < 0) {
		throw new Error(`no comment by ${author}`);
	}
	return row;
}

/** A thread from a pre-order depth list (each depth at most one more than the previous). */
export function threadFromDepths(depths: readonly number[], texts?: readonly string[]): Thread {
	const builder = new ThreadBuilder();
	for (const [row, depth] of depths.entries()) {
		builder.setText(builder.add(`u${row}`, row + 1, depth), texts?.[row] ?? `u${row} says hi`);
	}
	return builder.finish();
}

/** Raw numbers turned into a valid pre-order depth list: each at most one deeper than the last. */
export function depthsFrom(raw: readonly number[]): number[] {
	const depths: number[] = [];
	for (const value of raw) {
		const previous = depths.at(-1);
		depths.push(previous === undefined ? 0 : Math.min(value, previous + 1));
	}
	return depths;
}

/** Random pre-order depth lists of 0..maxSize rows, biased towards deep chains and wide levels alike. */
export function arbitraryDepths(maxSize = 40): fc.Arbitrary<number[]> {
	return fc.array(fc.nat({max: 8}), {maxLength: maxSize}).map(depthsFrom);
}

/** A random thread with a random fold set over its rows. */
export function arbitraryFoldedThread(maxSize = 40): fc.Arbitrary<{thread: Thread; folded: Set<number>}> {
	return arbitraryDepths(maxSize).chain((depths) =>
		fc.array(fc.boolean(), {minLength: depths.length, maxLength: depths.length}).map((flags) => ({
			thread: threadFromDepths(depths),
			folded: new Set(flags.flatMap((isFolded, row) => (isFolded ? [row] : []))),
		})),
	);
}

/** Random nested comment trees (for `fromCommentTree`). */
export const arbitraryCommentTree: fc.Arbitrary<CommentNode[]> = fc.letrec<{node: CommentNode; nodes: CommentNode[]}>(
	(tie) => ({
		node: fc.record({
			author: fc.string({maxLength: 6}),
			text: fc.string({maxLength: 12}),
			line: fc.nat({max: 1000}),
			replies: tie('nodes'),
		}),
		nodes: fc.oneof(
			{depthSize: 'small', withCrossShrink: true},
			fc.constant<CommentNode[]>([]),
			fc.array(tie('node'), {maxLength: 4}),
		),
	}),
).nodes;

// ---- brute-force oracles, from the depths alone -------------------------------------

/** The parent of `row`: the nearest row above it one level up. */
export function bruteParent(thread: Thread, row: number): number {
	for (let above = row - 1; above >= 0; above--) {
		if (thread.depth[above]! === thread.depth[row]! - 1) {
			return above;
		}
	}
	return -1;
}

/** The last row of `row`'s subtree: the run of deeper rows right after it. */
export function bruteEnd(thread: Thread, row: number): number {
	let end = row;
	while (end + 1 < thread.size && thread.depth[end + 1]! > thread.depth[row]!) {
		end++;
	}
	return end;
}

/** The ancestors of `row`, outermost first. */
export function bruteAncestors(thread: Thread, row: number): number[] {
	const chain: number[] = [];
	for (let p = bruteParent(thread, row); p >= 0; p = bruteParent(thread, p)) {
		chain.unshift(p);
	}
	return chain;
}

/** The rows that share `row`'s parent, in order. */
export function bruteSiblings(thread: Thread, row: number): number[] {
	const parent = bruteParent(thread, row);
	const siblings: number[] = [];
	for (let other = 0; other < thread.size; other++) {
		if (thread.depth[other] === thread.depth[row] && bruteParent(thread, other) === parent) {
			siblings.push(other);
		}
	}
	return siblings;
}

/** The shown items, head (-1) first: every row none of whose ancestors is folded. */
export function bruteVisible(thread: Thread, folded: ReadonlySet<number>): number[] {
	const items = [-1];
	for (let row = 0; row < thread.size; row++) {
		if (!bruteAncestors(thread, row).some((a) => folded.has(a))) {
			items.push(row);
		}
	}
	return items;
}

/** Checks the flat-thread invariants against the oracles; returns the first problem, or null. */
export function flatThreadProblem(thread: Thread): string | null {
	const arrays = [
		thread.author.length,
		thread.text.length,
		thread.line.length,
		thread.depth.length,
		thread.parent.length,
		thread.end.length,
	];
	if (arrays.some((length) => length !== thread.size)) {
		return `array lengths ${arrays.join(',')} differ from size ${thread.size}`;
	}
	for (let row = 0; row < thread.size; row++) {
		const parent = thread.parent[row]!;
		if (!(parent < row && parent >= -1)) {
			return `row ${row}: parent ${parent} is not before it`;
		}
		const expectedDepth = parent < 0 ? 0 : thread.depth[parent]! + 1;
		if (thread.depth[row] !== expectedDepth) {
			return `row ${row}: depth ${thread.depth[row]} but parent depth gives ${expectedDepth}`;
		}
		if (parent !== bruteParent(thread, row)) {
			return `row ${row}: parent ${parent} but the nearest shallower row is ${bruteParent(thread, row)}`;
		}
		if (thread.end[row] !== bruteEnd(thread, row)) {
			return `row ${row}: end ${thread.end[row]} but the last descendant is ${bruteEnd(thread, row)}`;
		}
	}
	return null;
}
