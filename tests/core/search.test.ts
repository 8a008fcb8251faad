/**
 * The search engine: query syntax, each operator, `@name`, AND / OR, typo tolerance,
 * ordering, scope, highlight ranges, abandoning a search, and properties checked against a
 * brute-force oracle (every match honours the exact operators; the index never drops an
 * exact substring match). Corpora are small thread texts parsed with `parseText`.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {generateCorpusText} from '../../scripts/corpus/generate.js';
import {parseText} from '../../source/parse/parse.js';
import {foldCase, parseQuery, type Term} from '../../source/search/query.js';
import {buildSearchIndex, buildSearchIndexInSteps} from '../../source/search/index-builder.js';
import type {SearchIndex} from '../../source/search/search-index.js';
import {search, searchAsync, searchInSteps, type SearchOptions} from '../../source/search/search.js';
import type {Article} from '../../source/model/types.js';

type Comment = readonly [author: string, text: string];

/** Thread text for articles of top-level comments, parsed. */
function corpus(...articles: ReadonlyArray<readonly Comment[]>): Article[] {
	const text = articles
		.map((comments, index) =>
			[
				`Article ${index}`,
				'',
				...comments.flatMap(([author, body]) => [
					`  • ${author}`,
					...body.split('\n').map((line) => `    ${line}`),
					'',
				]),
			].join('\n'),
		)
		.join('\n');
	return parseText(text, 'test.txt');
}

const all: SearchOptions = {scope: 'all'};

/** The authors of the matches, in result order. */
function authors(index: SearchIndex, query: string, options: SearchOptions = all): string[] {
	return search(index, query, options).matches.map(({article, row}) => index.articles[article]!.thread.author[row]!);
}

const term = (kind: Term['kind'], text: string, field: Term['field'] = 'any'): Term => ({kind, field, text});

describe('parseQuery', () => {
	it.each<[string, Term[][]]>([
		['', []],
		['   ', []],
		['water', [[term('fuzzy', 'water')]]],
		['Water  BREAD', [[term('fuzzy', 'water'), term('fuzzy', 'bread')]]],
		["'exact", [[term('exact', 'exact')]]],
		['^start', [[term('prefix', 'start')]]],
		['end$', [[term('suffix', 'end')]]],
		['!not', [[term('inverse', 'not')]]],
		["!'not", [[term('inverse', 'not')]]],
		['!^start', [[term('inverse-prefix', 'start')]]],
		['!end$', [[term('inverse-suffix', 'end')]]],
		['^whole$', [[term('prefix', 'whole'), term('suffix', 'whole')]]],
		['@alice', [[term('fuzzy', 'alice', 'author')]]],
		["@'alice", [[term('exact', 'alice', 'author')]]],
		['@^al', [[term('prefix', 'al', 'author')]]],
		['!@bob', [[term('inverse', 'bob', 'author')]]],
		['a | b c', [[term('fuzzy', 'a')], [term('fuzzy', 'b'), term('fuzzy', 'c')]]],
		['| a | | b |', [[term('fuzzy', 'a')], [term('fuzzy', 'b')]]],
		['a|b', [[term('fuzzy', 'a|b')]]],
		["'$5", [[term('exact', '$5')]]],
		["' ! @ ^ !' @' x", [[term('fuzzy', 'x')]]],
		['$', [[term('fuzzy', '$')]]],
		['ÉCOLE ΟΔΟΣ', [[term('fuzzy', 'école'), term('fuzzy', 'οδοσ')]]],
	])('%j', (input, groups) => {
		expect(parseQuery(input).groups).toEqual(groups);
	});

	it('folds case without changing the length, so ranges map back', () => {
		expect(foldCase('İstanbul ΣΑΣ')).toBe('İstanbul σασ');
		fc.assert(
			fc.property(fc.string({unit: 'binary'}), (value) => {
				expect(foldCase(value).length).toBe(value.length);
				expect(foldCase(foldCase(value))).toBe(foldCase(value));
			}),
		);
	});
});

const news = corpus(
	[
		['alice', 'The government raised the water tariff.'],
		['bob', 'Water is a right, not a product.'],
		['carol', 'Nobody mentions the bottling licences. Typical.'],
		['Alice Smith', 'Read past the headline, please.'],
		['dave', 'Leaks cost more than pipes; the government knows it'],
	],
	[
		['erin', 'The water board voted on Wednesday.'],
		['bob', 'Fifteen years of leaks (and nobody cared).'],
		['', 'An anonymous note about water.'],
	],
);
const newsIndex = buildSearchIndex(news);

