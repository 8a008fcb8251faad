/** N1, N2, N3 and count lines (numbered comments), with near misses. */
import {describe, expect, it} from 'vitest';
import {isCountLine} from '../../source/parse/words.js';
import {art, c, json} from './helpers.js';

describe('count lines', () => {
	it('a number or number word, then a whole comment/response/thought/reply word, then anything', () => {
		for (const text of [
			'1 comment:',
			'12 Comments on Title',
			'1,204 replies',
			'One thought on “The Road',
			'no responses',
			'Ten Thoughts',
			'3 Responses to “The Road”',
			'2 reply',
		]) {
			expect(isCountLine(text), text).toBe(true);
		}
	});

	it('near misses: not a whole word, no number, a number word not in the list', () => {
		for (const text of ['3 commentators agree', 'Comments', 'eleven comments', 'about 3 comments', '3comments']) {
			expect(isCountLine(text), text).toBe(false);
		}
	});

	it('is dropped when it is the last non-blank line of the head, and only then', () => {
		expect(json(['T', '', 'Body', '', '4 comments'])).toEqual([art({title: 'T', body: 'Body'})]);
		expect(json(['T', '', '4 comments', '', 'Body'])).toEqual([art({title: 'T', body: '4 comments\n\nBody'})]);
		expect(json(['2 comments'])).toEqual([]);
	});
});

describe('N1 (start)', () => {
	it('starts after a count line, after two blank lines, or as the first non-blank line of the stream', () => {
		expect(json(['T', '1 comment:', '  1. Ann says:', '', '    hi'])).toEqual([
			art({title: 'T', comments: [c('Ann', 3, 'hi')]}),
		]);
		expect(json(['T', '', '', '  1. hello'])).toEqual([art({title: 'T', comments: [c('', 4, 'hello')]})]);
		expect(json(['', '  1. hello'])).toEqual([art({comments: [c('', 2, 'hello')]})]);
	});

	it('near misses: one blank line above, a number other than 1, a single-spaced run, no indent', () => {
		expect(json(['T', '', '  1. hello'])).toEqual([art({title: 'T', body: '  1. hello'})]);
		expect(json(['T', '', '', '  2. hello'])).toEqual([art({title: 'T', body: '  2. hello'})]);
		expect(json(['T', '', '', '  1. a', '  2. b'])).toEqual([art({title: 'T', body: '  1. a\n  2. b'})]);
		expect(json(['T', '', '', '1. a'])).toEqual([art({title: 'T', body: '1. a'})]);
		expect(json(['T', '', '', '  12345. a', '  1.5 b', '  1.x'])).toEqual([
			art({title: 'T', body: '  12345. a\n  1.5 b\n  1.x'}),
		]);
	});

	it('a numbered run after the next line at another indent is not a list', () => {
		expect(json(['T', '', '', '  1. a', '    1. b'])).toEqual([
			art({title: 'T', comments: [c('', 4, 'a', [c('', 5, 'b')])]}),
		]);
	});
});

describe('N2 (numbering)', () => {
	it('1 for a first reply, the previous sibling plus 1 otherwise; other numbered lines and bullets are text', () => {
		expect(
			json([
				'T',
				'',
				'',
				'  1. a',
				'',
				'    1. a1',
				'',
				'    3. not',
				'    • also text',
				'',
				'    2. a2',
				'',
				'  2. b',
				'',
				'  2. again',
			]),
		).toEqual([
			art({
				title: 'T',
				comments: [c('', 4, 'a', [c('', 6, 'a1\n\n3. not\n• also text'), c('', 11, 'a2')]), c('', 13, 'b\n\n2. again')],
			}),
		]);
	});

	it('an unindented line or a bullet at indent 0 ends the section (the next article)', () => {
		expect(json(['T', '', '', '  1. a', 'Next', '', '', '  1. b', '• menu'])).toEqual([
			art({title: 'T', comments: [c('', 4, 'a')]}),
			art({title: 'Next', comments: [c('', 8, 'b')]}),
			art({title: '• menu'}),
		]);
	});
});

describe('N3 (author)', () => {
	it('`NAME says:`, `NAME said:`, `NAME wrote:` (NAME at most 60 characters)', () => {
		expect(
			json(['T', '', '', '  1. Ann says:', '    a', '  2. Bob Said:', '    b', '  3. Cy wrote:', '    c']),
		).toEqual([art({title: 'T', comments: [c('Ann', 4, 'a'), c('Bob', 6, 'b'), c('Cy', 8, 'c')]})]);
		const long = 'x'.repeat(61);
		expect(json(['T', '', '', `  1. ${long} says:`, '    a'])).toEqual([
			art({title: 'T', comments: [c('', 4, `${long} says:\na`)]}),
		]);
	});

	it('a name glued to a clock time, with a blank line after, gives author and time', () => {
		expect(json(['T', '', '', '  1. Anonymous11:16 PM', '', '    hi'])).toEqual([
			art({title: 'T', comments: [c('Anonymous', 4, 'hi', [], {time: '11:16 PM'})]}),
		]);
	});

	it('near miss: the glued clock with text on the next line is the first body line', () => {
		expect(json(['T', '', '', '  1. Anonymous11:16 PM', '    hi'])).toEqual([
			art({title: 'T', comments: [c('', 4, 'Anonymous11:16 PM\nhi')]}),
		]);
	});

	it('otherwise the author is empty and TEXT is the first body line, placed at the smallest indent of the others', () => {
		expect(json(['T', '', '', '  1. First line', '        deeper', '      base'])).toEqual([
			art({title: 'T', comments: [c('', 4, 'First line\n  deeper\nbase')]}),
		]);
		expect(json(['T', '', '', '  1.'])).toEqual([art({title: 'T', comments: [c('', 4)]})]);
	});
});
