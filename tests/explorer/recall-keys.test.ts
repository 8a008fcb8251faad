/**
 * The memory keys as a reader drives them, in process: `u` to the next new comment, `r`
 * marks the article read, `s` stars (an effect the app carries out), `S` lists the stars
 * and Enter jumps to one, and a resumed position; invariants checked after every key.
 */
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Article} from '../../source/model/types.js';
import {threadWindow} from '../../source/screens/thread-window.js';
import {Memory} from '../../source/state/memory.js';
import {JsonStore} from '../../source/state/store.js';
import {startSession} from '../support/session.js';
import {article, c} from '../support/trees.js';

const one: Article = article([c('ann', c('bob', c('cat')), c('dan')), c('eve'), c('fay')], {title: 'One'});
const two: Article = article([c('gus'), c('hal')], {title: 'Two'});

/** A memory in which `one`'s comments by `fresh` authors are new: a first run saw all the others. */
function memoryWithNew(fresh: readonly string[]): Memory {
	const folder = mkdtempSync(join(tmpdir(), 'comb-recall-'));
	const before = new Memory([one, two], new JsonStore(folder, () => {}), ['x']);
	before.markSeen(
		0,
		Array.from({length: one.thread.size}, (_, row) => row).filter((row) => !fresh.includes(one.thread.author[row]!)),
	);
	before.save();
	return new Memory([one, two], new JsonStore(folder, () => {}), ['x']);
}

/** A session on the two articles with `memory` as what comb remembers. */
function session(memory: Memory) {
	return startSession([one, two], 80, 30, memory);
}

describe('new comments', () => {
	it('u steps through the comments marked new, unfolding to them, and says when there are no more', () => {
		const s = session(memoryWithNew(['cat', 'fay'])).keys('return C');
		s.keys('u');
		expect(s.focus).toBe('cat');
		s.keys('u');
		expect(s.focus).toBe('fay');
		s.keys('u');
		expect(s.focus).toBe('fay');
		expect(s.state.notice).toBe('no new comment below');
	});

	it('marks new comments on their author line', () => {
		const s = session(memoryWithNew(['eve'])).keys('return');
		const text = threadWindow(s.state, s.state.thread!, s.context)
			.map((line) => line.line.map((segment) => segment.text).join(''))
			.join('\n');
		expect(text).toMatch(/eve \*/);
		expect(text).not.toMatch(/ann \*/);
	});

	it('r queues marking the article read', () => {
		const s = session(memoryWithNew(['eve'])).keys('r');
		expect(s.state.effects).toEqual([{type: 'markRead', article: 0, row: -1}]);
	});
});

describe('stars', () => {
	it('s queues a star for the focused comment, not for the head', () => {
		const s = session(new Memory([one, two], null, ['x'])).keys('return s');
		expect(s.state.effects).toEqual([]);
		s.keys('j s');
		expect(s.state.effects).toEqual([{type: 'star', article: 0, row: 0}]);
	});

	it('S lists the stars; Enter opens the article at the starred comment; Esc closes', () => {
		const memory = new Memory([one, two], null, ['x']);
		memory.toggleStar(0, 2);
		memory.toggleStar(1, 1);
		const s = session(memory).keys('S');
		expect(s.state.stars).toEqual({cursor: 0, top: 0});
		s.keys('j return');
		expect(s.state.stars).toBeNull();
		expect(s.state.screen).toBe('thread');
		expect(s.focus).toBe('hal');
		s.keys('S escape');
		expect(s.state.stars).toBeNull();
		expect(s.focus).toBe('hal');
	});
});

describe('resume', () => {
	it('opens the article at the focused comment with its folds', () => {
		const s = session(new Memory([one, two], null, ['x'])).act({
			type: 'resume',
			screen: 'thread',
			article: 0,
			focus: 4,
			folded: [0],
		});
		expect(s.state.screen).toBe('thread');
		expect(s.focus).toBe('eve');
		expect([...s.state.thread!.folded]).toEqual([0]);
	});

	it('ignores an article that is no longer there', () => {
		const s = session(new Memory([one, two], null, ['x'])).act({
			type: 'resume',
			screen: 'thread',
			article: 7,
			focus: 0,
			folded: [],
		});
		expect(s.state.screen).toBe('list');
	});
});
