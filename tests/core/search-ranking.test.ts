/**
 * The ranking rules of fuzzy search (issue 11): the Damerau typo model, what a term may
 * match in an author, and the order exact > prefix > one typo > inside a word > two typos,
 * with phrases and word order counting. Small corpora parsed with `parseText`.
 */
import {describe, expect, it} from 'vitest';
import {parseText} from '../../source/parse/parse.js';
import {buildSearchIndex} from '../../source/search/index-builder.js';
import {search} from '../../source/search/search.js';
import {typoBudget, typoDistance} from '../../source/search/typo.js';

type Comment = readonly [author: string, text: string];

/** One article of top-level comments, indexed. */
function indexOf(...comments: readonly Comment[]) {
	const text = ['Article', '', ...comments.flatMap(([author, body]) => [`  • ${author}`, `    ${body}`, ''])].join(
		'\n',
	);
	return buildSearchIndex(parseText(text, 'test.txt'));
}

/** The texts of the matches, best first. */
function texts(index: ReturnType<typeof indexOf>, query: string): string[] {
	return search(index, query, {scope: 'all'}).matches.map(
		({article, row}) => index.articles[article]!.thread.text[row]!,
	);
}

describe('typo model', () => {
	it('counts a swap of neighbouring letters as one edit (Damerau)', () => {
		expect(typoDistance('receive', 'recieve', 1)).toBe(1);
		expect(typoDistance('friend', 'freind', 1)).toBe(1);
		expect(typoDistance('because', 'becuase', 1)).toBe(1);
		expect(typoDistance('achieve', 'acheive', 1)).toBe(1);
	});

	it('makes an edit at the first letter cost two', () => {
		expect(typoDistance('movement', 'goverment', 2)).toBe(Infinity);
		expect(typoDistance('government', 'goverment', 2)).toBe(1);
		expect(typoDistance('bread', 'tread', 2)).toBe(2);
		expect(typoDistance('bread', 'tread', 1)).toBe(Infinity);
		expect(typoDistance('hte', 'the', 1)).toBe(1);
	});

	it('forgives no typo up to 3 letters, one up to 7, two from 8', () => {
		expect([3, 4, 7, 8, 20].map(typoBudget)).toEqual([0, 1, 1, 2, 2]);
	});
});

describe('ranking', () => {
	it('finds receive for recieve, friend for freind', () => {
		const index = indexOf(['a', 'did you receive it'], ['b', 'my friend said so'], ['c', 'nothing here']);
		expect(texts(index, 'recieve')).toEqual(['did you receive it']);
		expect(texts(index, 'freind')).toEqual(['my friend said so']);
	});

	it('does not match bread inside a longer author name such as readerNN', () => {
		const index = indexOf(['reader12', 'a thread about toast'], ['reader7', 'nothing'], ['bob', 'fresh bread daily']);
		expect(texts(index, 'bread')).toEqual(['fresh bread daily']);
	});

	it('matches an author by a word of the name, below the same match in the text', () => {
		const index = indexOf(['Bread Lover', 'I bake'], ['x', 'bread is life'], ['y', 'no']);
		expect(texts(index, 'bread')).toEqual(['bread is life', 'I bake']);
		expect(texts(index, '@lover')).toEqual(['I bake']);
	});

	it('ranks rocket above goingbrokes for roket', () => {
		const index = indexOf(['goingbrokes', 'a broken promise'], ['z', 'the rocket nose cone']);
		expect(texts(index, 'roket')[0]).toBe('the rocket nose cone');
		expect(texts(index, 'roket')).not.toContain('a broken promise');
	});

	it('does not match movement for goverment', () => {
		const index = indexOf(['a', 'a popular movement'], ['b', 'the government failed']);
		expect(texts(index, 'goverment')).toEqual(['the government failed']);
	});

	it('orders exact > prefix > one typo > inside a word > two typos', () => {
		const index = indexOf(
			['a', 'xx tempreture yy'],
			['b', 'xx attemper yy'],
			['c', 'xx tamper yy'],
			['d', 'xx temperance yy'],
			['e', 'xx temper yy'],
		);
		expect(texts(index, 'temper')).toEqual(['xx temper yy', 'xx temperance yy', 'xx tamper yy', 'xx attemper yy']);
		const two = indexOf(['a', 'xx tempreture yy'], ['b', 'xx temperatures yy'], ['c', 'xx temperature yy']);
		expect(texts(two, 'temperature')).toEqual(['xx temperature yy', 'xx temperatures yy', 'xx tempreture yy']);
	});

	it('ranks a phrase above the same words scattered, and the order typed above the reverse', () => {
		const index = indexOf(
			['a', 'smog was here and the city was grey'],
			['b', 'the city was under smog'],
			['c', 'under the smog was a city'],
		);
		expect(texts(index, 'the smog was')[0]).toBe('under the smog was a city');
		const order = indexOf(['a', 'blue sky over the sea'], ['b', 'sky blue over the sea']);
		expect(texts(order, 'blue sky')).toEqual(['blue sky over the sea', 'sky blue over the sea']);
	});

	it('counts every match exactly and lists them all in reading order', () => {
		const comments: Comment[] = Array.from({length: 1500}, (_, at) => [
			'a',
			at % 3 === 0 ? `brussels ${at}` : `paris ${at}`,
		]);
		const index = indexOf(...comments);
		const result = search(index, 'brussels', {scope: 'all', limit: 10});
		expect(result.total).toBe(500);
		expect(result.matches).toHaveLength(10);
		expect([...result.docs]).toEqual(Array.from({length: 500}, (_, at) => 3 * at));
	});
});
