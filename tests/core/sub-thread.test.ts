/** `--new` and `--starred` keep some comments: each under its nearest kept ancestor, its metadata with it. */
import {describe, expect, it} from 'vitest';
import {subThread} from '../../source/model/sub-thread.js';
import type {Thread} from '../../source/model/types.js';
import {c} from '../support/trees.js';
import {fromCommentTree} from '../support/tree.js';

describe('subThread', () => {
	// ann > bob > cat, ann > dan, eve
	const thread: Thread = {
		...fromCommentTree([c('ann', c('bob', c('cat')), c('dan')), c('eve')]),
		meta: {
			rows: Int32Array.from([2, 4]),
			time: ['1 h ago', undefined],
			score: Float64Array.from([3, Number.NaN]),
			replyTo: [undefined, undefined],
			note: [undefined, 'pinned'],
		},
	};

	it('lifts a kept reply to its nearest kept ancestor and keeps the tree arrays sound', () => {
		const kept = subThread(thread, (row) => row !== 1); // bob dropped: cat goes under ann
		expect(kept.author).toEqual(['ann', 'cat', 'dan', 'eve']);
		expect([...kept.parent]).toEqual([-1, 0, 0, -1]);
		expect([...kept.depth]).toEqual([0, 1, 1, 0]);
		expect([...kept.end]).toEqual([2, 1, 2, 3]);
	});

	it('keeps and renumbers the metadata of kept rows', () => {
		const kept = subThread(thread, (row) => row >= 2);
		expect([...kept.meta!.rows]).toEqual([0, 2]);
		expect(kept.meta!.time).toEqual(['1 h ago', undefined]);
		expect(kept.meta!.note).toEqual([undefined, 'pinned']);
		expect(subThread(thread, (row) => row === 0).meta).toBeUndefined();
	});
});
