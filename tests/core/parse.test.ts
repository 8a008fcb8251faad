/**
 * One test per rule of docs/FORMAT.md ("Thread text"), each on a small input
 * written line by line so the indentation is visible, asserting the whole result.
 *
 * Interpretations where docs/FORMAT.md is ambiguous (tested as written here):
 * - "The lines before an article's first header are its head": the first header that
 *   *starts the comment section*; bullet lines that are body text (unindented, or part
 *   of a single-spaced list) belong to the head.
 * - "whitespace" (blank lines, trimming, what may follow a bullet) is Unicode
 *   whitespace as JavaScript's `trim()` sees it; only the unambiguous cases (space, tab,
 *   NBSP) are tested. Whether U+FEFF in mid-stream counts as whitespace is left open:
 *   the tests only put it where it is text either way (inside a line, or after the
 *   indent of a body line). (The parser treats a mid-stream U+FEFF as whitespace, as
 *   JavaScript does: a second BOM at the start is trimmed from a title, a line holding
 *   only U+FEFF is blank, and `  \uFEFF• x` is a header.)
 * - "lines keep their indentation" (article body): kept exactly as written, so a tab
 *   stays a tab (a comment body, by contrast, expands it to spaces).
 * - "at most 40 characters" (date): counted on the trimmed line; tested with ASCII only.
 * - "a number of one or two digits, optionally followed by st, nd, rd or th": the
 *   suffix is tested in lower case only; "any case" is tested for month/weekday names.
 * - The title of a head whose first non-blank line is an unindented bullet is that line
 *   as it is (trimmed), bullet included.
 */
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Buffer} from 'node:buffer';
import {describe, expect, it} from 'vitest';
import {jsonChunks} from '../../source/output/json.js';
import {parseBytes, parseText} from '../../source/parse/parse.js';
import {checkThread} from '../support/thread-check.js';
import {toCommentTree} from '../support/tree.js';
import type {Article, CommentNode} from '../../source/model/types.js';

const SAMPLE = fileURLToPath(new URL('../../data/coalition-base.txt', import.meta.url));

interface PlainArticle {
	source: string;
	date: string | null;
	title: string | null;
	body: string;
	comments: CommentNode[];
}

/** Checks the flat thread's invariants (types.ts), iteratively. */
function plain(articles: readonly Article[]): PlainArticle[] {
	return articles.map((a) => {
		checkThread(a.thread);
		return {source: a.source, date: a.date, title: a.title, body: a.body, comments: toCommentTree(a.thread)};
	});
}

/** Parses lines joined with `\n`. */
function parse(lines: readonly string[], source = 'test.txt'): PlainArticle[] {
	return plain(parseText(lines.join('\n'), source));
}

/** A comment node. */
function c(author: string, line: number, text = '', replies: CommentNode[] = []): CommentNode {
	return {author, text, line, replies};
}

/** An expected article; unspecified fields are empty. */
function art(fields: Partial<PlainArticle>): PlainArticle {
	return {source: 'test.txt', date: null, title: null, body: '', comments: [], ...fields};
}

function json(articles: readonly Article[]): string {
	return [...jsonChunks(articles)].join('');
}

