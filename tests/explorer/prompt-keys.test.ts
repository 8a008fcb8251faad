/**
 * The search prompt and the list as a reader drives them (issue 11, points 4 and 5): Up and
 * Down recall earlier queries, Ctrl-n/p still move in the results, the author picker keeps
 * its arrows, `f` filters the list by title, and `/` from the list lists matching titles
 * above the comments. Keys go through the key table and the one reducer; the invariants are
 * checked after every key.
 */
import {describe, expect, it} from 'vitest';
import type {SearchHit} from '../../source/explorer/explorer-state.js';
import type {Article} from '../../source/model/types.js';
import {startSession} from '../support/session.js';
import {article, c} from '../support/trees.js';

const tree: Article = article([c('ann', c('bob', c('cat')), c('dan')), c('eve'), c('fay')], {title: 'Bread prices'});

/** Every row of article 0 as a hit (enough results to move in). */
function hits(articleIndex = 0, size = 6): SearchHit[] {
	return Array.from({length: size}, (_, row) => ({article: articleIndex, row, textRanges: [], authorRanges: []}));
}

/** Types `query` into the open prompt and delivers `results` for it. */
function search(s: ReturnType<typeof startSession>, query: string, results: SearchHit[] = hits()) {
	s.keys('ctrl+u').act({type: 'typeText', text: query});
	s.act({type: 'searchResults', query, results});
	return s;
}

describe('the search prompt recalls earlier queries', () => {
	it('Up shows the query submitted before, Up again the one before it, Down comes back', () => {
		const s = startSession([tree]).keys('/');
		search(s, 'first').keys('return /');
		search(s, 'second').keys('return /');
		s.keys('up');
		expect(s.state.prompt!.query).toBe('second');
		s.keys('up');
		expect(s.state.prompt!.query).toBe('first');
		s.keys('up');
		expect(s.state.prompt!.query, 'stays on the oldest').toBe('first');
		s.keys('down');
		expect(s.state.prompt!.query).toBe('second');
	});

	it('Down past the newest gives back what was being typed', () => {
		const s = startSession([tree]).keys('/');
		search(s, 'first').keys('return /');
		s.act({type: 'typeText', text: 'half'}).keys('up');
		expect(s.state.prompt!.query).toBe('first');
		s.keys('down');
		expect(s.state.prompt!.query).toBe('half');
		expect(s.state.prompt!.cursor).toBe(4);
		s.keys('down');
		expect(s.state.prompt!.query, 'nothing newer').toBe('half');
	});

	it('a recalled query runs: results reset and the cursor is at its end', () => {
		const s = startSession([tree]).keys('/');
		search(s, 'first').keys('return /');
		search(s, 'other').keys('ctrl+n ctrl+n');
		expect(s.state.prompt!.selected).toBe(2);
		s.keys('up');
		expect(s.state.prompt!).toMatchObject({query: 'first', cursor: 5, selected: 0, top: 0});
	});

	it('stores a query left with results by Esc, and not one left without', () => {
		const s = startSession([tree]).keys('/');
		search(s, 'kept').keys('escape /');
		s.act({type: 'typeText', text: 'dropped'}).keys('escape /');
		expect(s.state.queryHistory).toEqual(['kept']);
	});

	it('stores the same query twice in a row once', () => {
		const s = startSession([tree]).keys('/');
		search(s, 'same').keys('return /');
		search(s, 'same').keys('return /');
		expect(s.state.queryHistory).toEqual(['same']);
		s.keys('up up');
		expect(s.state.prompt!.query).toBe('same');
	});

	it('editing a recalled query makes it the text being typed', () => {
		const s = startSession([tree]).keys('/');
		search(s, 'one').keys('return /');
		search(s, 'two').keys('return /');
		s.keys('up').act({type: 'typeText', text: 's'}).keys('up');
		expect(s.state.prompt!.query).toBe('two');
		s.keys('down');
		expect(s.state.prompt!.query).toBe('twos');
	});

	it('Ctrl-n / Ctrl-p and PgDn / PgUp still move in the results', () => {
		const s = startSession([tree], 80, 8).keys('/');
		search(s, 'x', hits(0, 6)).keys('ctrl+n ctrl+n ctrl+p');
		expect(s.state.prompt!.selected).toBe(1);
		s.keys('pagedown');
		expect(s.state.prompt!.selected).toBeGreaterThan(1);
		s.keys('pageup');
		expect(s.state.prompt!.selected).toBe(1);
	});

	it('the author picker keeps Up / Down for its list', () => {
		const s = startSession([tree]).keys('a down down');
		expect(s.state.picker!.cursor).toBe(2);
		s.keys('up');
		expect(s.state.picker!.cursor).toBe(1);
	});
});
