/**
 * The search prompt and the list as a reader drives them (issue 11, points 4 and 5): Up and
 * Down recall earlier queries, Ctrl-n/p still move in the results, the author picker keeps
 * its arrows, `f` filters the list by title, and `/` from the list lists matching titles
 * above the comments. Keys go through the key table and the one reducer; the invariants are
 * checked after every key.
 */
import {describe, expect, it} from 'vitest';
import type {SearchHit} from '../../source/explorer/explorer-state.js';
import {modeOf} from '../../source/explorer/mode.js';
import {listedArticle, listLength} from '../../source/explorer/moves/list-position.js';
import {searchWindow} from '../../source/screens/prompt-window.js';
import {matchTitles} from '../../source/search/title-match.js';
import type {Article} from '../../source/model/types.js';
import {startSession} from '../support/session.js';
import {article, c} from '../support/trees.js';

const tree: Article = article([c('ann', c('bob', c('cat')), c('dan')), c('eve'), c('fay')], {title: 'Bread prices'});

/** Every row of article 0 as a hit (enough results to move in). */
function hits(articleIndex = 0, size = 6): SearchHit[] {
	return Array.from({length: size}, (_, row) => ({article: articleIndex, row, textRanges: [], authorRanges: []}));
}

const textOf = (segments: ReadonlyArray<{readonly text: string}>) => segments.map((segment) => segment.text).join('');

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

const titles = [
	'Night bus route 7',
	'Old town closes to cars',
	'Bus lanes on the bridge',
	'Ferry cancelled',
	'Busy summer',
];
const listed = titles.map((title, index) => article([c(`a${index}`), c(`b${index}`)], {title}));

/** The titles the list shows, in order. */
function shownTitles(s: ReturnType<typeof startSession>): string[] {
	return Array.from({length: listLength(s.state, s.context)}, (_, position) => {
		return s.context.articles[listedArticle(s.state, position, s.context)]!.title!;
	});
}

describe('matching titles', () => {
	it('ranks exact words first, then prefixes, then typos, ties in list order', () => {
		expect(matchTitles(titles, 'bus').map(({index}) => titles[index])).toEqual([
			'Night bus route 7',
			'Bus lanes on the bridge',
			'Busy summer',
		]);
		expect(matchTitles(titles, 'ferri cancel').map(({index}) => index)).toEqual([3]);
		expect(matchTitles(titles, 'BRIDGE').map(({index}) => index)).toEqual([2]);
	});

	it('forgives a swap in a long enough word and none in a short one', () => {
		expect(matchTitles(titles, 'cancleled').map(({index}) => index)).toEqual([3]);
		expect(matchTitles(titles, 'bsu')).toEqual([]);
	});

	it('knows the query language: exact, start, not, either', () => {
		expect(matchTitles(titles, "'bus").map(({index}) => index)).toEqual([0, 2, 4]);
		expect(matchTitles(titles, '^bus').map(({index}) => index)).toEqual([2, 4]);
		expect(matchTitles(titles, 'bus !night').map(({index}) => index)).toEqual([2, 4]);
		expect(matchTitles(titles, 'ferry | cars').map(({index}) => index)).toEqual([1, 3]);
	});

	it('says where each title matched', () => {
		const [match] = matchTitles(['Night bus route'], 'rout');
		expect(match!.ranges).toEqual([[10, 14]]);
	});
});