describe('Lines', () => {
	it('drops a byte-order mark at the very start (the line keeps number 1 and its indent)', () => {
		expect(parse(['\uFEFFJULY 2020', '', 'Title', '', '  • Bob', '', '    hi'])).toEqual([
			art({date: 'JULY 2020', title: 'Title', comments: [c('Bob', 5, 'hi')]}),
		]);
		// The BOM is not part of the indent: the header is still indented, on line 1.
		expect(parse(['\uFEFF  • Bob', '', '    hi'])).toEqual([art({comments: [c('Bob', 1, 'hi')]})]);
		// As bytes, too.
		const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Title\n\n  • Bob')]);
		expect(plain(parseBytes(bytes, 'test.txt'))).toEqual([art({title: 'Title', comments: [c('Bob', 3)]})]);
	});

	it('keeps a byte-order mark anywhere but the very start as text', () => {
		expect(
			parse([
				'Ti\uFEFFtle', //     1
				'\uFEFFfirst body line', // 2
				'mid\uFEFFline', //   3
				'', //                4
				'  • B\uFEFFob', //   5
				'', //                6
				'    \uFEFFhi', //    7
			]),
		).toEqual([
			art({
				title: 'Ti\uFEFFtle',
				body: '\uFEFFfirst body line\nmid\uFEFFline',
				comments: [c('B\uFEFFob', 5, '\uFEFFhi')],
			}),
		]);
	});

	it('accepts CRLF line endings and a last line without a line ending', () => {
		const lines = ['Title', 'Body', '', '  • Bob', '    hi', '    there'];
		const expected = [art({title: 'Title', body: 'Body', comments: [c('Bob', 4, 'hi\nthere')]})];
		expect(plain(parseText(lines.join('\r\n'), 'test.txt'))).toEqual(expected);
		expect(plain(parseText(`${lines.join('\r\n')}\r\n`, 'test.txt'))).toEqual(expected);
		expect(plain(parseText(`${lines.join('\n')}\n`, 'test.txt'))).toEqual(expected);
		// \n and \r\n mixed in one stream.
		expect(plain(parseText('Title\r\nBody\n\r\n  • Bob\n    hi\r\n    there', 'test.txt'))).toEqual(expected);
	});

	it('treats a lone CR as text, not as a line end', () => {
		expect(parse(['Title', 'a\rb', '', '  • Bob'])).toEqual([
			art({title: 'Title', body: 'a\rb', comments: [c('Bob', 4)]}),
		]);
	});

	it('measures indent as spaces (one column) and tabs (to the next multiple of 8)', () => {
		expect(
			parse([
				'Title', //       1
				'', //            2
				'  • A', //       3  indent 2
				'', //            4
				'\t• B', //       5  indent 8: child of A
				'       • C', //  6  indent 7: closes B, child of A
				' \t• D', //      7  indent 8 (1 then tab to 8): child of C
				'        • E', // 8  indent 8: closes D, child of C
				'\t \t• F', //    9  indent 16 (8, 9, 16): child of E
				'   \t• G', //    10 indent 8: closes F and E, child of C
			]),
		).toEqual([
			art({
				title: 'Title',
				comments: [c('A', 3, '', [c('B', 5), c('C', 6, '', [c('D', 7), c('E', 8, '', [c('F', 9)]), c('G', 10)])])],
			}),
		]);
	});

	it('treats an empty or whitespace-only line as blank', () => {
		expect(
			parse([
				'Title', //    1
				' \t ', //     2
				'Body one', // 3
				'   ', //      4
				'\t', //       5
				'', //         6
				'Body two', // 7
				'  ', //       8
				'  • A', //    9
				'    ', //     10
				'    x', //    11
				' \t', //      12
				'\u00a0', //   13 (NBSP is whitespace)
				'    y', //    14
				'   ', //      15
			]),
		).toEqual([art({title: 'Title', body: 'Body one\n\nBody two', comments: [c('A', 9, 'x\n\ny')]})]);
		// A whitespace-only line between two headers separates them: no list.
		expect(parse(['Title', '  • a', '   ', '  • b'])).toEqual([
			art({title: 'Title', comments: [c('a', 2), c('b', 4)]}),
		]);
	});

	it('never keeps trailing whitespace in any value', () => {
		expect(
			parse([
				'JULY 2020  \t', //       1
				'', //                    2
				'Title \t', //            3
				'', //                    4
				'Body  ', //              5
				'  indented body\t ', //  6
				'', //                    7
				'  • Bob  \t', //         8
				'', //                    9
				'    text  ', //          10
				'      deeper \t', //     11
				'', //                    12
				'  •   ', //              13
				'', //                    14
				'    only\t', //          15
			]),
		).toEqual([
			art({
				date: 'JULY 2020',
				title: 'Title',
				body: 'Body\n  indented body',
				comments: [c('Bob', 8, 'text\n  deeper'), c('', 13, 'only')],
			}),
		]);
	});
});

