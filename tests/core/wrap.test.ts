import {describe, it, expect} from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {displayWidth, truncateToWidth} from '../../source/text/width.js';
import {wrapLines} from '../../source/text/wrap.js';
import {sanitizeText} from '../../source/text/sanitize.js';
import {terminalWidth} from '../support/terminal-width.js';

const graphemes = new Intl.Segmenter();

/** The words of some text: maximal runs of anything but U+0020 and `\n`. */
function words(text: string): string[] {
	return text.split(/[ \n]+/).filter((word) => word !== '');
}

describe('wrapLines', () => {
	it.each([
		['fits', 'hello world', 20, ['hello world']],
		[
			'breaks at spaces',
			'the quick brown fox jumps over the lazy dog',
			10,
			['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog'],
		],
		['drops the spaces at a break, keeps runs inside a row', 'aa  bb   cc', 6, ['aa  bb', 'cc']],
		['trims trailing spaces', 'abc   \nd  ', 10, ['abc', 'd']],
		['keeps empty and all-space lines as one empty row', 'a\n\n     \nb', 3, ['a', '', '', 'b']],
		['wraps each line on its own', 'one two\nthree four', 9, ['one two', 'three', 'four']],
		['breaks a long word at the width', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
		[
			'starts a long word after the gap on the current row',
			'see abcdefghijklmnopqrstuvwxyz ok',
			12,
			['see abcdefgh', 'ijklmnopqrst', 'uvwxyz ok'],
		],
		[
			'starts a link too long for a row on a row of its own, so it is cut once',
			'see https://example.com/a/b ok',
			12,
			['see', 'https://exam', 'ple.com/a/b', 'ok'],
		],
		['moves a long word to a fresh row when no room is left', 'abc defghijk', 4, ['abc', 'defg', 'hijk']],
		['hangs following rows at the leading indent', '  one two three four', 10, ['  one two', '  three', '  four']],
		['caps the hanging indent at half the width', '        one two four', 8, ['     one', '    two', '    four']],
		['shrinks a hanging indent for a word that fits the width', '        one three', 8, ['     one', '   three']],
		['hangs the pieces of a broken word', '    abcdefghijkl', 8, ['    abcd', '    efgh', '    ijkl']],
		['shrinks the first row indent for a word that fits a fresh row', '      abcdef', 8, ['  abcdef']],
		['keeps the first row indent below the width', '          abcdef', 4, ['   a', '  bc', '  de', '  f']],
		['shrinks a first row indent wider than the width', '          ab', 4, ['  ab']],
		['does not break at NBSP', 'a\u00a0b\u00a0c d', 5, ['a\u00a0b\u00a0c', 'd']],
		['counts CJK as 2 columns', '日本語のテキスト', 6, ['日本語', 'のテキ', 'スト']],
		['never halves a wide character at an odd width', '日本語', 5, ['日本', '語']],
		['counts emoji as 2 columns and keeps ZWJ sequences whole', '😀😀 👨‍👩‍👧👨‍👩‍👧', 4, ['😀😀', '👨‍👩‍👧👨‍👩‍👧']],
		['keeps flags whole', '🇫🇷🇩🇪🇯🇵', 3, ['🇫🇷', '🇩🇪', '🇯🇵']],
		[
			'keeps combining marks with their base',
			'e\u0301e\u0301e\u0301e\u0301e\u0301',
			2,
			['e\u0301e\u0301', 'e\u0301e\u0301', 'e\u0301'],
		],
		['treats width 0 and below as 1', 'ab c', 0, ['a', 'b', 'c']],
		['treats NaN as 1', 'ab', Number.NaN, ['a', 'b']],
		['lets a wide character overflow width 1 alone on its row', '日本', 1, ['日', '本']],
		['does not wrap at an infinite width', 'a b  ', Number.POSITIVE_INFINITY, ['a b']],
	])('%s', (_name, text, width, expected) => {
		expect(wrapLines(text, width)).toEqual(expected);
	});

	it('breaks a 10 000-column word into full rows', () => {
		const rows = wrapLines('x'.repeat(10_000), 80);
		expect(rows).toHaveLength(125);
		expect(rows.every((row) => row.length === 80)).toBe(true);
	});
});

describe('displayWidth', () => {
	it.each([
		['', 0],
		['abc', 3],
		['日本', 4],
		['😀', 2],
		['e\u0301', 1],
		['\u0301', 0],
		['👨‍👩‍👧', 2],
	])('measures %j as %i columns', (text, width) => {
		expect(displayWidth(text)).toBe(width);
	});
});

describe('truncateToWidth', () => {
	it.each([
		['hello', 10, 'hello'],
		['hello', 5, 'hello'],
		['hello world', 5, 'hell…'],
		['日本語テキスト', 5, '日本…'],
		['日本語テキスト', 6, '日本…'],
		['日本語', 6, '日本語'],
		['abc', 0, ''],
		['abc', 1, '…'],
		['😀😀😀', 4, '😀…'],
		['e\u0301e\u0301e\u0301', 2, 'e\u0301…'],
	])('cuts %j to %i columns', (text, width, expected) => {
		expect(truncateToWidth(text, width)).toBe(expected);
	});

	it('takes another ellipsis and leaves it out when it alone is too wide', () => {
		expect(truncateToWidth('hello world', 8, '...')).toBe('hello...');
		expect(truncateToWidth('hello', 2, '...')).toBe('he');
	});
});

// Printable text as the sanitizer hands it over: graphemes of every kind, spaces, breaks.
const unit = fc.oneof(
	{arbitrary: fc.constantFrom(' ', ' ', '   ', '\n'), weight: 3},
	{arbitrary: fc.string({unit: 'grapheme-ascii', minLength: 1, maxLength: 1}), weight: 5},
	{arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 1}), weight: 4},
	{
		arbitrary: fc.constantFrom(
			'日',
			'本',
			'😀',
			'👍🏽',
			'e\u0301',
			'\u0301',
			'👨‍👩‍👧',
			'🇫🇷',
			'ｶﾞ',
			'한',
			'\u0903',
			'\u00a0',
			'1\ufe0f\u20e3',
		),
		weight: 2,
	},
);
const printable = fc.string({unit, maxLength: 300}).map((text) => sanitizeText(text));
const width = fc.integer({min: 1, max: 120});

