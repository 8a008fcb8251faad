import {readdirSync, readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {jsonChunks} from '../../source/output/json.js';
import {parseBytes, startParse} from '../../source/parse/parse.js';

const dataFiles = readdirSync('data')
	.filter((name) => name.endsWith('.txt'))
	.map((name) => ({name, bytes: readFileSync(`data/${name}`)}));
const joined = Buffer.concat(dataFiles.map(({bytes}) => bytes));

const asJson = (articles: Parameters<typeof jsonChunks>[0]): string => [...jsonChunks(articles)].join('');

/** Runs a sliced parse with the given slice sizes (cycled) and returns its articles. */
function sliced(bytes: Buffer, sizes: readonly number[]) {
	const parse = startParse(bytes, 'x.txt');
	let turn = 0;
	let lastParsed = -1;
	while (!parse.advance(parse.parsed + sizes[turn++ % sizes.length]!)) {
		// Every slice moves on, so a loop of slices always ends.
		expect(parse.parsed).toBeGreaterThan(lastParsed);
		lastParsed = parse.parsed;
	}
	return parse;
}

describe('a parse in slices (for the loading screen)', () => {
	it('gives the same articles as one parse, whatever the slices, on every sample', () => {
		const whole = parseBytes(joined, 'x.txt');
		fc.assert(
			fc.property(fc.array(fc.integer({min: 0, max: 5000}), {minLength: 1, maxLength: 5}), (sizes) => {
				expect(asJson(sliced(joined, sizes).articles)).toBe(asJson(whole));
			}),
			{numRuns: 60},
		);
	});

	it('counts the comments of the articles it finished, and all of them at the end', () => {
		const whole = parseBytes(joined, 'x.txt');
		const total = whole.reduce((sum, article) => sum + article.thread.size, 0);
		const parse = startParse(joined, 'x.txt');
		parse.advance(joined.length / 2);
		expect(parse.comments).toBeGreaterThan(0);
		expect(parse.comments).toBeLessThan(total);
		expect(parse.comments).toBe(parse.articles.reduce((sum, article) => sum + article.thread.size, 0));
		expect(parse.advance(Number.POSITIVE_INFINITY)).toBe(true);
		expect(parse.comments).toBe(total);
		expect(parse.parsed).toBe(joined.length);
	});

	it('handles an empty input and a byte-order mark alone', () => {
		for (const bytes of [Buffer.alloc(0), Buffer.from([0xef, 0xbb, 0xbf])]) {
			const parse = startParse(bytes, 'x.txt');
			expect(parse.advance(1)).toBe(true);
			expect(parse.articles).toEqual(parseBytes(bytes, 'x.txt'));
		}
	});
});
