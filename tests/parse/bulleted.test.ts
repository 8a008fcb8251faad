/** B1, B2, B3 and B5: which bullet headers start a comment section, with near misses that must not. */
import {describe, expect, it} from 'vitest';
import {art, c, json} from './helpers.js';

describe('B1 (lists by block)', () => {
	it('a header sharing its block with another at the same indent is a list item, even with indented lines', () => {
		expect(json(['T', '', '  • one', '    (detail)', '  • two', '', '  • Ann', '', '    hi'])).toEqual([
			art({title: 'T', body: '  • one\n    (detail)\n  • two', comments: [c('Ann', 7, 'hi')]}),
		]);
	});

	it('a header at a smaller indent later in the block makes the deeper one a list item', () => {
		expect(json(['T', '', '    • sub', '  • Ann', '    hi'])).toEqual([
			art({title: 'T', body: '    • sub', comments: [c('Ann', 4, 'hi')]}),
		]);
	});

	it('an unindented header in the block counts (it is at a smaller indent)', () => {
		expect(json(['T', '', '• menu', '  • Ann', '    hi'])).toEqual([
			art({title: 'T', body: '• menu\n  • Ann\n    hi'}),
		]);
	});

	it('near miss: a deeper header in the block is a reply (a single-spaced thread is still a thread)', () => {
		expect(json(['T', '', '  • Ann', '    hi', '    • Bob', '      yo'])).toEqual([
			art({title: 'T', comments: [c('Ann', 3, 'hi', [c('Bob', 5, 'yo')])]}),
		]);
	});

	it('near miss: the block stops at an unindented line that is not a header', () => {
		expect(json(['T', '  • list item', 'Text between', '  • Ann', '    hi'])).toEqual([
			art({title: 'T', body: '  • list item\nText between', comments: [c('Ann', 4, 'hi')]}),
		]);
	});

	it('v2 change: a single-spaced thread whose roots share an indent is a list', () => {
		expect(json(['T', '', '  • Ann', '    hi', '  • Bob', '    yo'])).toEqual([
			art({title: 'T', body: '  • Ann\n    hi\n  • Bob\n    yo'}),
		]);
	});
});

describe('B2 (lone bullets)', () => {
	it('a header whose next non-blank line is unindented page text is body', () => {
		expect(json(['T', '', '  • Follow us', '', 'More text.', '', '  • Ann', '', '    hi'])).toEqual([
			art({title: 'T', body: '  • Follow us\n\nMore text.', comments: [c('Ann', 7, 'hi')]}),
		]);
	});

	it('near miss: a next line that is an unindented header does not make it lone', () => {
		expect(json(['T', '', '  • Ann', '', '• Bob', '', '  hi'])).toEqual([
			art({title: 'T', comments: [c('Ann', 3), c('Bob', 5, 'hi')]}),
		]);
	});

	it('near miss: a header with no line after it starts the comments (an empty comment)', () => {
		expect(json(['T', '', '  • Ann'])).toEqual([art({title: 'T', comments: [c('Ann', 3)]})]);
	});
});

describe('B3 (names)', () => {
	it('a header whose author is not name-like is body: more than 10 words, a ! or ?, a long sentence with a period', () => {
		for (const author of [
			'one two three four five six seven eight nine ten eleven',
			'Sign up now!',
			'Who is coming?',
			'This is a sentence of six words.',
			'x'.repeat(81),
		]) {
			expect(json(['T', '', `  • ${author}`, '', '    text'])).toEqual([
				art({title: 'T', body: `  • ${author}\n\n    text`}),
			]);
		}
	});

	it('near miss: short names ending in a period, 10 words, 80 characters, and the empty author are name-like', () => {
		for (const author of ['Dr. J. Smith Jr.', 'a b c d e f g h i j', 'x'.repeat(80), '']) {
			expect(json(['T', '', `  • ${author}`, '', '    text'])).toEqual([
				art({title: 'T', comments: [c(author, 3, 'text')]}),
			]);
		}
	});

	it('the next header before the next unindented line must be name-like too', () => {
		expect(
			json([
				'T',
				'',
				'  • Season',
				'',
				'  • Three plays and one very patient stage crew.',
				'',
				'  • Ada',
				'',
				'    hi',
			]),
		).toEqual([
			art({
				title: 'T',
				body: '  • Season\n\n  • Three plays and one very patient stage crew.',
				comments: [c('Ada', 7, 'hi')],
			}),
		]);
	});

	it('near miss: a header after the next unindented line is not looked at', () => {
		expect(json(['T', '', '  • Ann', '    hi', 'Next article', '', '  • Is this a question?', '    x'])).toEqual([
			art({title: 'T', comments: [c('Ann', 3, 'hi')]}),
			art({title: 'Next article', body: '  • Is this a question?\n    x'}),
		]);
	});

	it('is judged on the author after M2 (the time after ` · ` does not count as words)', () => {
		expect(json(['T', '', '  • Ann Lee · March 31, 2012 at 2:57 pm', '', '    hi'])).toEqual([
			art({title: 'T', comments: [c('Ann Lee', 3, 'hi', [], {time: 'March 31, 2012 at 2:57 pm'})]}),
		]);
	});
});

describe('B5 (lost indent)', () => {
	it('a first-line header at column 0 with an indented line below counts as indented one column less', () => {
		// ann counts as indent 3, so bob (indent 2) is a second root, not a reply.
		expect(json(['• ann@x.example', '    hi', '', '  • bob', '', '    yo'])).toEqual([
			art({comments: [c('ann@x.example', 1, 'hi'), c('bob', 4, 'yo')]}),
		]);
		// In its block, the counted indent is what B1 compares: bob at 2 is smaller than ann's 3.
		expect(json(['• ann', '    hi', '  • bob', '    yo'])).toEqual([
			art({title: '• ann', body: '    hi', comments: [c('bob', 3, 'yo')]}),
		]);
	});

	it('near miss: not the first non-blank line of the stream', () => {
		expect(json(['T', '• ann', '    hi'])).toEqual([art({title: 'T', body: '• ann\n    hi'})]);
	});

	it('near miss: the next non-blank line is a header, or unindented', () => {
		expect(json(['• ann', '', '  • bob', '', '    hi'])).toEqual([
			art({title: '• ann', comments: [c('bob', 3, 'hi')]}),
		]);
		expect(json(['• ann', 'text'])).toEqual([art({title: '• ann', body: 'text'})]);
	});

	it('near miss: a next line indented by one column gives indent 0, which does not start the comments', () => {
		expect(json(['• ann', ' hi'])).toEqual([art({title: '• ann', body: ' hi'})]);
	});
});
