/**
 * Every match within reach (issue 11): the prompt counts every match, `n` / `N` visit
 * every one in reading order and go on into the next article's matches, the runner answers
 * early while the index is built, and the command line finds authors in any case and
 * prints every match unless `--max`. In process, through the key table and the real search.
 */
import {describe, expect, it} from 'vitest';
import {type SearchAnswer, createSearchRunner} from '../../source/explorer/search-runner.js';
import {parseText} from '../../source/parse/parse.js';
import {closestNames, resolveAuthors} from '../../source/search/author-names.js';
import {buildSearchIndex} from '../../source/search/index-builder.js';
import {findMatches} from '../../source/search/matches.js';
import {search} from '../../source/search/search.js';
import {searchWindow} from '../../source/screens/prompt-window.js';
import {generateCorpusText} from '../../scripts/corpus/generate.js';
import {runComb} from '../support/run-comb.js';
import {startSession} from '../support/session.js';

/** Three articles of top-level comments; every third comment of the first two says "brussels". */
function articles() {
	const text = [0, 1, 2]
		.map((article) =>
			[
				`Article ${article}`,
				'',
				...Array.from({length: article === 2 ? 5 : 40}, (_, row) => [
					`  • author${row % 7}`,
					`    ${row % 3 === 0 && article < 2 ? 'brussels' : 'paris'} comment ${article}.${row}`,
					'',
				]).flat(),
			].join('\n'),
		)
		.join('\n');
	return parseText(text, 'reach.txt');
}

describe('every match within reach', () => {
	const corpus = articles();
	const index = buildSearchIndex(corpus);

	/** A session searching all articles for `query`, the real search's answer delivered, Enter pressed on the first result. */
	function jumpedSession(query: string, limit: number) {
		const s = startSession(corpus);
		const {matches, docs, total} = search(index, query, {scope: 'all', limit});
		s.keys('/').act({type: 'typeText', text: query});
		s.act({type: 'searchResults', query, results: matches, docs, total});
		return {s, docs};
	}

	it('counts every match in the prompt, however few results are ranked', () => {
		const {s} = jumpedSession('brussels', 3);
		expect(s.state.prompt!.results).toHaveLength(3);
		const window = searchWindow(s.state, s.state.prompt!, s.context, true);
		expect(window.status).toMatch(/^28 matches/);
	});

	it('n visits every match in reading order, across articles, and wraps; N goes back', () => {
		const {s, docs} = jumpedSession('brussels', 3);
		s.keys('return');
		const start = s.state.thread!.search!.current;
		const visited: number[] = [];
		for (let step = 0; step < docs.length; step++) {
			const {article, focus, search: active} = s.state.thread!;
			visited.push(s.context.docStart[article]! + focus);
			expect(active!.docs[active!.current]).toBe(visited.at(-1));
			s.keys('n');
		}
		const order = [...docs.subarray(start), ...docs.subarray(0, start)];
		expect(visited).toEqual(order);
		expect(new Set(visited.map((doc) => (doc < 40 ? 0 : 1)))).toEqual(new Set([0, 1]));
		s.keys('N N');
		const {article, focus} = s.state.thread!;
		expect(s.context.docStart[article]! + focus).toBe(order.at(-2));
	});

	it('n from a moved focus goes to the next match after it', () => {
		const {s} = jumpedSession('brussels', 3);
		s.keys('return');
		const first = s.state.thread!.focus;
		s.keys('j j j j');
		const moved = s.state.thread!.focus;
		s.keys('n');
		expect(s.state.thread!.focus).toBeGreaterThan(moved);
		expect(s.state.thread!.focus).not.toBe(first);
	});
});

describe('the runner answers while the index is still being built', () => {
	it('first an early answer over what is indexed, then the full one', async () => {
		const corpus = parseText(generateCorpusText({comments: 10_000, seed: 11}), 'big.txt');
		const answers: SearchAnswer[] = [];
		const runner = createSearchRunner(corpus, {earlyAfterMs: 0});
		await new Promise<void>((resolve) => {
			runner.start('the', 'all', (answer) => {
				answers.push(answer);
				if (answer.indexed === 1) {
					resolve();
				}
			});
		});
		expect(answers.length).toBe(2);
		expect(answers[0]!.indexed).toBeLessThan(1);
		expect(answers[0]!.total).toBeLessThan(answers[1]!.total);
		const full = search(buildSearchIndex(corpus), 'the', {scope: 'all', limit: 1});
		expect(answers[1]!.total).toBe(full.total);
		expect([...answers[1]!.docs]).toEqual([...full.docs]);
	});
});

