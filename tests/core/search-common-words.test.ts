/** A word in nearly every comment of a big corpus: every match counted, the best `limit` ranked, nothing overflows. */
import {describe, expect, it} from 'vitest';
import {parseText} from '../../source/parse/parse.js';
import {buildSearchIndex} from '../../source/search/index-builder.js';
import {search} from '../../source/search/search.js';

describe('a query that matches hundreds of thousands of comments', () => {
	it('ranks the best 1,000 of 300,000 matches without exhausting the stack (a spread of every match did)', () => {
		const size = 300_000;
		const lines = ['Common words', '', 'Comments', ''];
		for (let at = 0; at < size; at++) {
			// Every comment says "the"; every 1,000th says it twice, and longer texts rank lower.
			lines.push(
				`  • reader${at % 97}`,
				'',
				`    the ${at % 1000 === 0 ? 'the' : `word${at % 13} other words here`}`,
				'',
			);
		}
		const articles = parseText(lines.join('\n'), 'common.txt');
		const index = buildSearchIndex(articles);
		const result = search(index, 'the', {scope: 'all', limit: 1000});
		expect(result.total).toBe(size);
		expect(result.matches).toHaveLength(1000);
		expect(result.docs).toHaveLength(size);
		// Shorter texts rank first: the 300 two-word comments lead.
		const text = (match: (typeof result.matches)[number]) => articles[match.article]!.thread.text[match.row];
		expect(result.matches.slice(0, 300).map(text)).toEqual(Array.from({length: 300}, () => 'the the'));
		expect(text(result.matches[300]!)).not.toBe('the the');
	}, 60_000);
});