describe('Comment headers', () => {
	it('recognises every bullet character: • ◦ ▪ ‣ ●', () => {
		expect(
			parse([
				'Title', // 1
				'', //      2
				'  • a', // 3
				'', //      4
				'  ◦ b', // 5
				'', //      6
				'  ▪ c', // 7
				'', //      8
				'  ‣ d', // 9
				'', //      10
				'  ● e', // 11
			]),
		).toEqual([art({title: 'Title', comments: [c('a', 3), c('b', 5), c('c', 7), c('d', 9), c('e', 11)]})]);
		// Each one alone starts the comment section.
		for (const bullet of ['•', '◦', '▪', '‣', '●']) {
			expect(parse(['Title', '', `  ${bullet} x`])).toEqual([art({title: 'Title', comments: [c('x', 3)]})]);
		}
	});

	it('only those five bullets make a header', () => {
		expect(parse(['Title', '', '  - a', '', '  * b', '', '  · c', '', '  ○ d', '', '  ◆ e', '', '  ⁃ f'])).toEqual([
			art({title: 'Title', body: '  - a\n\n  * b\n\n  · c\n\n  ○ d\n\n  ◆ e\n\n  ⁃ f'}),
		]);
	});

	it('requires whitespace or the end of the line after the bullet (`•foo` is not a header)', () => {
		expect(
			parse([
				'Title', //    1
				'', //         2
				'  •foo', //   3  not a header: body text
				'', //         4
				'  •\tBob', // 5  header (tab after the bullet)
				'', //         6
				'    •bar', // 7  not a header: Bob's body
				'', //         8
				'  •', //      9  header (bullet at the end of the line), empty author
				'', //         10
				'    ●●', //   11 not a header: body of the anonymous comment
			]),
		).toEqual([art({title: 'Title', body: '  •foo', comments: [c('Bob', 5, '•bar'), c('', 9, '●●')]})]);
	});

	it('takes the rest of the line, trimmed, as the author', () => {
		expect(parse(['Title', '', '  •    Jane  Doe   ', '', '  ●\t\tX • Y'])).toEqual([
			art({title: 'Title', comments: [c('Jane  Doe', 3), c('X • Y', 5)]}),
		]);
	});

	it('allows an empty author (an anonymous comment, author "")', () => {
		expect(
			parse([
				'Title', //   1
				'', //        2
				'  •', //     3
				'', //        4
				'    hello', // 5
				'', //        6
				'  •    ', // 7
				'    • \t', // 8
			]),
		).toEqual([art({title: 'Title', comments: [c('', 3, 'hello'), c('', 7, '', [c('', 8)])]})]);
	});

	it('before the first comment, an unindented bullet line is article body text', () => {
		expect(
			parse([
				'Title', //         1
				'', //              2
				'• point one', //   3
				'', //              4
				'• point two', //   5
				'', //              6
				'  • Bob', //       7
				'', //              8
				'    hi', //        9
			]),
		).toEqual([art({title: 'Title', body: '• point one\n\n• point two', comments: [c('Bob', 7, 'hi')]})]);
		// ... even as the first line, where it is the title.
		expect(parse(['• Not a comment', '', '  • Bob'])).toEqual([
			art({title: '• Not a comment', comments: [c('Bob', 3)]}),
		]);
	});

	it('only a header with indent of 1 or more starts the comment section', () => {
		expect(parse(['Title', '', ' • one column'])).toEqual([art({title: 'Title', comments: [c('one column', 3)]})]);
		expect(parse(['Title', '', '• zero columns'])).toEqual([art({title: 'Title', body: '• zero columns'})]);
	});

	it('before the first comment, a header line next to another header line is a bulleted list in the body', () => {
		// Header lines with a header just before or just after (no blank between).
		expect(
			parse([
				'Title', //        1
				'', //             2
				'Intro:', //       3
				'  • one', //      4  next line is a header
				'  • two', //      5  both
				'    ◦ two-a', //  6  previous line is a header
				'', //             7
				'Outro.', //       8
			]),
		).toEqual([art({title: 'Title', body: 'Intro:\n  • one\n  • two\n    ◦ two-a\n\nOutro.'})]);
		// The neighbour may be an unindented bullet line (which is body text itself).
		expect(parse(['Title', '', '• a', '  • b'])).toEqual([art({title: 'Title', body: '• a\n  • b'})]);
		expect(parse(['Title', '', '  • a', '• b'])).toEqual([art({title: 'Title', body: '  • a\n• b'})]);
		// ... or the title, when the title is a bullet line.
		expect(parse(['• Title', '  • b'])).toEqual([art({title: '• Title', body: '  • b'})]);
	});

	it('a list followed by an isolated indented header: the isolated header starts the comments', () => {
		expect(
			parse([
				'Title', //    1
				'', //         2
				'  • one', //  3
				'  • two', //  4
				'', //         5
				'  • Bob', //  6
				'', //         7
				'    hi', //   8
				'  • Ann', //  9
				'  • Cy', //   10
			]),
		).toEqual([
			art({title: 'Title', body: '  • one\n  • two', comments: [c('Bob', 6, 'hi'), c('Ann', 9), c('Cy', 10)]}),
		]);
	});

	it('once the comment section has started, any header is a comment (adjacent ones too)', () => {
		expect(
			parse([
				'Title', //  1
				'', //       2
				'  • A', //  3
				'', //       4
				'  • B', //  5
				'    • C', // 6
				'  • D', //  7
				'  • E', //  8
			]),
		).toEqual([art({title: 'Title', comments: [c('A', 3), c('B', 5, '', [c('C', 6)]), c('D', 7), c('E', 8)]})]);
	});

	it('once the comment section has started, an unindented header is a (top-level) comment', () => {
		expect(
			parse([
				'Title', //   1
				'', //        2
				'  • A', //   3
				'', //        4
				'    • A1', // 5
				'• B', //     6  closes A1 and A: top level
				'  x', //     7  B's body
				'  • C', //   8  child of B
				'• D', //     9
			]),
		).toEqual([art({title: 'Title', comments: [c('A', 3, '', [c('A1', 5)]), c('B', 6, 'x', [c('C', 8)]), c('D', 9)]})]);
	});
});

