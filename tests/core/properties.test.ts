/**
 * Property tests of the parser (fast-check): it is total on any text and any bytes, what
 * it returns can always be printed and serialised, and `toThreadText` writes articles
 * back so that parsing gives them again (after the normalisation the module documents).
 * Kept to a few hundred runs each so the file stays within a few seconds.
 */
import {Buffer} from 'node:buffer';
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {generateCorpusText} from '../../scripts/corpus/generate.js';
import {BodyLines} from '../../source/parse/body-lines.js';
import {looksLikeDate} from '../../source/parse/date.js';
import {jsonChunks} from '../../source/output/json.js';
import {newLineShape, scanLine} from '../../source/parse/line-scan.js';
import {parseBytes, parseText} from '../../source/parse/parse.js';
import {ThreadBuilder} from '../../source/parse/thread-builder.js';
import {threadTextChunks, toThreadText} from '../../source/output/thread-text.js';
import {toCommentTree} from '../support/tree.js';
import type {Article, CommentNode} from '../../source/model/types.js';
import {printChunks} from '../../source/output/print-text.js';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const numRuns = 250;

// ---------------------------------------------------------------------------------------
// Arbitraries

const bullets = ['•', '◦', '▪', '‣', '●'] as const;
const bullet = fc.constantFrom(...bullets);

/** Characters a thread holds, with the awkward ones over-represented. */
const sensibleUnit = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.constantFrom(
			'a',
			'b',
			'Z',
			'1',
			'9',
			' ',
			' ',
			'.',
			',',
			':',
			'-',
			'"',
			'\\',
			'é',
			'ß',
			'中',
			'😀',
			'ﷺ',
		),
	},
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'\t',
			'\u00a0',
			'\u3000',
			'\u2028',
			'\ufeff',
			'\f',
			'\v',
			'\r',
			'\u200b',
			'\u202e',
			'\u001b',
			'\u0000',
		),
	},
	{weight: 1, arbitrary: bullet},
	{weight: 1, arbitrary: fc.constantFrom('July', '2020', 'Mon', '26th')},
);
const word = fc.string({unit: sensibleUnit, maxLength: 14});
const indent = fc.constantFrom('', '', '', ' ', '  ', '    ', '\t', ' \t', '\t\t', '          ');

/** One line of a body or comment text: prose, indented prose, bullet lines (some headers, some not), blanks. */
const textLine = fc.oneof(
	{weight: 4, arbitrary: word},
	{weight: 3, arbitrary: fc.tuple(indent, word).map(([i, w]) => i + w)},
	{
		weight: 2,
		arbitrary: fc
			.tuple(indent, bullet, fc.constantFrom(' ', '', '\t', 'x', '\u00a0'), word)
			.map((parts) => parts.join('')),
	},
	{weight: 2, arbitrary: fc.constantFrom('', '', ' ', '\t', '\f', ' \f ', '\r', '\u00a0')},
);
const multiLine = fc.array(textLine, {maxLength: 7}).map((lines) => lines.join('\n'));

const monthName = fc.constantFrom('January', 'march', 'SEPT', 'Oct', 'jul', 'May');
const weekday = fc.constantFrom('Thursday', 'mon', 'Thurs', 'SUN');
const year = fc.integer({min: 1900, max: 2099});
const day = fc
	.tuple(fc.integer({min: 1, max: 31}), fc.constantFrom('', '', 'st', 'th'))
	.map(([d, suffix]) => `${d}${suffix}`);
const twoDigits = fc.integer({min: 1, max: 12}).map((n) => String(n).padStart(2, '0'));
/** Strings that look like dates by docs/FORMAT.md's rule, by construction. */
const dateLike = fc.oneof(
	fc.tuple(monthName, year).map(([m, y]) => `${m} ${y}`),
	fc.tuple(monthName, day, year).map(([m, d, y]) => `${m} ${d}, ${y}`),
	fc.tuple(year, twoDigits, twoDigits).map(([y, m, d]) => `${y}-${m}-${d}`),
	fc.tuple(weekday, day, monthName, year).map(([w, d, m, y]) => `${w}, ${d} ${m} ${y}`),
	fc.tuple(twoDigits, twoDigits, year).map(([d, m, y]) => `${d}.${m}.${y}`),
);
/** Optional whitespace (and line breaks) around a single-line value, which normalisation removes. */
const padded = (value: fc.Arbitrary<string>): fc.Arbitrary<string> =>
	fc
		.tuple(fc.constantFrom('', '', ' ', '\t\n'), value, fc.constantFrom('', '', ' \r', '\n'))
		.map((parts) => parts.join(''));