describe('wrap properties', () => {
	it('never gives a row wider than the width, but for one character at width 1', () => {
		fc.assert(
			fc.property(printable, width, (text, columns) => {
				for (const row of wrapLines(text, columns)) {
					if (stringWidth(row) > columns) {
						expect(columns).toBe(1);
						expect([...graphemes.segment(row)]).toHaveLength(1);
					}
				}
			}),
			{numRuns: 1000},
		);
	});

	it('gives back the words of the input, each row word a piece of one input word, in order', () => {
		fc.assert(
			fc.property(printable, width, (text, columns) => {
				const pieces = words(wrapLines(text, columns).join('\n'));
				let next = 0;
				for (const word of words(text)) {
					let joined = '';
					while (joined.length < word.length && next < pieces.length) {
						joined += pieces[next++];
					}
					expect(joined).toBe(word);
				}
				expect(next).toBe(pieces.length);
			}),
			{numRuns: 1000},
		);
	});

	it('never breaks a word no wider than the width', () => {
		fc.assert(
			fc.property(printable, width, (text, columns) => {
				const rowWords = new Set(words(wrapLines(text, columns).join('\n')));
				for (const word of words(text)) {
					if (terminalWidth(word) <= columns) {
						expect(rowWords.has(word)).toBe(true);
					}
				}
			}),
		);
	});

	it('keeps one or more rows per source line and no trailing spaces', () => {
		fc.assert(
			fc.property(printable, width, (text, columns) => {
				const rows = wrapLines(text, columns);
				expect(rows.length).toBeGreaterThanOrEqual(text.split('\n').length);
				expect(rows.some((row) => row.endsWith(' '))).toBe(false);
			}),
		);
	});

	it('measures like string-width (skin tones as terminals draw them) and truncates within the width', () => {
		fc.assert(
			fc.property(printable, fc.integer({min: 0, max: 40}), (text, columns) => {
				const line = text.replaceAll('\n', ' ');
				expect(displayWidth(line)).toBe(terminalWidth(line));
				const cut = truncateToWidth(line, columns);
				expect(terminalWidth(cut)).toBeLessThanOrEqual(columns);
				if (terminalWidth(line) <= columns) {
					expect(cut).toBe(line);
				} else if (columns > 0) {
					expect(cut.endsWith('…')).toBe(true);
					expect(line.startsWith(cut.slice(0, -1))).toBe(true);
				}
			}),
		);
	});
});
