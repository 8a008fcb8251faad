/** M1 and M2 (metadata beside the author) and the time-like rule they share, with near misses. */
import {describe, expect, it} from 'vitest';
import {isTimeLike} from '../../source/parse/words.js';
import {art, c, json} from './helpers.js';

describe('time-like text', () => {
	it('relative times, clock times, date lines, and a date line then `at`/`,` and a clock time', () => {
		for (const text of [
			'2 days ago',
			'a minute ago',
			'an hour ago',
			'11 Months Ago',
			'1 second ago',
			'just now',
			'Today',
			'yesterday',
			'2:57',
			'12:05:09',
			'8:40 PM',
			'8:40pm',
			'March 31, 2012',
			'2020-03-26',
			'March 31, 2012 at 2:57 pm',
			'May 1, 2020, 9:00',
		]) {
			expect(isTimeLike(text), text).toBe(true);
		}
	});

	it('near misses: integers, other units, no `ago`, a clock with letters, a non-date before the clock', () => {
		for (const text of [
			'14',
			'-3',
			'2 fortnights ago',
			'2 days',
			'ago',
			'2:5',
			'123:45',
			'at 2:57 pm',
			'Meeting at 2:57 pm',
			'',
		]) {
			expect(isTimeLike(text), text).toBe(false);
		}
	});
});

describe('M1 (lines under a header)', () => {
	it('takes the first time and the first integer; words and later values are dropped', () => {
		expect(
			json(['T', '', '  • ann', '    9', '    ·', '    3 hours ago', '    4', '    yesterday', '', '    hi']),
		).toEqual([art({title: 'T', comments: [c('ann', 3, 'hi', [], {time: '3 hours ago', score: 9})]})]);
	});

	it('every word: · link fedilink arrow-up arrow-down reply English (any case)', () => {
		expect(
			json([
				'T',
				'',
				'  • ann',
				'    Link',
				'    fedilink',
				'    arrow-up',
				'    arrow-down',
				'    REPLY',
				'    english',
				'    ·',
				'',
				'    hi',
			]),
		).toEqual([art({title: 'T', comments: [c('ann', 3, 'hi')]})]);
	});

	it('near miss: lines that are all integers are text (a score alone is not metadata)', () => {
		expect(json(['T', '', '  • ann', '    42', '    7'])).toEqual([
			art({title: 'T', comments: [c('ann', 3, '42\n7')]}),
		]);
	});

	it('near miss: one line that is not metadata keeps every line as text', () => {
		expect(json(['T', '', '  • ann', '    2 days ago', '    I agree.'])).toEqual([
			art({title: 'T', comments: [c('ann', 3, '2 days ago\nI agree.')]}),
		]);
	});

	it('near miss: after a blank line, a time is text', () => {
		expect(json(['T', '', '  • ann', '', '    2 days ago'])).toEqual([
			art({title: 'T', comments: [c('ann', 3, '2 days ago')]}),
		]);
	});
});

describe('M2 (metadata in the author)', () => {
	it('after ` · `: a time, else a note; the author is what stands before', () => {
		expect(
			json([
				'T',
				'',
				'  • Tomás · March 31, 2012 at 2:57 pm',
				'',
				'    a',
				'',
				'  • Bea · moderator · 2 days ago',
				'',
				'    b',
			]),
		).toEqual([
			art({
				title: 'T',
				comments: [
					c('Tomás', 3, 'a', [], {time: 'March 31, 2012 at 2:57 pm'}),
					c('Bea', 7, 'b', [], {note: 'moderator · 2 days ago'}),
				],
			}),
		]);
	});

	it('after ` | `: a note when it holds a year or a month', () => {
		expect(json(['T', '', '  • kim | School | Norway 12 May 2023', '', '    a', '  • lee | Sept', '    b'])).toEqual([
			art({
				title: 'T',
				comments: [c('kim', 3, 'a', [], {note: 'School | Norway 12 May 2023'}), c('lee', 6, 'b', [], {note: 'Sept'})],
			}),
		]);
	});

	it('near misses: ` | ` without a year or month, `·` without spaces, a year out of range', () => {
		expect(json(['T', '', '  • kim | School', '', '    a', '  • a·b', '    b', '  • x | 1850', '    c'])).toEqual([
			art({title: 'T', comments: [c('kim | School', 3, 'a'), c('a·b', 6, 'b'), c('x | 1850', 8, 'c')]}),
		]);
	});

	it("when M1 and M2 both give a time, M2's stands", () => {
		expect(json(['T', '', '  • ann · 2 days ago', '    5 days ago', '    3', '', '    hi'])).toEqual([
			art({title: 'T', comments: [c('ann', 3, 'hi', [], {time: '2 days ago', score: 3})]}),
		]);
	});

	it('the clean author is the one every view uses (the thread holds it, not the raw header)', () => {
		const [article] = json(['T', '', '  • Tomás · 2 days ago', '', '    hi']);
		expect(article!.comments[0]!.author).toBe('Tomás');
	});
});
