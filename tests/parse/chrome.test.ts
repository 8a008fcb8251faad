/** H1 (chrome at the top of a head) and F1 (footer lines after the comments), with near misses. */
import {describe, expect, it} from 'vitest';
import {art, c, json} from './helpers.js';

describe('H1 (top of the head)', () => {
	it('drops amounts with a currency sign and skip links before the date and title are chosen', () => {
		expect(
			json([
				'Skip Navigation',
				'0 $',
				'',
				'2,500 $',
				'€ 15',
				'£3.50',
				'Jump to content',
				'Skip to main content',
				'JULY 2020',
				'Title',
			]),
		).toEqual([art({date: 'JULY 2020', title: 'Title'})]);
	});

	it('near misses: not at the top, a number without a sign, a sign with words', () => {
		expect(json(['Title', '0 $', 'Skip to content'])).toEqual([art({title: 'Title', body: '0 $\nSkip to content'})]);
		expect(json(['2,500', 'x'])).toEqual([art({title: '2,500', body: 'x'})]);
		expect(json(['$ 5 off today', 'x'])).toEqual([art({title: '$ 5 off today', body: 'x'})]);
	});
});

describe('F1 (footer lines)', () => {
	it('after the first comment a footer line ends the section; footer lines, headers and indented lines after it are dropped', () => {
		expect(
			json([
				'T',
				'',
				'  • Ann',
				'',
				'    hi',
				'',
				'    Home',
				'  • Bob',
				'Share via',
				'',
				'Older Post',
				'  • Random Post',
				'    x',
				'• y',
				'Next',
				'',
				'Body',
			]),
		).toEqual([art({title: 'T', comments: [c('Ann', 3, 'hi')]}), art({title: 'Next', body: 'Body'})]);
	});

	it('every footer line, any case, trailing spaces ignored', () => {
		for (const footer of [
			'Leave a Reply',
			'leave a comment',
			'POST A COMMENT',
			'Share via',
			'Random Post',
			'Search This Blog',
			'Newer Post',
			'Older Post',
			'Home  ',
			'Subscribe to: Post Comments (Atom)',
			'Notify of',
			'Support SouthFront',
			'Do you like this content? Consider helping us!',
		]) {
			expect(json(['T', '', '  • Ann', '    hi', footer, '  • x']), footer).toEqual([
				art({title: 'T', comments: [c('Ann', 3, 'hi')]}),
			]);
		}
	});

	it('near misses: a footer line before the first comment is head text; a longer line is comment text', () => {
		expect(json(['T', 'Leave a Reply', '', '  • Ann', '    Home page', '    Leave a Reply please'])).toEqual([
			art({title: 'T', body: 'Leave a Reply', comments: [c('Ann', 4, 'Home page\nLeave a Reply please')]}),
		]);
	});

	it('in a numbered section too', () => {
		expect(json(['T', '1 comment', '  1. Ann says:', '    hi', '  Leave a Reply', '  2. x', 'Next'])).toEqual([
			art({title: 'T', comments: [c('Ann', 3, 'hi')]}),
			art({title: 'Next'}),
		]);
	});
});
