/** n / N under an author filter go on into the next (or previous) article where the authors wrote, as a search does. */
import {describe, expect, it} from 'vitest';
import type {Article} from '../../source/model/types.js';
import {startSession} from '../support/session.js';
import {article, c} from '../support/trees.js';

const articles: Article[] = [
	article([c('ann', c('cat')), c('bob')], {title: 'First'}),
	article([c('dan')], {title: 'Second (no cat)'}),
	article([c('eve', c('cat')), c('cat')], {title: 'Third'}),
];

describe('n and N under an author filter', () => {
	it('go on from the last comment of the filter in one article to the first in the next that has one, and round', () => {
		const s = startSession(articles).keys('return');
		s.act({type: 'setFilter', authors: ['cat']});
		s.keys('n');
		expect(s.state.thread!.article).toBe(0);
		expect(s.state.thread!.focus).toBe(1);
		s.keys('n');
		expect(s.state.thread!.article, 'the second article has no comment by cat').toBe(2);
		expect(s.state.thread!.focus).toBe(1);
		expect(s.state.thread!.filter).toEqual(['cat']);
		s.keys('n');
		expect(s.state.thread!.focus).toBe(2);
		s.keys('n');
		expect(s.state.thread!.article, 'round to the first article').toBe(0);
		expect(s.state.thread!.focus).toBe(1);
		s.keys('N');
		expect(s.state.thread!.article).toBe(2);
		expect(s.state.thread!.focus, 'N lands on the last one there').toBe(2);
	});

	it('with one article, n wraps inside it as before', () => {
		const s = startSession([articles[2]!]);
		s.act({type: 'setFilter', authors: ['cat']});
		s.keys('n n n');
		expect(s.state.thread!.article).toBe(0);
		expect(s.state.thread!.focus).toBe(1);
	});
});
