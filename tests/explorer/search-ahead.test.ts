/**
 * Enter before the results (typed ahead, pasted, a burst over a slow link), and Enter on an
 * early answer while the index is still being built: the jump happens when the results come,
 * and the full answer replaces the early one, so `n` / `N` reach every match.
 */
import {describe, expect, it} from 'vitest';
import type {SearchHit} from '../../source/explorer/explorer-state.js';
import {searchToRefine} from '../../source/explorer/moves/search-steps.js';
import {searchWindow} from '../../source/screens/prompt-window.js';
import type {Article} from '../../source/model/types.js';
import {startSession} from '../support/session.js';
import {article, c} from '../support/trees.js';

const tree: Article = article([c('ann', c('bob', c('cat')), c('dan')), c('eve'), c('fay')], {title: 'Bread prices'});

const hit = (row: number): SearchHit => ({article: 0, row, textRanges: [], authorRanges: []});

describe('Enter before the results come', () => {
	it('is kept, and jumps to the best match when the answer comes', () => {
		const s = startSession([tree]).keys('/').act({type: 'typeText', text: 'bread'}).keys('return');
		expect(s.state.prompt, 'still searching: the prompt waits').not.toBeNull();
		expect(s.state.prompt!.isAccepting).toBe(true);
		s.act({type: 'searchResults', query: 'bread', results: [hit(3), hit(1)], docs: Int32Array.from([1, 3]), total: 2});
		expect(s.state.prompt).toBeNull();
		expect(s.state.screen).toBe('thread');
		expect(s.state.thread!.focus).toBe(3);
	});

	it('an answer to an older query does not act on it; an early answer with nothing found waits for the full one', () => {
		const s = startSession([tree]).keys('/').act({type: 'typeText', text: 'bread'}).keys('return');
		s.act({type: 'searchResults', query: 'brea', results: [hit(2)]});
		expect(s.state.prompt).not.toBeNull();
		s.act({type: 'searchResults', query: 'bread', results: [], docs: new Int32Array(0), total: 0, indexed: 0.3});
		expect(s.state.prompt, 'nothing yet in the 30% indexed').not.toBeNull();
		s.act({type: 'searchResults', query: 'bread', results: [hit(4)], docs: Int32Array.from([4]), total: 1, indexed: 1});
		expect(s.state.prompt).toBeNull();
		expect(s.state.thread!.focus).toBe(4);
	});

	it('typing after Enter (a new query) no longer jumps for the old one', () => {
		const s = startSession([tree]).keys('/').act({type: 'typeText', text: 'bread'}).keys('return');
		s.act({type: 'typeText', text: 's'});
		s.act({type: 'searchResults', query: 'bread', results: [hit(3)]});
		expect(s.state.prompt).not.toBeNull();
		expect(s.state.prompt!.query).toBe('breads');
	});
});

describe('a jump from an early answer (the index still being built)', () => {
	it('is refined by the full answer: every match reachable with n, from the same comment', () => {
		const s = startSession([tree]).keys('/').act({type: 'typeText', text: 'bread'});
		s.act({
			type: 'searchResults',
			query: 'bread',
			results: [hit(1)],
			docs: Int32Array.from([1]),
			total: 1,
			indexed: 0.2,
		});
		s.keys('return');
		expect(s.state.thread!.focus).toBe(1);
		// One article opens at once, and / there searches it.
		expect(searchToRefine(s.state)).toEqual({query: 'bread', scope: 0});
		s.act({type: 'searchRefined', query: 'bread', scope: 'all', docs: Int32Array.from([0, 1, 4])});
		expect(s.state.thread!.search!.docs, 'an answer for another scope').toEqual(Int32Array.from([1]));
		s.act({type: 'searchRefined', query: 'bread', scope: 0, docs: Int32Array.from([0, 1, 4, 5])});
		expect(searchToRefine(s.state), 'nothing more to wait for').toBeNull();
		expect(s.state.thread!.search!.docs).toEqual(Int32Array.from([0, 1, 4, 5]));
		s.keys('n');
		expect(s.state.thread!.focus).toBe(4);
		s.keys('n');
		expect(s.state.thread!.focus).toBe(5);
		s.keys('n');
		expect(s.state.thread!.focus, 'wraps to the first').toBe(0);
	});

	it('a jump from a full answer waits for nothing, and a refinement for another search changes nothing', () => {
		const s = startSession([tree]).keys('/').act({type: 'typeText', text: 'bread'});
		s.act({type: 'searchResults', query: 'bread', results: [hit(1)], docs: Int32Array.from([1]), total: 1});
		s.keys('return');
		expect(searchToRefine(s.state)).toBeNull();
		s.act({type: 'searchRefined', query: 'bread', scope: 0, docs: Int32Array.from([0, 1])});
		expect(s.state.thread!.search!.docs).toEqual(Int32Array.from([1]));
	});
});

describe('the list follows the reader', () => {
	it('after a search jump into another article, or n into the next one, q shows the list on that article', () => {
		const articles = [0, 1, 2].map((at) => article([c('ann'), c('bob')], {title: `Article ${at}`}));
		const s = startSession(articles).keys('/').act({type: 'typeText', text: 'x'});
		const results = [{article: 2, row: 1, textRanges: [], authorRanges: []}];
		s.act({type: 'searchResults', query: 'x', results, docs: Int32Array.from([5, 6]), total: 2}).keys('return');
		expect(s.state.thread!.article).toBe(2);
		s.keys('q');
		expect(s.state.screen).toBe('list');
		expect(s.state.list.cursor).toBe(2);
	});
});

describe('a result list the limit cut', () => {
	it('says so near its end: the best listed, and that n visits every match', () => {
		const rows = Array.from({length: 40}, (_, at) => c(`user${at}`));
		const s = startSession([article(rows, {title: 'Many'})], 80, 24)
			.keys('/')
			.act({type: 'typeText', text: 'x'});
		const results = Array.from({length: 40}, (_, row) => hit(row));
		s.act({
			type: 'searchResults',
			query: 'x',
			results,
			docs: Int32Array.from({length: 40}, (_, at) => at),
			total: 5000,
		});
		expect(searchWindow(s.state, s.state.prompt!, s.context, false).status).not.toContain('listed');
		s.keys('pagedown pagedown');
		const status = searchWindow(s.state, s.state.prompt!, s.context, false).status;
		expect(status).toContain('5,000 matches · best 40 listed, n visits all');
	});
});

describe('the prompt line', () => {
	it('Del deletes the character under the cursor, Backspace the one before it', () => {
		const s = startSession([tree]).keys('/').act({type: 'typeText', text: 'hello'});
		s.keys('ctrl+a deleteforward');
		expect(s.state.prompt!.query).toBe('ello');
		expect(s.state.prompt!.cursor).toBe(0);
		s.keys('right backspace');
		expect(s.state.prompt!.query).toBe('llo');
		s.keys('end deleteforward');
		expect(s.state.prompt!.query, 'nothing after the cursor').toBe('llo');
	});
});