describe('search: operators', () => {
	it('matches nothing for an empty query', () => {
		expect(search(newsIndex, '  ', all)).toEqual({matches: [], total: 0, docs: new Int32Array(0)});
	});

	it("'exact finds a substring anywhere, in any case, ordered by article and row", () => {
		expect(authors(newsIndex, "'water")).toEqual(['alice', 'bob', 'erin', '']);
		expect(authors(newsIndex, "'ater 'BOARD")).toEqual(['erin']);
		expect(authors(newsIndex, "'s, p")).toEqual([]);
		expect(authors(newsIndex, "'t,")).toEqual(['bob']);
		expect(authors(newsIndex, "'ater")).toEqual(['alice', 'bob', 'erin', '']);
	});

	it('^prefix anchors to the start of the text (or of the author)', () => {
		expect(authors(newsIndex, '^water')).toEqual(['bob']);
		expect(authors(newsIndex, '^the')).toEqual(['alice', 'erin']);
		expect(authors(newsIndex, '^ali')).toEqual(['alice', 'Alice Smith']);
	});

	it('suffix$ anchors to the end, punctuation included when typed', () => {
		expect(authors(newsIndex, 'knows it.$')).toEqual([]);
		expect(authors(newsIndex, 'government it$')).toEqual(['dave']);
		expect(authors(newsIndex, 'it$')).toEqual(['dave']);
		expect(authors(newsIndex, 'typical.$')).toEqual(['carol']);
		expect(authors(newsIndex, 'cared).$')).toEqual(['bob']);
	});

	it('!not excludes the comments that contain it, in the text or the author', () => {
		expect(authors(newsIndex, '!water')).toEqual(['carol', 'Alice Smith', 'dave', 'bob']);
		expect(authors(newsIndex, '!alice !water')).toEqual(['carol', 'dave', 'bob']);
		expect(authors(newsIndex, '!^the !water')).toEqual(['carol', 'Alice Smith', 'dave', 'bob']);
		expect(authors(newsIndex, '!.$ !water')).toEqual(['dave']);
	});

	it('@name limits a term to the author', () => {
		expect(authors(newsIndex, '@bob')).toEqual(['bob', 'bob']);
		expect(authors(newsIndex, "@'alice")).toEqual(['alice', 'Alice Smith']);
		expect(authors(newsIndex, "@'alice !@smith")).toEqual(['alice']);
		expect(authors(newsIndex, "'water !@bob")).toEqual(['alice', 'erin', '']);
		expect(authors(newsIndex, '@^')).toEqual([]);
	});

	it('space is AND, | is OR', () => {
		expect(authors(newsIndex, "'water 'government")).toEqual(['alice']);
		expect(authors(newsIndex, "'licences | 'headline")).toEqual(['carol', 'Alice Smith']);
		expect(authors(newsIndex, "'leaks 'pipes | 'board")).toEqual(['dave', 'erin']);
	});

	it('is deterministic', () => {
		for (const query of ['water', 'the', "gov | 'leaks", 'govermnent']) {
			expect(search(newsIndex, query, all)).toEqual(search(newsIndex, query, all));
		}
	});
});

describe('search: fuzzy', () => {
	const typos = buildSearchIndex(
		corpus([
			['a', 'They pretended to understand the budget.'],
			['b', 'The water was cut again.'],
			['c', 'Nothing to see here.'],
		]),
	);

	it.each(['pretnded', 'pretemded', 'preetended', 'watr', 'wader', 'waater', 'PRETENDED'])(
		'one wrong, missing or extra letter still finds it: %s',
		(query) => {
			expect(authors(typos, query)).toHaveLength(1);
		},
	);

	it('does not stretch a short word: three letters must match exactly', () => {
		expect(authors(typos, 'cit')).toEqual([]);
		expect(authors(typos, 'cut')).toEqual(['b']);
	});

	it('ranks an exact match above a fuzzy one', () => {
		const index = buildSearchIndex(
			corpus([
				['typo', 'the govenment failed us'],
				['exact', 'the government failed us'],
				['other', 'the government is right'],
			]),
		);
		const result = search(index, 'government', all);
		expect(result.matches.map(({score}) => score)).toEqual(
			[...result.matches.map(({score}) => score)].sort((a, b) => a - b),
		);
		expect(authors(index, 'government')).toEqual(['exact', 'other', 'typo']);
		expect(authors(index, '@typo | government')[0]).toBe('typo');
	});
});