describe('authors and the command line', () => {
	it('--author is case-insensitive and names the closest authors when none matches', () => {
		const names = ['Verner', 'verner', 'Vernon Smith', 'ivan cohen', 'John Wallace'];
		expect(resolveAuthors(names, ['VERNER']).names).toEqual(['Verner', 'verner']);
		const missing = resolveAuthors(names, ['vernr']).missing;
		expect(missing.map(({name}) => name)).toEqual(['vernr']);
		expect(missing[0]!.closest.slice(0, 2)).toEqual(['Verner', 'verner']);
		expect(closestNames(names, 'wallce')).toEqual(['John Wallace']);
		expect(closestNames(names, 'zzzzzz')).toEqual([]);
	});

	it('finds every match unless --max, and says how many there were', () => {
		const corpus = articles();
		const all = findMatches(corpus, {query: 'brussels', authors: []});
		expect(all.matches).toHaveLength(28);
		expect(all.total).toBe(28);
		const cut = findMatches(corpus, {query: 'brussels', authors: [], max: 5});
		expect(cut.matches).toHaveLength(5);
		expect(cut.total).toBe(28);
		const byAuthor = findMatches(corpus, {query: 'brussels', authors: ['author0'], max: 2});
		expect(byAuthor.matches).toHaveLength(2);
		expect(byAuthor.total).toBe(all.matches.filter((match) => match.row % 7 === 0).length);
	});

	it('prints the --max cut on stderr, and exits 1 naming the closest authors', async () => {
		const cut = await runComb(['--json', '--search', 'the', '--max', '2', 'data/coalition-base.txt']);
		expect(cut.code).toBe(0);
		expect(JSON.parse(cut.stdout).matches).toHaveLength(2);
		expect(cut.stderr).toMatch(/showing the best 2 of [\d,]+ matches \(--max\)/);
		const any = await runComb(['--json', '--author', 'VERNER', 'data/coalition-base.txt']);
		expect(any.code).toBe(0);
		expect(JSON.parse(any.stdout).matches.length).toBeGreaterThan(0);
		const none = await runComb(['--print', '--author', 'vernr', 'data/coalition-base.txt']);
		expect(none.code).toBe(1);
		expect(none.stderr).toContain('comb: no comment by "vernr"; closest: "verner"');
	});
});

describe('the picker and the filter in force', () => {
	it('opens with the filtered authors marked, and Enter adds the author under the cursor', async () => {
		const {article, c} = await import('../support/trees.js');
		const tree = article([c('ann', c('bob', c('cat')), c('dan')), c('eve')]);
		const s = startSession([tree]);
		s.keys('a').burst(['c', 'a', 't']).keys('return');
		expect(s.state.thread!.filter).toEqual(['cat']);
		s.keys('a');
		expect(s.state.picker!.chosen).toEqual(['cat']);
		s.burst(['d', 'a', 'n']).keys('return');
		expect(s.state.thread!.filter).toEqual(['cat', 'dan']);
		s.keys('a').burst(['d', 'a', 'n']).keys('space return');
		expect(s.state.thread!.filter).toEqual(['cat']);
	});
});

describe('searching from the list', () => {
	it('"this article" from the list is the article under the cursor', async () => {
		const {promptArticle} = await import('../../source/explorer/moves/search-steps.js');
		const s = startSession(articles());
		expect(s.state.screen).toBe('list');
		s.keys('j j');
		s.keys('/');
		expect(s.state.prompt!.scope).toBe('all');
		s.keys('tab');
		expect(s.state.prompt!.scope).toBe('article');
		expect(promptArticle(s.state, s.context)).toBe(2);
	});
});

describe('the prompt edits like a shell line', () => {
	it('moves by character, word and end, deletes a word and to the end, types at the cursor', () => {
		const s = startSession(articles()).keys('/');
		s.act({type: 'typeText', text: 'red blue green'});
		const line = () => [s.state.prompt!.query, s.state.prompt!.cursor];
		s.keys('ctrl+w');
		expect(line()).toEqual(['red blue ', 9]);
		s.keys('home right right');
		expect(line()).toEqual(['red blue ', 2]);
		s.keys('x');
		expect(line()).toEqual(['rexd blue ', 3]);
		s.keys('alt+f alt+f');
		expect(line()).toEqual(['rexd blue ', 9]);
		s.keys('alt+b ctrl+k');
		expect(line()).toEqual(['rexd ', 5]);
		s.keys('ctrl+a ctrl+e left backspace');
		expect(line()).toEqual(['rex ', 3]);
	});

	it('pages the results with PgDn / PgUp and steps them with Ctrl-n / Ctrl-p', () => {
		const corpus = articles();
		const index = buildSearchIndex(corpus);
		const s = startSession(corpus, 80, 12).keys('/');
		s.act({type: 'typeText', text: 'comment'});
		const {matches, docs, total} = search(index, 'comment', {scope: 'all'});
		s.act({type: 'searchResults', query: 'comment', results: matches, docs, total});
		s.keys('ctrl+n ctrl+n');
		expect(s.state.prompt!.selected).toBe(2);
		s.keys('ctrl+p');
		expect(s.state.prompt!.selected).toBe(1);
		s.keys('pagedown');
		const paged = s.state.prompt!.selected;
		expect(paged).toBeGreaterThan(4);
		expect(s.state.prompt!.top).toBeGreaterThan(0);
		s.keys('pageup');
		expect(s.state.prompt!.selected).toBe(1);
	});
});