interface RawComment {
	depth: number;
	author: string;
	text: string;
}

interface RawArticle {
	date: string | null;
	title: string | null;
	body: string;
	comments: RawComment[];
}

/** A pre-order comment list: each comment at most one level deeper than the one before. */
const comments = fc
	.array(
		fc.record({
			step: fc.integer({min: -3, max: 1}),
			author: fc.oneof(word, padded(word), fc.constant('')),
			text: multiLine,
		}),
		{maxLength: 10},
	)
	.map((list) => {
		let depth = -1;
		return list.map(({step, author, text}) => {
			depth = Math.max(0, Math.min(depth + 1, depth + step));
			return {depth, author, text};
		});
	});

const rawArticle: fc.Arbitrary<RawArticle> = fc.record({
	date: fc.option(padded(dateLike), {freq: 3}),
	title: fc.option(
		fc.oneof(
			{weight: 5, arbitrary: padded(word)},
			{weight: 1, arbitrary: dateLike},
			{weight: 1, arbitrary: fc.tuple(bullet, word).map(([b, w]) => `${b} ${w}`)},
		),
		{freq: 5},
	),
	body: multiLine,
	comments,
});

/** Thread-like text mixed with garbage: every rule's trigger plus control characters, lone surrogates, deep indentation. */
const threadLikeText = (() => {
	const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code));
	const anyUnit = fc.oneof(sensibleUnit, loneSurrogate, fc.string({unit: 'binary', minLength: 1, maxLength: 1}));
	const garbage = fc.string({unit: anyUnit, maxLength: 30});
	const deepIndent = fc.oneof(
		indent,
		fc.integer({min: 0, max: 3000}).map((n) => ' '.repeat(n)),
		fc.integer({min: 0, max: 300}).map((n) => '\t'.repeat(n)),
	);
	const line = fc.oneof(
		textLine,
		garbage,
		dateLike,
		fc.tuple(deepIndent, bullet, fc.constantFrom(' ', '', '\t'), word).map((parts) => parts.join('')),
		fc.tuple(deepIndent, word).map(([i, w]) => i + w),
		fc.constantFrom('\f', '\ufeff', '\r', '\r\r', '\u2028'),
		// A whole comment as the format lays it out: header, blank line, text one level deeper.
		fc
			.tuple(deepIndent, bullet, word, multiLine)
			.map(([i, b, author, text]) =>
				[`${i} ${b} ${author}`, '', ...text.split('\n').map((l) => `${i}   ${l}`)].join('\n'),
			),
	);
	return fc
		.tuple(fc.array(line, {maxLength: 40}), fc.constantFrom('\n', '\r\n'), fc.boolean())
		.map(([lines, end, bom]) => (bom ? '\ufeff' : '') + lines.join(end));
})();

// ---------------------------------------------------------------------------------------
// The model: what the parser should read back from toThreadText, by the module's contract

/** The string after a UTF-8 round trip: lone surrogates become U+FFFD. */
function wellFormed(value: string): string {
	return Buffer.from(value, 'utf8').toString('utf8');
}

function singleLine(value: string | null): string | null {
	const line =
		value === null
			? ''
			: wellFormed(value)
					.replace(/\s*\n\s*/g, ' ')
					.trim();
	return line === '' ? null : line;
}

/** Lines trimmed at the end, blank lines empty, outer blank lines dropped, blank runs folded. */
function bodyLines(value: string): string[] {
	const lines: string[] = [];
	for (const line of wellFormed(value)
		.split('\n')
		.map((l) => l.trimEnd())) {
		if (line !== '' || (lines.length > 0 && lines.at(-1) !== '')) {
			lines.push(line);
		}
	}
	if (lines.at(-1) === '') {
		lines.pop();
	}
	return lines;
}

