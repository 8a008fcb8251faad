/** S1 ("said..." comments) and W1, W2, W3 (wpDiscuz), with near misses. */
import {describe, expect, it} from 'vitest';
import {art, c, json} from './helpers.js';

describe('S1 (said comments)', () => {
	it('a said header starts the section; every other line is body, whatever its indent; no unindented line starts an article', () => {
		expect(
			json(['T', '', 'Ann said...', '', 'Hello.', '', 'Not a new article.', 'Bob said…', '  indented', 'flush']),
		).toEqual([
			art({title: 'T', comments: [c('Ann', 3, 'Hello.\n\nNot a new article.'), c('Bob', 8, '  indented\nflush')]}),
		]);
	});

	it('localized headers: dijo, disse, a dit, ha detto, hat gesagt, zei', () => {
		const words = ['dijo', 'disse', 'a dit', 'ha detto', 'hat gesagt', 'zei'];
		const lines = ['T', ''];
		for (const word of words) {
			lines.push(`Name ${word}...`, 'x');
		}
		expect(json(lines)).toEqual([art({title: 'T', comments: words.map((_, i) => c('Name', 3 + 2 * i, 'x'))})]);
	});

	it('a footer line ends it; a form feed ends the article', () => {
		expect(
			json(['T', 'Ann said...', 'hi', 'Post a Comment', 'Newer Post', 'Home', 'Next', 'x', '\f', 'Bob said...', 'yo']),
		).toEqual([
			art({title: 'T', comments: [c('Ann', 2, 'hi')]}),
			art({title: 'Next', body: 'x'}),
			art({comments: [c('Bob', 10, 'yo')]}),
		]);
	});

	it('near misses: indented, no space before the word, no dots, more than 80 characters', () => {
		const long = `${'x'.repeat(75)} said...`;
		expect(json(['T', '', '  Ann said...', 'Bobsaid...', 'Cy said', long])).toEqual([
			art({title: 'T', body: `  Ann said...\nBobsaid...\nCy said\n${long}`}),
		]);
	});
});

describe('W1 (start)', () => {
	it('`View all comments` right below `Inline Feedbacks` starts it; chrome at the end of the head is dropped', () => {
		expect(
			json([
				'T',
				'',
				'Body',
				'',
				'2.8 5 votes',
				'Article Rating',
				'Notify of',
				'Oldest',
				'Inline Feedbacks',
				'View all comments',
				'first',
			]),
		).toEqual([art({title: 'T', body: 'Body', comments: [c('', 11, 'first')]})]);
	});

	it('near miss: a blank line between the two lines, or another order', () => {
		expect(json(['T', 'Inline Feedbacks', '', 'View all comments', 'x'])).toEqual([
			art({title: 'T', body: 'Inline Feedbacks\n\nView all comments\nx'}),
		]);
		expect(json(['T', 'View all comments', 'Inline Feedbacks', 'x'])).toEqual([
			art({title: 'T', body: 'View all comments\nInline Feedbacks\nx'}),
		]);
	});
});

describe('W2 (headers)', () => {
	const head = ['T', 'Inline Feedbacks', 'View all comments'];

	it('two identical lines are a header; a time and `Reply to` below it; a reply goes to the latest comment by NAME', () => {
		expect(
			json([
				...head,
				'Ann',
				'Ann',
				'3 days ago',
				'',
				'one',
				'',
				'Bob',
				'Bob',
				'',
				'two',
				'Cy',
				'Cy',
				'Reply to  Ann',
				'2 days ago',
				'three',
				'Dee',
				'Dee',
				'Reply to Nobody',
				'four',
			]),
		).toEqual([
			art({
				title: 'T',
				comments: [
					c('Ann', 4, 'one', [c('Cy', 14, 'three', [], {time: '2 days ago', replyTo: 'Ann'})], {time: '3 days ago'}),
					c('Bob', 10, 'two'),
					c('Dee', 19, 'four', [], {replyTo: 'Nobody'}),
				],
			}),
		]);
	});

	it('in a section with headers, two blank lines do not split a comment', () => {
		expect(json([...head, 'Ann', 'Ann', 'one', '', '', 'still one'])).toEqual([
			art({title: 'T', comments: [c('Ann', 4, 'one\n\nstill one')]}),
		]);
	});
});

describe('W3 (anonymous)', () => {
	const head = ['T', 'Notify of', 'Inline Feedbacks', 'View all comments'];

	it('without headers, two or more blank lines start a new anonymous comment; one does not', () => {
		expect(json([...head, 'a', '', 'still a', '', '', 'b', '', '', '', 'c'])).toEqual([
			art({title: 'T', comments: [c('', 5, 'a\n\nstill a'), c('', 10, 'b'), c('', 14, 'c')]}),
		]);
	});

	it('lines before the first header are an anonymous comment; a footer line ends the section', () => {
		expect(json([...head, 'a', 'Bob', 'Bob', 'b', 'Leave a Reply', '  • Random Post', 'Next'])).toEqual([
			art({title: 'T', comments: [c('', 5, 'a'), c('Bob', 6, 'b')]}),
			art({title: 'Next'}),
		]);
	});
});
