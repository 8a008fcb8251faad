/**
 * The flat thread's invariants, checked whole: every column as long as the thread, each
 * parent before its child, each depth one more than its parent's, each subtree end the
 * last row below it. Plain checks, one `expect.fail` naming the first broken row, so a
 * 100,000-row thread is checked in milliseconds.
 *
 * Not a test file: the vitest include takes only `*.test.ts` and `*.test.tsx` names.
 */
import {expect} from 'vitest';
import type {Thread} from '../../source/model/types.js';

/** Fails the running test when `thread` breaks an invariant of the flat tree. */
export function checkThread(thread: Thread): void {
	const n = thread.size;
	expect(thread.author.length).toBe(n);
	expect(thread.text.length).toBe(n);
	expect(thread.line.length).toBe(n);
	expect(thread.depth.length).toBe(n);
	expect(thread.parent.length).toBe(n);
	expect(thread.end.length).toBe(n);
	const expectedEnd = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		expectedEnd[i] = i;
	}
	for (let i = n - 1; i >= 0; i--) {
		const p = thread.parent[i]!;
		if (p >= 0) {
			expectedEnd[p] = Math.max(expectedEnd[p]!, expectedEnd[i]!);
		}
	}
	for (let i = 0; i < n; i++) {
		const p = thread.parent[i]!;
		if (
			p < -1 ||
			p >= i ||
			thread.depth[i] !== (p < 0 ? 0 : thread.depth[p]! + 1) ||
			thread.end[i] !== expectedEnd[i]
		) {
			expect.fail(`thread invariant broken at row ${i}`);
		}
	}
}