function expandTabs(indentRun: string): number {
	let width = 0;
	for (const character of indentRun) {
		width = character === '\t' ? width - (width % 8) + 8 : width + 1;
	}
	return width;
}

/** A comment text as the parser dedents it: leading tabs to spaces, then the smallest indent removed. */
function commentText(value: string): string {
	const lines = bodyLines(value).map((line) => {
		const run = /^[ \t]*/.exec(line)![0];
		return ' '.repeat(expandTabs(run)) + line.slice(run.length);
	});
	const least = Math.min(...lines.filter((line) => line !== '').map((line) => /^ */.exec(line)![0].length));
	return lines.map((line) => line.slice(Number.isFinite(least) ? least : 0)).join('\n');
}

const isHeaderLine = (line: string): boolean => /^\s*[•◦▪‣●](?:\s|$)/u.test(line);
const isIndented = (line: string): boolean => /^[ \t]/.test(line);

/**
 * The article changed so it avoids each limit the module documents (what the format
 * cannot say), each repair minimal: a title that would read as a date gets a prefix, a
 * body without a title is dropped, a lone indented bullet line in the body loses its
 * indent, and a comment text line that would read as a header gets a letter before it.
 */
function representable(article: RawArticle): RawArticle {
	const date = singleLine(article.date);
	let title = singleLine(article.title);
	if (date === null && title !== null && looksLikeDate(title)) {
		title = `Re: ${title}`;
	}
	const body = title === null ? [] : bodyLines(article.body);
	for (let i = 0; i < body.length; i++) {
		const line = body[i]!;
		// Format v2 (B1-B3): an indented bullet line may start the comments wherever it stands
		// (the writer cannot make every such line read as body), so generated bodies hold none.
		if (isHeaderLine(line) && isIndented(line)) {
			body[i] = line.replace(/^[ \t]+/, '');
		}
	}
	const repairText = (text: string): string =>
		text
			.split('\n')
			.map((line) => (isHeaderLine(line) ? `x${line}` : line))
			.join('\n');
	return {
		date,
		title,
		body: body.join('\n'),
		comments: article.comments.map((c) => ({...c, text: repairText(c.text)})),
	};
}

interface PlainArticle {
	date: string | null;
	title: string | null;
	body: string;
	comments: Array<Omit<CommentNode, 'line' | 'replies'> & {replies: unknown[]}>;
}

function toArticle(raw: RawArticle): Article {
	const builder = new ThreadBuilder();
	for (const comment of raw.comments) {
		builder.setText(builder.add(comment.author, 0, comment.depth), comment.text);
	}
	return {source: 'model', date: raw.date, title: raw.title, body: raw.body, thread: builder.finish()};
}

/** The comment tree without line numbers (iterative, so deep chains are fine). */
function withoutLines(roots: CommentNode[]): PlainArticle['comments'] {
	const result: PlainArticle['comments'] = [];
	const stack: Array<[CommentNode, unknown[]]> = roots.map((node) => [node, result]);
	stack.reverse();
	while (stack.length > 0) {
		const [node, into] = stack.pop()!;
		const replies: unknown[] = [];
		into.push({author: node.author, text: node.text, replies});
		for (let i = node.replies.length - 1; i >= 0; i--) {
			stack.push([node.replies[i]!, replies]);
		}
	}
	return result;
}

function plain(articles: readonly Article[]): PlainArticle[] {
	return articles.map((a) => ({
		date: a.date,
		title: a.title,
		body: a.body,
		comments: withoutLines(toCommentTree(a.thread)),
	}));
}

/** What parsing the written text must give: every value normalised, empty articles gone. */
function expected(raws: readonly RawArticle[]): PlainArticle[] {
	const model = raws.map((raw) => ({
		date: singleLine(raw.date),
		title: singleLine(raw.title),
		body: bodyLines(raw.body).join('\n'),
		comments: raw.comments.map((c) => ({
			depth: c.depth,
			author: singleLine(c.author) ?? '',
			text: commentText(c.text),
		})),
	}));
	return plain(
		model.filter((a) => a.date !== null || a.title !== null || a.body !== '' || a.comments.length > 0).map(toArticle),
	);
}