describe('search: scope and ranges', () => {
	it('searches one article or all of them', () => {
		expect(authors(newsIndex, "'water", {scope: {article: 1}})).toEqual(['erin', '']);
		expect(search(newsIndex, "'water", {scope: {article: 1}}).matches.map(({article, row}) => [article, row])).toEqual([
			[1, 0],
			[1, 2],
		]);
		expect(authors(newsIndex, "'water", {scope: {article: 9}})).toEqual([]);
		expect(authors(newsIndex, "'water", {scope: 'all', limit: 2})).toEqual(['alice', 'bob']);
		expect(search(newsIndex, "'water", {scope: 'all', limit: 2}).total).toBe(4);
	});

	it('gives the matched ranges of the original text and author', () => {
		const [match] = search(newsIndex, "'WATER 'tariff @^ali", {scope: {article: 0}}).matches;
		expect(match).toMatchObject({
			row: 0,
			textRanges: [
				[26, 31],
				[32, 38],
			],
			authorRanges: [[0, 3]],
		});
		const [fuzzy] = search(newsIndex, 'goverment', all).matches;
		const text = newsIndex.articles[fuzzy!.article]!.thread.text[fuzzy!.row]!;
		expect(fuzzy!.textRanges.map(([start, end]) => text.slice(start, end)).join('')).toMatch(/^gover?n?ment$/);
		const [unicode] = search(buildSearchIndex(corpus([['x', 'İİ ÉCOLE ΣΟΦΙΑ']])), "'école 'σοφια", all).matches;
		expect(unicode!.textRanges).toEqual([
			[3, 8],
			[9, 14],
		]);
	});
});

describe('search: steps', () => {
	const big = buildSearchIndex(parseText(generateCorpusText({comments: 20_000, seed: 3}), 'big.txt'));

	it('builds the index in steps with the same result', () => {
		const articles = parseText(generateCorpusText({comments: 2000, seed: 5}), 'steps.txt');
		const steps = buildSearchIndexInSteps(articles, 0);
		let yields = 0;
		let step = steps.next();
		for (; step.done !== true; step = steps.next()) {
			yields++;
		}
		expect(yields).toBeGreaterThan(1);
		expect(step.value).toEqual(buildSearchIndex(articles));
	});

	it('pauses between chunks and stops for good when abandoned', () => {
		const completed = [
			...(function* () {
				return yield* searchInSteps(big, 'the', {scope: 'all', stepMs: 0});
			})(),
		];
		expect(completed.length).toBeGreaterThan(2);
		const steps = searchInSteps(big, 'the', {scope: 'all', stepMs: 0});
		expect(steps.next().done).toBe(false);
		steps.return(undefined as never);
		expect(steps.next()).toEqual({done: true, value: undefined});
	});

	it('resolves an aborted async search to undefined, a finished one to the result', async () => {
		const controller = new AbortController();
		const pending = searchAsync(big, 'governmnet', {scope: 'all', stepMs: 0, signal: controller.signal});
		controller.abort();
		expect(await pending).toBeUndefined();
		expect(await searchAsync(big, 'governmnet', {scope: 'all'})).toEqual(search(big, 'governmnet', {scope: 'all'}));
	});
});

