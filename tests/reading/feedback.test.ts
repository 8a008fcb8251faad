/** A status message for every action that changes folds, marks or the view, read as the reader sees it. */
import {describe, expect, it} from 'vitest';
import {createExplorerContext} from '../../source/explorer/explorer-context.js';
import type {ExplorerState} from '../../source/explorer/explorer-state.js';
import {initialState} from '../../source/explorer/reducer.js';
import {pressKeys} from '../../source/keys/press-keys.js';
import type {Article} from '../../source/model/types.js';
import {invariantProblems} from '../support/invariants.js';
import {article, c} from '../support/trees.js';

const tree: Article = article([c('ann', c('bob', c('cat')), c('dan')), c('eve', c('bob')), c('fay')]);

function session(articles: readonly Article[] = [tree]) {
	const context = createExplorerContext(articles, true);
	let state: ExplorerState = initialState(articles.length, 80, 30);
	return {
		keys(line: string) {
			for (const name of line.split(' ')) {
				state = pressKeys(state, [name], context);
				expect(invariantProblems(state, context)).toEqual([]);
			}
			return state.notice;
		},
	};
}

describe('feedback on the status line', () => {
	it.each([
		['C', 'folded all 3 threads; E unfolds everything'],
		['C E', 'unfolded everything'],
		['E', 'nothing was folded'],
		['2', 'showing replies to depth 2; 1 comment folded below it'],
		['j return', 'folded: 3 replies hidden'],
		['j return return', 'unfolded: 3 replies shown'],
		['j h', 'folded: 3 replies hidden'],
		['o', "marking [OP]: replies by their thread's starter"],
		['o o', '[OP] marks off'],
		['j j m', 'marking 2 comments by bob; m again clears'],
		['j j m m', 'author marks off'],
		['m', 'no author here to mark'],
		['v', 'compact view: one line per comment (v for the full view)'],
		['v v', 'full view'],
		['t', 'article text shown whole (t shortens it; kept for the next articles)'],
	])('%s says: %s', (keys, message) => {
		expect(session().keys(keys)).toBe(message);
	});

	it('a fold key under an author filter says why nothing folds', () => {
		const s = session();
		s.keys('a b o b return');
		expect(s.keys('C')).toBe('folds wait while the author filter is on (Esc leaves it)');
	});

	it('the message is gone after the next key, and plain moves say nothing', () => {
		const s = session();
		s.keys('C');
		expect(s.keys('j')).toBeNull();
		expect(s.keys('k')).toBeNull();
	});
});