function roundTrip(articles: readonly Article[]): PlainArticle[] {
	return plain(parseText(toThreadText(articles), 'round-trip'));
}

// ---------------------------------------------------------------------------------------

describe('the parser is total', () => {
	it('parses any text without throwing, and prints and serialises the result', () => {
		fc.assert(
			fc.property(
				threadLikeText,
				fc.integer({min: 1, max: 200}),
				fc.boolean(),
				fc.boolean(),
				(text, width, ascii, color) => {
					const articles = parseText(text, 'prop.txt');
					for (const _chunk of printChunks(articles, {width, ascii, color})) {
						// Drawing must not throw.
					}
					const json = JSON.parse([...jsonChunks(articles)].join('')) as {articles: unknown[]};
					expect(json.articles).toHaveLength(articles.length);
				},
			),
			{numRuns},
		);
	});

	it('parses any bytes without throwing', () => {
		const bytes = fc.oneof(
			fc.uint8Array({maxLength: 400}),
			// Bytes biased to the ones the scanner looks at: newline, CR, tab, space, form feed, bullet and BOM lead bytes.
			fc
				.array(
					fc.oneof(
						fc.integer({min: 0, max: 255}),
						fc.constantFrom(0x0a, 0x0d, 0x09, 0x20, 0x0c, 0xe2, 0x80, 0xa2, 0xef, 0xbb, 0xbf, 0xc2, 0xa0),
					),
					{maxLength: 400},
				)
				.map((list) => Uint8Array.from(list)),
		);
		fc.assert(
			fc.property(bytes, (input) => {
				const articles = parseBytes(input, 'bytes');
				JSON.parse([...jsonChunks(articles)].join(''));
			}),
			{numRuns},
		);
	});
});

describe('comment texts decoded in batches', () => {
	/** Bytes that end lines in awkward ways: whitespace of every UTF-8 length, truncated and stray sequences. */
	const awkward = fc.constantFrom(
		[0x20],
		[0x09],
		[0x0d],
		[0x0c],
		[0x0b],
		[0xc2, 0xa0],
		[0xe2, 0x80, 0x80],
		[0xe2, 0x80, 0xaf],
		[0xe3, 0x80, 0x80],
		[0xef, 0xbb, 0xbf],
		[0xe1, 0x9a, 0x80],
		[0xe2, 0x80],
		[0xc2],
		[0x80],
		[0xa0],
		[0xf0, 0x9f, 0x98],
		[0xf0, 0x9f, 0x98, 0x80],
		[0xe2, 0x80, 0xa2],
		[0x61],
		[0x62, 0x63],
	);
	const lineBytes = fc
		.tuple(
			fc.constantFrom('', ' ', '  ', '\t', ' \t', '      '),
			fc.array(
				fc.oneof(
					awkward,
					fc.integer({min: 0x21, max: 0xff}).map((b) => [b]),
				),
				{maxLength: 12},
			),
		)
		.map(([indent, parts]) => Buffer.concat([Buffer.from(indent), Buffer.from(parts.flat())]));
	// Long lines overflow the 4 KB batch a small input gets: a full batch is flushed, a text bigger than a batch is decoded alone.
	const longLine = fc
		.tuple(fc.integer({min: 500, max: 3000}), lineBytes)
		.map(([n, line]) => Buffer.concat([Buffer.from(`  ${'é'.repeat(n)}`), line]));
	const bodyBytes = fc.array(fc.oneof({weight: 8, arbitrary: lineBytes}, {weight: 1, arbitrary: longLine}), {
		minLength: 1,
		maxLength: 6,
	});

	/** The lines of `bytes` from `from` to `to` collected as a comment body, as the parser does. */
	function collect(bytes: Buffer, from: number, to: number): BodyLines {
		const body = new BodyLines();
		const shape = newLineShape();
		for (let pos = from; pos < to; ) {
			const newline = bytes.indexOf(0x0a, pos);
			const lineEnd = newline < 0 || newline > to ? to : newline;
			const line = scanLine(bytes, pos, lineEnd, shape);
			if (line.isBlank) {
				body.addBlank();
			} else {
				body.add(pos, line.indentEnd, line.end, line.indent);
			}
			pos = lineEnd + 1;
		}
		return body;
	}

	it('reads each text back from its byte range exactly as building it alone gives', () => {
		fc.assert(
			fc.property(fc.array(bodyBytes, {minLength: 1, maxLength: 5}), (bodies) => {
				const ranges: Array<[number, number]> = [];
				const pieces: Buffer[] = [];
				let at = 0;
				for (const lines of bodies) {
					const text = Buffer.concat(lines.flatMap((line, i) => (i > 0 ? [Buffer.from('\n'), line] : [line])));
					ranges.push([at, at + text.length]);
					pieces.push(text, Buffer.from('\n'));
					at += text.length + 1;
				}
				const bytes = Buffer.concat(pieces);
				const builder = new ThreadBuilder(bytes);
				const alone = ranges.map(([from, to]) => {
					const row = builder.add('a', 1, 0);
					const lines = collect(bytes, from, to);
					builder.setTextRange(row, lines.rangeStart(), lines.rangeEnd());
					return collect(bytes, from, to).build(bytes, true);
				});
				const text = builder.finish().text;
				expect([...text]).toEqual(alone);
				expect(text.length).toBe(alone.length);
				expect(alone.map((_, row) => text[row])).toEqual(alone);
			}),
			{numRuns},
		);
	});
});