describe('The tree', () => {
	it('takes depth from relative indentation: 2-space, 4-space and tab levels all nest', () => {
		const expected = [
			art({title: 'Title', comments: [c('a', 3, '', [c('b', 5, '', [c('c', 6)]), c('d', 7)]), c('e', 8)]}),
		];
		expect(parse(['Title', '', '  • a', '', '    • b', '      • c', '    • d', '  • e'])).toEqual(expected);
		expect(parse(['Title', '', '    • a', '', '        • b', '            • c', '        • d', '    • e'])).toEqual(
			expected,
		);
		expect(parse(['Title', '', '\t• a', '', '\t\t• b', '\t\t\t• c', '\t\t• d', '\t• e'])).toEqual(expected);
		// Levels need not be even: 1, 3, 7.
		expect(parse(['Title', '', ' • a', '', '   • b', '       • c', '   • d', ' • e'])).toEqual(expected);
	});

	it('a header indented several levels deeper than the one before becomes its child', () => {
		expect(
			parse([
				'Title', //           1
				'', //                2
				'  • a', //           3  indent 2
				'', //                4
				'            • b', // 5  indent 12: child of a
				'      • c', //       6  indent 6: closes b, child of a
				'        • d', //     7  indent 8: child of c
			]),
		).toEqual([art({title: 'Title', comments: [c('a', 3, '', [c('b', 5), c('c', 6, '', [c('d', 7)])])]})]);
	});

	it('a header at indent c closes every open comment whose header indent is >= c; the one left on top is the parent', () => {
		expect(
			parse([
				'Title', //      1
				'', //           2
				'    • a', //    3  4
				'', //           4
				'      • b', //  5  6: child of a
				'        • c', // 6 8: child of b
				'     • d', //   7  5: closes c, b; child of a
				'   • e', //     8  3: closes d, a; top level
				'    • f', //    9  4: child of e
				'   • g', //     10 3: closes f, e (3 >= 3); top level
			]),
		).toEqual([
			art({
				title: 'Title',
				comments: [c('a', 3, '', [c('b', 5, '', [c('c', 6)]), c('d', 7)]), c('e', 8, '', [c('f', 9)]), c('g', 10)],
			}),
		]);
	});

	it('keeps source order, for roots and for replies', () => {
		expect(
			parse([
				'Title', // 1
				'', //      2
				'  • zed', // 3
				'', //      4
				'    • yy', // 5
				'    • bb', // 6
				'    • mm', // 7
				'  • amy', // 8
				'  • mia', // 9
				'    • 2', // 10
				'    • 1', // 11
			]),
		).toEqual([
			art({
				title: 'Title',
				comments: [
					c('zed', 3, '', [c('yy', 5), c('bb', 6), c('mm', 7)]),
					c('amy', 8),
					c('mia', 9, '', [c('2', 10), c('1', 11)]),
				],
			}),
		]);
	});
});

