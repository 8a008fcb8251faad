/** What counts as the same article and the same comment across files and re-scrapes. */
import {describe, expect, it} from 'vitest';
import {hash64} from '../../source/state/hash.js';
import {articleIds, commentIds} from '../../source/state/identity.js';
import {article, c} from '../support/trees.js';
import {fromCommentTree} from '../support/tree.js';

const dated = (title: string | null, date: string | null, source = 'a.txt') => ({
	...article([c('ann')], {source}),
	title,
	date,
});

describe('article identity', () => {
	it('is the title and date, whatever the file or folder', () => {
		const [first] = articleIds([dated('Budget vote', '2024-05-01', 'crawl1/budget.txt')]);
		const [again] = articleIds([dated('Budget  vote ', '2024-05-01', 'crawl2/other.txt')]);
		expect(again).toBe(first);
		expect(articleIds([dated('Budget vote', '2024-05-02')])[0]).not.toBe(first);
		expect(articleIds([dated('Budget votes', '2024-05-01')])[0]).not.toBe(first);
	});

	it('tells apart same-titled articles of one load by source file name, then by order', () => {
		const ids = articleIds([
			dated('Same', null, 'x/one.txt'),
			dated('Same', null, 'y/two.txt'),
			dated('Same', null, 'z/two.txt'),
		]);
		expect(new Set(ids).size).toBe(3);
		// The same pair loaded from other folders gets the same ids.
		expect(articleIds([dated('Same', null, 'q/one.txt'), dated('Same', null, 'q/two.txt')])).toEqual(ids.slice(0, 2));
	});

	it('hashes to 16 hex digits, differently for different texts', () => {
		expect(hash64('a')).toMatch(/^[0-9a-f]{16}$/);
		const many = new Set(Array.from({length: 20_000}, (_, index) => hash64(`comment ${index}`)));
		expect(many.size).toBe(20_000);
	});
});

describe('comment identity', () => {
	const before = fromCommentTree([c('ann', c('bob')), c('cat')]);
	const idsBefore = commentIds(before, 'a'.repeat(16));

	it('survives a re-scrape that moves comments (new ones before them)', () => {
		const after = fromCommentTree([c('zed'), c('ann', c('new'), c('bob')), c('cat')]);
		const idsAfter = commentIds(after, 'a'.repeat(16));
		expect(idsAfter.filter((id) => idsBefore.includes(id))).toHaveLength(3);
		expect(idsBefore.every((id) => idsAfter.includes(id))).toBe(true);
	});

	it('changes when the text is edited, and so do its replies (their parent changed)', () => {
		const edited = fromCommentTree([{...c('ann', c('bob')), text: 'ann edited'}, c('cat')]);
		const ids = commentIds(edited, 'a'.repeat(16));
		expect(ids[0]).not.toBe(idsBefore[0]);
		expect(ids[1]).not.toBe(idsBefore[1]);
		expect(ids[2]).toBe(idsBefore[2]);
	});

	it('differs for the same words under another parent or by another author', () => {
		const moved = fromCommentTree([c('ann'), c('cat', c('bob'))]);
		expect(commentIds(moved, 'a'.repeat(16))[2]).not.toBe(idsBefore[1]);
		expect(commentIds(before, 'b'.repeat(16))[0]).not.toBe(idsBefore[0]);
	});

	it('tells identical siblings apart', () => {
		const twins = fromCommentTree([c('ann', c('bob'), c('bob'))]);
		const ids = commentIds(twins, 'a'.repeat(16));
		expect(new Set(ids).size).toBe(3);
	});
});