describe('f filters the list by title', () => {
	it('shows only the matching titles as the reader types, best first, the cursor on the first', () => {
		const s = startSession(listed).keys('j j f b u s');
		expect(modeOf(s.state)).toBe('filter');
		expect(shownTitles(s)).toEqual(['Night bus route 7', 'Bus lanes on the bridge', 'Busy summer']);
		expect(s.state.list.cursor).toBe(0);
		s.keys('space r o');
		expect(shownTitles(s)).toEqual(['Night bus route 7']);
		s.keys('backspace backspace backspace');
		expect(shownTitles(s)).toHaveLength(3);
	});

	it('Enter keeps the filter and the list moves again; Enter then opens the article under the cursor', () => {
		const s = startSession(listed).keys('f b u s return');
		expect(modeOf(s.state)).toBe('list');
		expect(shownTitles(s)).toHaveLength(3);
		s.keys('j return');
		expect(s.state.screen).toBe('thread');
		expect(s.context.articles[s.state.thread!.article]!.title).toBe('Bus lanes on the bridge');
		s.keys('q');
		expect(s.state.list.cursor, 'back on the list, on that article').toBe(1);
		expect(shownTitles(s)).toHaveLength(3);
	});

	it('Esc while typing clears the filter and keeps the article under the cursor', () => {
		const s = startSession(listed).keys('f b u s down escape');
		expect(s.state.titleFilter).toBeNull();
		expect(shownTitles(s)).toEqual(titles);
		expect(s.state.list.cursor).toBe(2);
	});

	it('Esc on the list clears a kept filter; f again edits it', () => {
		const s = startSession(listed).keys('f b u s return f');
		expect(s.state.titleFilter!.query).toBe('bus');
		s.keys('y return');
		// `busy` is one typo from `bus`: those titles follow the exact one.
		expect(shownTitles(s)).toEqual(['Busy summer', 'Night bus route 7', 'Bus lanes on the bridge']);
		s.keys('escape');
		expect(shownTitles(s)).toEqual(titles);
	});

	it('keeps the cursor valid when nothing matches, and letters type instead of moving', () => {
		const s = startSession(listed).keys('f q j k x');
		expect(s.state.titleFilter!.query).toBe('qjkx');
		expect(shownTitles(s)).toEqual([]);
		expect(s.state.list.cursor).toBe(0);
		s.keys('ctrl+u');
		expect(shownTitles(s)).toEqual(titles);
	});

	it('Up / Down and Ctrl-n / Ctrl-p move in the filtered list while typing', () => {
		const s = startSession(listed).keys('f b u s down down');
		expect(s.state.list.cursor).toBe(2);
		s.keys('ctrl+p');
		expect(s.state.list.cursor).toBe(1);
	});

	it('works under an author filter: both filters hold', () => {
		const s = startSession(listed)
			.act({type: 'setFilter', authors: ['a0', 'a2', 'a3']})
			.keys('f b u s');
		expect(shownTitles(s)).toEqual(['Night bus route 7', 'Bus lanes on the bridge']);
	});
});

describe('/ from the list searches titles and comments', () => {
	/** The list's `/` with `query` typed and the comments `results` delivered. */
	function searched(query: string, results: SearchHit[] = []) {
		const s = startSession(listed).keys('/');
		s.act({type: 'typeText', text: query}).act({type: 'searchResults', query, results});
		return s;
	}

	it('lists the matching titles above the comments, best first, and counts both', () => {
		const s = searched('bus', hits(3, 2));
		expect(s.state.prompt!.titles!.map(({article}) => article)).toEqual([0, 2, 4]);
		const window = searchWindow(s.state, s.state.prompt!, s.context, true);
		expect(window.rows).toHaveLength(5);
		expect(textOf(window.rows[0]!)).toMatch(/^article: Night bus route 7/);
		expect(textOf(window.rows[3]!)).toMatch(/^a3 - /);
		expect(window.status).toMatch(/^3 titles - 2 matches/);
	});

	it('Enter on a title opens that article at its head', () => {
		const s = searched('bus', hits(3, 2)).keys('ctrl+n return');
		expect(s.state.prompt).toBeNull();
		expect(s.state.screen).toBe('thread');
		expect(s.state.thread!.article).toBe(2);
		expect(s.state.thread!.focus).toBe(-1);
		expect(s.state.queryHistory).toEqual(['bus']);
	});

	it('moves past the titles into the comments and Enter jumps to the comment', () => {
		const s = searched('bus', hits(3, 2)).keys('ctrl+n ctrl+n ctrl+n ctrl+n return');
		expect(s.state.thread!.article).toBe(3);
		expect(s.state.thread!.focus).toBe(1);
	});

	it('Tab scopes to the article under the cursor: no titles then', () => {
		const s = startSession(listed).keys('j j /');
		s.act({type: 'typeText', text: 'bus'}).keys('tab');
		expect(s.state.prompt!.scope).toBe('article');
		s.act({type: 'searchResults', query: 'bus', results: hits(2, 1)});
		expect(s.state.prompt!.titles ?? []).toEqual([]);
		s.keys('return');
		expect(s.state.thread!.article).toBe(2);
	});

	it('Esc with only titles found keeps the query in the history', () => {
		const s = searched('ferry').keys('escape');
		expect(s.state.queryHistory).toEqual(['ferry']);
	});
});