describe('search: properties', () => {
	const words = ['alpha', 'alps', 'beta', 'better', 'gamma', 'Gam', 'delta', 'x', 'ALPHA'];
	const text = fc
		.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '. ', '!', '\n')), {maxLength: 12})
		.map((parts) => parts.join('').trim());
	const comment = fc.tuple(fc.constantFrom('ann', 'Bea', 'al pha', 'gamma ray', ''), text);
	const articles = fc.array(fc.array(comment, {minLength: 1, maxLength: 6}), {minLength: 1, maxLength: 3});
	const operand = fc.oneof(
		fc.constantFrom(...words, 'ta', 'a, b', 'pha.', 'a b'),
		fc.constantFrom('lp', 'et', '!', '.'),
	);
	const exactTerm = fc
		.tuple(fc.constantFrom('', '!'), fc.constantFrom('', '@'), fc.constantFrom("'", '^', '$'), operand)
		.map(([not, at, op, word]) =>
			op === '$' ? `${not}${at}${word.replaceAll(' ', '')}$` : `${not}${at}${op}${word.replaceAll(' ', '')}`,
		);
	const exactQuery = fc
		.array(fc.array(exactTerm, {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 2})
		.map((groups) => groups.map((group) => group.join(' ')).join(' | '));

	/** The slowest obvious reading of a query without fuzzy terms. */
	function oracle(articlesValue: Article[], query: string): string[] {
		const hits: string[] = [];
		for (const [a, article] of articlesValue.entries()) {
			for (let row = 0; row < article.thread.size; row++) {
				const text = article.thread.text[row]!.toLowerCase();
				const author = article.thread.author[row]!.toLowerCase();
				const holds = ({kind, field, text: value}: Term): boolean => {
					const test = (field2: string): boolean =>
						kind.endsWith('prefix')
							? field2.startsWith(value)
							: kind.endsWith('suffix')
								? field2.endsWith(value)
								: field2.includes(value);
					const found = test(author) || (field === 'any' && test(text));
					return kind.startsWith('inverse') ? !found : found;
				};
				if (parseQuery(query).groups.some((group) => group.every(holds))) {
					hits.push(`${a}:${row}`);
				}
			}
		}
		return hits;
	}

	/** Every character covered by an occurrence of a positive term of a group that holds, as ranges. */
	function oracleRanges(
		query: string,
		text: string,
		author: string,
	): {textRanges: Array<[number, number]>; authorRanges: Array<[number, number]>} {
		const cover = (field: string, terms: readonly Term[]): Array<[number, number]> => {
			const marked = Array.from(field, () => false);
			for (const {kind, text: value} of terms) {
				for (let at = 0; at + value.length <= field.length; at++) {
					const isPlace = kind === 'prefix' ? at === 0 : kind === 'suffix' ? at + value.length === field.length : true;
					if (isPlace && field.slice(at, at + value.length) === value) {
						marked.fill(true, at, at + value.length);
					}
				}
			}
			const ranges: Array<[number, number]> = [];
			marked.forEach((isMarked, at) => {
				const last = ranges.at(-1);
				if (isMarked && last?.[1] === at) {
					last[1] = at + 1;
				} else if (isMarked) {
					ranges.push([at, at + 1]);
				}
			});
			return ranges;
		};
		const asPositive = (term: Term): Term => ({
			...term,
			kind: term.kind.replace('inverse-', '').replace('inverse', 'exact') as Term['kind'],
		});
		const holds = (term: Term): boolean => {
			const found = [author, ...(term.field === 'any' ? [text] : [])].some(
				(field) => cover(field, [asPositive(term)]).length > 0,
			);
			return term.kind.startsWith('inverse') ? !found : found;
		};
		const holding = parseQuery(query).groups.filter((group) => group.every(holds));
		const positive = holding.flat().filter((term) => !term.kind.startsWith('inverse'));
		return {
			textRanges: cover(
				text,
				positive.filter((term) => term.field === 'any'),
			),
			authorRanges: cover(author, positive),
		};
	}

	it('returns exactly the comments that satisfy the exact operators (the index drops none), with every occurrence highlighted', () => {
		fc.assert(
			fc.property(articles, exactQuery, (shape, query) => {
				const parsed = corpus(...shape);
				const result = search(buildSearchIndex(parsed), query, {scope: 'all', limit: Infinity});
				const expected = oracle(parsed, query);
				expect(result.matches.map(({article, row}) => `${article}:${row}`)).toEqual(expected);
				expect(result.total).toBe(expected.length);
				for (const {article, row, score, textRanges, authorRanges} of result.matches) {
					const {thread} = parsed[article]!;
					expect(score).toBe(0);
					expect({textRanges, authorRanges}).toEqual(
						oracleRanges(query, thread.text[row]!.toLowerCase(), thread.author[row]!.toLowerCase()),
					);
				}
			}),
			{numRuns: 300},
		);
	});

	it('never loses a comment that contains a fuzzy word exactly, and keeps the exact terms of a mixed group', () => {
		fc.assert(
			fc.property(articles, fc.constantFrom(...words, 'lph', 'bet', 'ma, b'), exactTerm, (shape, word, exact) => {
				const parsed = corpus(...shape);
				const index = buildSearchIndex(parsed);
				const found = new Set(
					search(index, word, {scope: 'all', limit: Infinity}).matches.map(({article, row}) => `${article}:${row}`),
				);
				for (const [a, article] of parsed.entries()) {
					for (let row = 0; row < article.thread.size; row++) {
						const fields = `${article.thread.text[row]}\n${article.thread.author[row]}`.toLowerCase();
						if (fields.includes(word.toLowerCase())) {
							expect(found.has(`${a}:${row}`)).toBe(true);
						}
					}
				}
				const mixed = search(index, `${word} ${exact}`, {scope: 'all', limit: Infinity}).matches.map(
					({article, row}) => `${article}:${row}`,
				);
				const allowed = new Set(oracle(parsed, exact));
				expect(mixed.filter((key) => !allowed.has(key))).toEqual([]);
			}),
			{numRuns: 200},
		);
	});
});