describe('author names decoded once per spelling', () => {
	it('names every comment right past the cache limits (table growth, 65,536 entries, long names)', () => {
		const names = Array.from(
			{length: 70_000},
			(_, i) => (i % 7 === 0 ? `é${i}` : `a${i}`) + (i % 1000 === 0 ? 'x'.repeat(120) : ''),
		);
		// Pairs whose header bytes (" name") share a 32-bit FNV-1a hash: a hit must compare the bytes.
		const collisions = ['u9tzx', 'ug1cd', 'vlezz', 'ww1chw4'];
		const order = [
			...collisions,
			...names,
			...names.slice(0, 5000).reverse(),
			'a1',
			' a1 ',
			'a1\t',
			...[...collisions].reverse(),
		];
		const text = `T\n\n${order.map((name) => `  • ${name}\n\n`).join('')}`;
		const [article] = parseText(text, 'authors');
		expect(article!.thread.author).toEqual(order.map((name) => name.trim()));
	});
});

describe('toThreadText round-trips', () => {
	it('gives back generated articles, normalised as the module documents', () => {
		fc.assert(
			fc.property(fc.array(rawArticle.map(representable), {maxLength: 4}), (raws) => {
				expect(roundTrip(raws.map(toArticle))).toEqual(expected(raws));
			}),
			{numRuns},
		);
	});

	it('gives back whatever the parser read from any text', () => {
		fc.assert(
			fc.property(threadLikeText, (text) => {
				const articles = parseText(text, 'prop.txt');
				// Format v2: a body with an indented bullet line is not always writable (see thread-text.ts).
				fc.pre(articles.every((article) => !/^[ \t]+[\u2022\u25E6\u25AA\u2023\u25CF](?:\s|$)/mu.test(article.body)));
				expect(roundTrip(articles)).toEqual(plain(articles));
			}),
			{numRuns},
		);
	});

	it('gives back every sample in data/', () => {
		const files = readdirSync(DATA).filter((name) => name.endsWith('.txt'));
		expect(files.length).toBeGreaterThan(0);
		for (const name of files) {
			const articles = parseBytes(readFileSync(DATA + name), name);
			expect(roundTrip(articles), name).toEqual(plain(articles));
		}
	});

	it('gives back a generated 2,000-comment corpus, in chunks', () => {
		const articles = parseText(generateCorpusText({comments: 2000, seed: 7, deepChain: 300, indent: 'tab'}), 'corpus');
		const text = [...threadTextChunks(articles)].join('');
		expect(text).toBe(toThreadText(articles));
		expect(plain(parseText(text, 'again'))).toEqual(plain(articles));
	});

	it('writes a clean indented layout: two columns a level, no trailing whitespace', () => {
		const [article] = parseText(
			['JULY 2020', '', 'Title', '', 'Body', '', '\t• Ann', '', '\t\tHello', '\t\t  there', '', '\t\t• ', ''].join(
				'\n',
			),
			't',
		);
		expect(toThreadText([article!])).toBe(
			['JULY 2020', '', 'Title', '', 'Body', '', '  • Ann', '', '    Hello', '      there', '', '    •', ''].join('\n'),
		);
		// A text indented as a whole is written dedented; leading tabs become spaces.
		const indented = toArticle({
			date: null,
			title: 'T',
			body: '',
			comments: [{depth: 0, author: 'A', text: '  a\n\t b \n\n\n  c'}],
		});
		expect(toThreadText([indented])).toBe(['T', '', '  • A', '', '    a', '           b', '', '    c', ''].join('\n'));
	});
});