describe('Comment bodies', () => {
	it('a non-blank, non-header line with indent of 1 or more belongs to the body of the last comment', () => {
		expect(
			parse([
				'Title', //        1
				'', //             2
				'  • A', //        3
				'', //             4
				'    a-text', //   5
				'    • B', //      6
				'      b-text', // 7
				'  still B', //    8  less indented than B, still B's (the last comment)
				' x', //           9  indent 1
			]),
		).toEqual([art({title: 'Title', comments: [c('A', 3, 'a-text', [c('B', 6, '     b-text\n still B\nx')])]})]);
	});

	it('dedents a body by its smallest indent and keeps deeper indentation as spaces', () => {
		expect(
			parse([
				'Title', //           1
				'', //                2
				'  • A', //           3
				'', //                4
				'        deep', //    5  8
				'      base', //      6  6 (the smallest, not the first)
				'          deeper', // 7 10
			]),
		).toEqual([art({title: 'Title', comments: [c('A', 3, '  deep\nbase\n    deeper')]})]);
	});

	it('dedents in columns, with leading tabs (mixed with spaces) expanded to the next multiple of 8', () => {
		expect(
			parse([
				'Title', //           1
				'', //                2
				'  • A', //           3
				'', //                4
				'\tfirst', //         5  8
				'        second', //  6  8
				'  \t  deeper', //    7  2, tab to 8, +2 = 10
				'    \tsame', //      8  8
				'\t\tfar', //         9  16
				' \t \tx\ty', //      10 1, 8, 9, 16; the inner tab is text
			]),
		).toEqual([
			art({title: 'Title', comments: [c('A', 3, 'first\nsecond\n  deeper\nsame\n        far\n        x\ty')]}),
		]);
	});

	it('drops blank lines before the first and after the last body line, and folds a run of blanks into one empty line', () => {
		expect(
			parse([
				'Title', //  1
				'', //       2
				'  • A', //  3
				'', //       4
				'', //       5
				'    one', // 6
				'', //       7
				'  ', //     8
				'', //       9
				'    two', // 10
				'    three', // 11
				'', //       12
				'', //       13
				'  • B', //  14
				'', //       15
				'', //       16
			]),
		).toEqual([art({title: 'Title', comments: [c('A', 3, 'one\n\ntwo\nthree'), c('B', 14)]})]);
	});

	it('joins body lines with \\n, and text is "" when there are none', () => {
		expect(parse(['  • A', '', '  • B', '    x', '    y'])).toEqual([art({comments: [c('A', 1), c('B', 3, 'x\ny')]})]);
	});
});

describe('Articles: date', () => {
	it('takes the first non-blank head line as the date when it looks like one (every docs/FORMAT.md example)', () => {
		for (const date of ['JULY 2020', 'March 26, 2020', '2020-03-26', '26.03.2020', 'Thursday, 26 March 2020']) {
			expect(parse(['', '', date, '', 'Title', '', 'Body'])).toEqual([art({date, title: 'Title', body: 'Body'})]);
		}
	});

	it('a date may use month and weekday names or abbreviations in any case, and 1-2 digit numbers with st/nd/rd/th', () => {
		for (const date of [
			'Sept 26th, 2020',
			'thurs, sept. 3rd 2020',
			'THURS 1st JAN 2021',
			'Tue 22nd Feb 2022',
			'Thu, 02/03/2020',
			'MON 1 jun 1999',
			'Wednesday 2nd December 2020',
			'Sat. 3 Oct. 2020',
			'26/03/2020 10:45',
			'Jan 1 1900',
			'Dec 31st 2099',
			'2020',
			'5 - 2020',
		]) {
			expect(parse([date, 'Title'])).toEqual([art({date, title: 'Title'})]);
		}
	});

	it('a date has at most 40 characters, trimmed', () => {
		const forty = `${'1 '.repeat(18)}2020`;
		const fortyOne = `11 ${'1 '.repeat(17)}2020`;
		expect(forty).toHaveLength(40);
		expect(fortyOne).toHaveLength(41);
		expect(parse([`  ${forty}\t `, 'Title'])).toEqual([art({date: forty, title: 'Title'})]);
		expect(parse([fortyOne, 'Title'])).toEqual([art({title: fortyOne, body: 'Title'})]);
		expect('Thursday, 26 March 2020, 10:45, 11, 12, 1').toHaveLength(41);
		expect(parse(['Thursday, 26 March 2020, 10:45, 11, 12, 1', 'Title'])).toEqual([
			art({title: 'Thursday, 26 March 2020, 10:45, 11, 12, 1', body: 'Title'}),
		]);
	});

	it('a line that does not look like a date is not a date (it is the title)', () => {
		for (const line of [
			'Breaking: 2020 election results',
			'March 26, 2020, 2021', //  two years
			'2020-2021',
			'26 March 1899', //         year out of range
			'Jan 2100',
			'March 26, 20', //          no year
			'March',
			'26 03',
			'20200', //                 not a 4-digit number
			'26 March 02020',
			'123 March 2020', //        three digits
			'26xx March 2020', //       bad suffix
			'26 th March 2020', //      suffix as its own word
			'Marchh 2020',
			'(2020)', //                parentheses are not separators
			'2020_03_26',
			'March 26 — 2020', //       em dash is not a separator
			'2020s',
			'May the 4th 2020',
		]) {
			expect(parse([line, '', 'Second'])).toEqual([art({title: line, body: 'Second'})]);
		}
	});

	it('only the first non-blank head line can be the date', () => {
		expect(parse(['Title', 'March 26, 2020', 'Body'])).toEqual([art({title: 'Title', body: 'March 26, 2020\nBody'})]);
	});
});

