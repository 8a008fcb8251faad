import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {foldToAscii} from '../../source/text/ascii-fold.js';
import {displayWidth} from '../../source/text/width.js';

describe('foldToAscii', () => {
	it('takes accents off and uses ASCII look-alikes for punctuation', () => {
		expect(foldToAscii('café naïve Łódź')).toBe('cafe naive Lodz');
		expect(foldToAscii('‘quoted’ “twice” — dash… • bullet')).toBe('\'quoted\' "twice" - dash. . bullet');
		expect(foldToAscii('├─ │')).toBe('+- |');
	});

	it('keeps every grapheme as wide as it was: wide characters become ?? and emoji ?? or ????', () => {
		expect(foldToAscii('中文')).toBe('????');
		expect(foldToAscii('a😀b')).toBe('a??b');
		expect(foldToAscii('e\u0301')).toBe('e');
		expect(foldToAscii('ß')).toBe('s');
	});

	it('leaves ASCII and escape sequences alone', () => {
		const styled = '\u001B[1mbold\u001B[22m plain';
		expect(foldToAscii(styled)).toBe(styled);
	});

	it('any text: printable ASCII (or what was ASCII) out, as wide as it came in', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 40}), (text) => {
				const folded = foldToAscii(text);
				expect(folded).toMatch(/^[\x00-\x7f]*$/);
				expect(displayWidth(folded.replace(/[\x00-\x1f\x7f]/g, ''))).toBe(
					displayWidth(text.replace(/[\x00-\x1f\x7f]/g, '')),
				);
			}),
			{numRuns: 500},
		);
	});
});
