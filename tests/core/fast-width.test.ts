import fc from 'fast-check';
import realStringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import fastStringWidth from '../../source/text/fast-width.js';

/** Every code point the shortcut claims is one column, one at a time and in runs. */
const shortcutRanges: Array<[number, number]> = [
	[0x20, 0x7e],
	[0xa1, 0xac],
	[0xae, 0x2ff],
	[0x2010, 0x2027],
	[0x2030, 0x205e],
	[0x2190, 0x21ff],
	[0x2500, 0x259f],
];

describe('fast string width', () => {
	it('agrees with string-width on every code point of its shortcut', () => {
		for (const [from, to] of shortcutRanges) {
			for (let code = from; code <= to; code++) {
				const character = String.fromCodePoint(code);
				expect([code.toString(16), fastStringWidth(character)]).toEqual([
					code.toString(16),
					realStringWidth(character),
				]);
			}
		}
	});

	it('agrees with string-width on runs of shortcut characters and on anything else', () => {
		const shortcutCharacter = fc.constantFrom(
			...shortcutRanges
				.flatMap(([from, to]) => [from, to, Math.floor((from + to) / 2)])
				.map((code) => String.fromCodePoint(code)),
		);
		fc.assert(
			fc.property(fc.array(shortcutCharacter, {maxLength: 40}), (characters) => {
				const text = characters.join('');
				expect(fastStringWidth(text)).toBe(realStringWidth(text));
			}),
		);
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 30}), (text) => {
				expect(fastStringWidth(text)).toBe(realStringWidth(text));
			}),
		);
	});

	it('measures wide and zero-width text through string-width', () => {
		expect(fastStringWidth('日本語')).toBe(6);
		expect(fastStringWidth('e\u0301')).toBe(1);
		expect(fastStringWidth('👍🏽')).toBe(4); // as tmux draws it; string-width says 2
		expect(fastStringWidth('\u001B[1mbold\u001B[22m')).toBe(4);
		expect(fastStringWidth('\u001B[2m│  \u001B[22m\u001B[36m“quote”\u001B[39m')).toBe(
			realStringWidth('\u001B[2m│  \u001B[22m\u001B[36m“quote”\u001B[39m'),
		);
		expect(fastStringWidth('\u001B[1m日本\u001B[22m')).toBe(4);
		expect(fastStringWidth('\u001B[1mab', {countAnsiEscapeCodes: true})).toBe(
			realStringWidth('\u001B[1mab', {countAnsiEscapeCodes: true}),
		);
	});
});