describe('toThreadText documented limits', () => {
	const article = (fields: Partial<RawArticle>): Article =>
		toArticle({date: null, title: null, body: '', comments: [], ...fields});

	it('reads a null date with a date-like title back as a date', () => {
		expect(roundTrip([article({title: 'JULY 2020', body: 'First\nSecond'})])).toEqual([
			{date: 'JULY 2020', title: 'First', body: 'Second', comments: []},
		]);
	});

	it('reads a body without a title back with its first line as the title', () => {
		expect(roundTrip([article({date: 'JULY 2020', body: '  First\nSecond'})])).toEqual([
			{date: 'JULY 2020', title: 'First', body: 'Second', comments: []},
		]);
	});

	it('writes nothing for an article with nothing in it', () => {
		expect(toThreadText([article({}), article({title: 'T'}), article({body: ' \n\f '})])).toBe('T\n');
	});

	it('reads a comment text line that looks like a header back as a reply', () => {
		const [read] = parseText(
			toThreadText([article({title: 'T', comments: [{depth: 0, author: 'A', text: 'list:\n• one'}]})]),
			't',
		);
		expect(withoutLines(toCommentTree(read!.thread))).toEqual([
			{author: 'A', text: 'list:', replies: [{author: 'one', text: '', replies: []}]},
		]);
	});

	it('keeps an indented bullet in the body only where B1-B3 make it body text (format v2)', () => {
		expect(roundTrip([article({title: '• T', body: '  • item\n\nmore'})])).toEqual([
			{date: null, title: '• T', body: '  • item\n\nmore', comments: []},
		]);
		// B2: unindented text below makes it a lone bullet, read back as body.
		expect(roundTrip([article({title: 'T', body: '  • item\n\nmore'})])).toEqual([
			{date: null, title: 'T', body: '  • item\n\nmore', comments: []},
		]);
		const [read] = parseText(toThreadText([article({title: 'T', body: '  • item\n\n  more'})]), 't');
		expect(read!.body).toBe('');
		expect(read!.thread.author).toEqual(['item']);
	});
});

describe('a copied thread', () => {
	it('reads back as the same comments (threadCopy for Y)', async () => {
		const {threadCopy} = await import('../../source/output/copy-text.js');
		const source = readFileSync(new URL('../../data/coalition-base.txt', import.meta.url), 'utf8');
		const [article] = parseText(source, 'x');
		const root = 5; // Azriel Herskowitz, with three replies
		const [copied] = parseText(threadCopy(article!.thread, root), 'copy');
		const original = toCommentTree(article!.thread).filter((node) => node.author === 'Azriel Herskowitz');
		const strip = (nodes: CommentNode[]): unknown =>
			nodes.map((node) => ({author: node.author, text: node.text, replies: strip(node.replies)}));
		expect(copied!.title).toBeNull();
		expect(strip(toCommentTree(copied!.thread))).toEqual(strip(original));
	});
});
