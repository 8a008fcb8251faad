/** What comb remembers across runs: new comments after a re-scrape, stars, where the reader was. */
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {Memory} from '../../source/state/memory.js';
import {JsonStore} from '../../source/state/store.js';
import {article, c} from '../support/trees.js';

const first = article([c('ann', c('bob')), c('cat')], {title: 'Story'});
// The re-scrape: a new reply under ann, a new thread at the top, cat's text edited.
const rescrape = article([c('new1'), c('ann', c('bob'), c('new2')), {...c('cat'), text: 'cat, edited'}], {
	title: 'Story',
	source: 'elsewhere/story.txt',
});

function storeIn(folder: string, warnings: string[] = []): JsonStore {
	return new JsonStore(folder, (message) => warnings.push(message));
}

describe('memory', () => {
	it('marks exactly the comments that are new in a re-scrape, once the article was read', () => {
		const folder = mkdtempSync(join(tmpdir(), 'comb-memory-'));
		const one = new Memory([first], storeIn(folder), ['a']);
		expect(one.newRows(0)).toEqual([]); // a first visit marks nothing
		expect(one.unseenRows(0)).toEqual([0, 1, 2]); // but --new shows everything
		one.markSeen(0, [0, 1, 2]);
		one.save();
		const two = new Memory([rescrape], storeIn(folder), ['b']);
		const authors = two.newRows(0).map((row) => rescrape.thread.author[row]);
		expect(authors).toEqual(['new1', 'new2', 'cat']);
		expect(two.unreadCount(0)).toBe(3);
		two.markSeen(0, [0]);
		expect(two.unreadCount(0)).toBe(2);
		expect(two.newRows(0)).toHaveLength(3); // still marked while the reader is here
		two.markArticleRead(0);
		expect(two.newRows(0)).toEqual([]);
		two.save();
		expect(new Memory([rescrape], storeIn(folder), ['b']).unseenRows(0)).toEqual([]);
	});

	it('keeps only the seen comments: the rest are new next time', () => {
		const folder = mkdtempSync(join(tmpdir(), 'comb-memory-'));
		const one = new Memory([first], storeIn(folder), ['a']);
		one.markSeen(0, [0]);
		one.save();
		const two = new Memory([first], storeIn(folder), ['a']);
		expect(two.newRows(0)).toEqual([1, 2]);
	});

	it('keeps stars across runs and across files, and unstars', () => {
		const folder = mkdtempSync(join(tmpdir(), 'comb-memory-'));
		const one = new Memory([first], storeIn(folder), ['a']);
		expect(one.toggleStar(0, 1)).toBe(true);
		one.save();
		const stars = JSON.parse(readFileSync(join(folder, 'stars.json'), 'utf8'));
		expect(Object.values(stars.stars)).toMatchObject([{author: 'bob', title: 'Story', on: true}]);
		const two = new Memory([rescrape], storeIn(folder), ['b']);
		expect(two.starred()).toEqual([{article: 0, row: 2}]);
		expect(two.toggleStar(0, 2)).toBe(false);
		two.save();
		expect(new Memory([first], storeIn(folder), ['a']).starred()).toEqual([]);
	});

	it('merges two runs that starred and read at the same time', () => {
		const folder = mkdtempSync(join(tmpdir(), 'comb-memory-'));
		const a = new Memory([first], storeIn(folder), ['a']);
		const b = new Memory([first], storeIn(folder), ['a']);
		a.toggleStar(0, 0);
		b.toggleStar(0, 2);
		a.markSeen(0, [0]);
		b.markSeen(0, [2]);
		a.save();
		b.save();
		const after = new Memory([first], storeIn(folder), ['a']);
		expect(after.starred()).toEqual([
			{article: 0, row: 0},
			{article: 0, row: 2},
		]);
		expect(after.newRows(0)).toEqual([1]);
	});

	it('resumes the article, focus and folds of the same inputs, by identity', () => {
		const folder = mkdtempSync(join(tmpdir(), 'comb-memory-'));
		const other = article([c('zed')], {title: 'Other'});
		const one = new Memory([other, first], storeIn(folder), ['x']);
		one.setPosition({screen: 'thread', article: 1, focus: 1, folded: [0]});
		one.save();
		expect(new Memory([other, first], storeIn(folder), ['y']).resume()).toBeNull();
		// The re-scrape moved bob to row 2 and ann to row 1; the article is now first.
		expect(new Memory([rescrape, other], storeIn(folder), ['x']).resume()).toEqual({
			screen: 'thread',
			article: 0,
			focus: 2,
			folded: [1],
		});
	});

	it('works without a store, for this run only', () => {
		const memory = new Memory([first], null, ['a']);
		memory.toggleStar(0, 0);
		memory.markSeen(0, [0]);
		memory.save();
		expect(memory.starred()).toEqual([{article: 0, row: 0}]);
		expect(memory.resume()).toBeNull();
	});
});
