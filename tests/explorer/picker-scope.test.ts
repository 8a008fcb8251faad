/** The author picker over all articles, from an article: an author with no comment there leads to the list, filtered. */
import {describe, expect, it} from 'vitest';
import {listedArticle, listLength} from '../../source/explorer/moves/list-position.js';
import type {Article} from '../../source/model/types.js';
import {startSession} from '../support/session.js';
import {article, c} from '../support/trees.js';

const articles: Article[] = [
	article([c('ann', c('bob')), c('ann')], {title: 'First'}),
	article([c('dan')], {title: 'Second'}),
	article([c('cat'), c('dan')], {title: 'Third'}),
];

describe('picking an author over all articles, from an article', () => {
	it('with no comment in the open article: the list, filtered to the articles the author wrote in', () => {
		const s = startSession(articles).keys('return');
		expect(s.state.thread!.article).toBe(0);
		s.keys('a tab').act({type: 'typeText', text: 'cat'}).keys('return');
		expect(s.state.screen).toBe('list');
		expect(s.state.listFilter).toEqual(['cat']);
		expect(listLength(s.state, s.context)).toBe(1);
		expect(listedArticle(s.state, s.state.list.cursor, s.context)).toBe(2);
	});

	it('with comments in the open article: filtered there, as before', () => {
		const s = startSession(articles).keys('return');
		s.keys('a tab').act({type: 'typeText', text: 'bob'}).keys('return');
		expect(s.state.screen).toBe('thread');
		expect(s.state.thread!.filter).toEqual(['bob']);
	});
});