describe('Articles: title, body', () => {
	it('the title is the first non-blank line after the date', () => {
		expect(parse(['JULY 2020', '', '', 'The title', '', 'Body'])).toEqual([
			art({date: 'JULY 2020', title: 'The title', body: 'Body'}),
		]);
	});

	it('without a date, the title is the first non-blank line of the head', () => {
		expect(parse(['', '  ', 'The title', 'Body line'])).toEqual([art({title: 'The title', body: 'Body line'})]);
	});

	it('date and title are their lines trimmed at both ends', () => {
		expect(parse(['   JULY 2020   ', '', '\t Title text \t', 'Body'])).toEqual([
			art({date: 'JULY 2020', title: 'Title text', body: 'Body'}),
		]);
	});

	it('the title is null when the head has no such line: a stream that starts with a comment', () => {
		expect(parse(['  • Bob', '', '    hi'])).toEqual([art({comments: [c('Bob', 1, 'hi')]})]);
		expect(parse(['', '\t', '  • Bob'])).toEqual([art({comments: [c('Bob', 3)]})]);
	});

	it('the title is null when the head holds only a date', () => {
		expect(parse(['March 26, 2020', '', '  • Bob'])).toEqual([art({date: 'March 26, 2020', comments: [c('Bob', 3)]})]);
		expect(parse(['2020-03-26'])).toEqual([art({date: '2020-03-26'})]);
	});

	it('the rest of the head is the body: blank lines dropped at the ends, runs folded, lines keep their indentation', () => {
		expect(
			parse([
				'JULY 2020', //                1
				'', //                         2
				'Title', //                    3
				'', //                         4
				'', //                         5
				'First paragraph', //          6
				'  indented continuation', //  7
				'', //                         8
				' ', //                        9
				'', //                         10
				'    code-ish   ', //          11
				'Last', //                     12
				'', //                         13
				'', //                         14
				'  • Bob', //                  15
			]),
		).toEqual([
			art({
				date: 'JULY 2020',
				title: 'Title',
				body: 'First paragraph\n  indented continuation\n\n    code-ish\nLast',
				comments: [c('Bob', 15)],
			}),
		]);
		// The body's smallest indent is not removed.
		expect(parse(['Title', '  a', '    b'])).toEqual([art({title: 'Title', body: '  a\n    b'})]);
	});

	it('article body lines keep a tab indentation as written (interpretation of "keep their indentation")', () => {
		expect(parse(['Title', '\tTabbed', ' \tmixed'])).toEqual([art({title: 'Title', body: '\tTabbed\n \tmixed'})]);
	});

	it('the article body is "" when the head has nothing after the title', () => {
		expect(parse(['Title', '', '  • Bob'])).toEqual([art({title: 'Title', comments: [c('Bob', 3)]})]);
		expect(parse(['Title'])).toEqual([art({title: 'Title'})]);
	});
});

describe('Articles: several in one stream', () => {
	it('once an article has a comment, an unindented non-blank non-header line starts the next article', () => {
		expect(
			parse([
				'Title A', //        1
				'', //               2
				'  • a1', //         3
				'', //               4
				'    text', //       5
				'March 26, 2020', // 6  next article: its date
				'Title B', //        7
				'Body B', //         8
				'', //               9
				'  • b1', //         10
				'    text b', //     11  (v2, B2: without it, b1 is a lone bullet before Title C)
				'Title C', //        12
				'  • c1', //         13
			]),
		).toEqual([
			art({title: 'Title A', comments: [c('a1', 3, 'text')]}),
			art({date: 'March 26, 2020', title: 'Title B', body: 'Body B', comments: [c('b1', 10, 'text b')]}),
			art({title: 'Title C', comments: [c('c1', 13)]}),
		]);
		// Before any comment, an unindented line is head text, not a new article.
		expect(parse(['Title', '', 'Para one', 'Para two'])).toEqual([art({title: 'Title', body: 'Para one\nPara two'})]);
	});

	it('a line holding a form feed and otherwise only whitespace ends the current article', () => {
		expect(
			parse([
				'Title A', //   1
				'Body A', //    2
				'\f', //        3  ends A (no comments needed)
				'Title B', //   4
				'', //          5
				'  • b', //     6
				'    text', //  7
				'  \f \t', //   8  ends B, inside the comment section
				'  • c', //     9  a new article that starts with a comment
			]),
		).toEqual([
			art({title: 'Title A', body: 'Body A'}),
			art({title: 'Title B', comments: [c('b', 6, 'text')]}),
			art({comments: [c('c', 9)]}),
		]);
	});

	it('a line holding a form feed and other text does not end the article', () => {
		expect(parse(['Title', 'Page\f2', 'more'])).toEqual([art({title: 'Title', body: 'Page\f2\nmore'})]);
	});

	it('an article with no non-blank line is not an article; a stream of blank lines holds none', () => {
		expect(parse([''])).toEqual([]);
		expect(parse(['', '  ', '\t', ''])).toEqual([]);
		expect(parse(['\f'])).toEqual([]);
		expect(parse(['', '\f', '  ', '\f', ''])).toEqual([]);
		expect(parse(['A', '\f', '', '\f', '  ', '\f', 'B', '\f'])).toEqual([art({title: 'A'}), art({title: 'B'})]);
		expect(plain(parseText('\uFEFF', 'test.txt'))).toEqual([]);
		expect(plain(parseBytes(new Uint8Array(0), 'test.txt'))).toEqual([]);
	});
});

describe('JSON fields', () => {
	it('line is the 1-based line number of the header in its source (CRLF lines and a BOM counted correctly)', () => {
		const text = '\uFEFFTitle\r\n\n  • a\r\n\r\n    x\n    • b\r\n\f\r\nTitle 2\n\r\n  • c';
		expect(plain(parseText(text, 'test.txt'))).toEqual([
			art({title: 'Title', comments: [c('a', 3, 'x', [c('b', 6)])]}),
			art({title: 'Title 2', comments: [c('c', 10)]}),
		]);
	});

	it('passes the source through to every article', () => {
		for (const source of ['-', 'data/some dir/file.txt', '']) {
			// v2, B2: `  • x` directly above `B` would be a lone bullet; its body line makes it a comment.
			expect(parse(['A', '', '  • x', '    hi', 'B'], source)).toEqual([
				art({source, title: 'A', comments: [c('x', 3, 'hi')]}),
				art({source, title: 'B'}),
			]);
		}
	});

	it('jsonChunks gives one JSON object with the keys in the order shown', () => {
		const articles = parseText(
			['JULY 2020', 'Title', 'Body', '', '  • Bob', '    hi', '    • Ann'].join('\n'),
			'data/x.txt',
		);
		const text = json(articles);
		expect(text).toBe(
			'{"articles":[{"source":"data/x.txt","date":"JULY 2020","title":"Title","body":"Body","comments":[' +
				'{"author":"Bob","text":"hi","line":5,"replies":[{"author":"Ann","text":"","line":7,"replies":[]}]}]}]}\n',
		);
		expect(JSON.parse(text)).toEqual({articles: plain(articles)});
		expect(JSON.parse(json([]))).toEqual({articles: []});
		// Control characters stay, escaped as JSON escapes them.
		const raw = parseText('Ti\u0007tle\n\n  • \u001b[31mBob', '-');
		expect(JSON.parse(json(raw))).toEqual({articles: plain(raw)});
	});

	it('jsonChunks output is whole at every size (around its 64 KiB chunk boundary)', () => {
		for (let size = 65_400; size <= 65_560; size++) {
			const articles = parseText(`Title\n${'x'.repeat(size)}`, 's');
			const text = json(articles);
			expect(text.endsWith(']}\n'), `body of ${size}`).toBe(true);
			expect(JSON.parse(text)).toEqual({articles: plain(articles)});
		}
	});
});

describe('Decoding', () => {
	it('decodes invalid UTF-8 to U+FFFD without throwing', () => {
		const bytes = Buffer.concat([
			Buffer.from('Ti'),
			Buffer.from([0xff]), // never valid
			Buffer.from('tle\n\n  • '),
			Buffer.from([0xc3]), // truncated 2-byte sequence
			Buffer.from('Bob\n\n    '),
			Buffer.from([0x80]), // lone continuation byte
			Buffer.from('x\n\n  '),
			Buffer.from([0xe2, 0x80]), // truncated bullet: not a header
			Buffer.from(' y'),
		]);
		expect(plain(parseBytes(bytes, 'test.txt'))).toEqual([
			art({title: 'Ti\uFFFDtle', comments: [c('\uFFFDBob', 3, '  \uFFFDx\n\n\uFFFD y')]}),
		]);
		// Same as decoding the whole stream first (WHATWG decoder) and parsing the text,
		// from a plain Uint8Array view at an offset.
		const padded = new Uint8Array(bytes.length + 5);
		padded.set(bytes, 5);
		const view = padded.subarray(5);
		expect(plain(parseBytes(view, 'test.txt'))).toEqual(plain(parseText(new TextDecoder().decode(bytes), 'test.txt')));
		// Arbitrary garbage never throws.
		const garbage = new Uint8Array(4096);
		let seed = 12345;
		for (let i = 0; i < garbage.length; i++) {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			garbage[i] = [0x0a, 0x20, 0x09, 0xe2, 0x80, 0xa2, 0x0c, 0x0d, 0xff, 0xc0][seed % 16] ?? (seed >> 8) % 256;
		}
		expect(() => plain(parseBytes(garbage, 'g'))).not.toThrow();
	});
});

describe('The real sample', () => {
	it('parses seeds/000_ee11fe879f1d0503.txt: one article, 13 comments, Azriel Herskowitz with 3 replies', () => {
		const articles = parseBytes(readFileSync(SAMPLE), SAMPLE);
		expect(articles).toHaveLength(1);
		const [article] = plain(articles);
		expect(article!.source).toBe(SAMPLE);
		expect(article!.date).toBe('JULY 2020');
		expect(article!.title).toBe('U.S.-led Coalition Hands Over Key Base To Iraqi Forces (Photos)');
		const paragraphs = article!.body.split('\n\n');
		expect(paragraphs).toHaveLength(7);
		expect(paragraphs[0]).toMatch(/^The U\.S\.-led coalition announced on March 26 /u);
		expect(paragraphs[6]).toMatch(/recent wave of rocket attacks on coalition bases in the country\.$/u);
		expect(article!.body).not.toMatch(/\n\n\n|\n$|^\n/u);

		expect(articles[0]!.thread.size).toBe(13); // 10 top-level + 3 replies (not 22)
		const comments = article!.comments;
		expect(comments.map((n) => n.author)).toEqual([
			'Damien C',
			'Ivanus59',
			'verner',
			'ivan cohen',
			'John Wallace',
			'Azriel Herskowitz',
			'Zionism = EVIL',
			'verner',
			'cechas vodobenikov',
			'goingbrokes',
		]);
		expect(comments.map((n) => n.line)).toEqual([23, 28, 31, 35, 39, 43, 59, 63, 67, 71]);
		expect(comments.filter((n) => n.replies.length > 0).map((n) => n.author)).toEqual(['Azriel Herskowitz']);
		const azriel = comments[5]!;
		expect(azriel.text).toBe(
			'Don\u2019t worry, this is only a temporary movement because of COVID-19. The US is staying in Iraq to deal with ISIS and Iranian Shia terrorists alike. :)',
		);
		expect(azriel.replies.map((n) => [n.author, n.line, n.replies.length])).toEqual([
			['John Wallace', 47, 0],
			['Zionism = EVIL', 51, 0],
			['Amon -Ra- DeArmond', 55, 0],
		]);
		expect(azriel.replies[0]!.text).toMatch(/^Aw Azriel\. I read \u201d this is only/u);
		expect(azriel.replies[2]!.text).toBe('hey there, rocket nose!');

		expect(comments[0]!.text).toBe(
			'This bases was not used for attacking ISIS it was used to attack the PMU and Hezbollah. They can\u2019t even own up to the simple fact that they have been forced to leave.\n' +
				'It is nothing to do with Covid19, this is just an excuse to cover for them leaving with their tails between their legs',
		);
		expect(comments[1]!.text).toBe(''); // Ivanus59
		// The last line has no line ending.
		expect(comments[9]!.text).toBe(
			'US is not Iraq\u2019s friend, so all the equipment left behind needs to be checked for GPS locators and other bugs. They can be used against Iraq if left in place.',
		);
		expect(JSON.parse(json(articles))).toEqual({articles: [article]});
	});
});
