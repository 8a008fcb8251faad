import {describe, it, expect} from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {displayWidth, truncateToWidth, widthUpTo} from '../../source/core/grapheme-width.js';
import {nextBoundary} from '../../source/core/graphemes.js';

describe('nextBoundary', () => {
	it.each([
		['an ASCII letter', 'abc', 1],
		['a base and its combining mark', 'e\u0301x', 2],
		['an emoji (surrogate pair)', '😀x', 2],
		['an emoji with a skin tone', '👍🏽x', 4],
		['a ZWJ family', '👨‍👩‍👧x', 8],
		['a flag, not the next one', '🇫🇷🇩🇪', 4],
		['a keycap', '1\ufe0f\u20e3x', 3],
		['a lone surrogate', '\ud800x', 1],
		['a prepended mark and its base', '\u06001x', 2],
		['Thai SARA AM', '\u0e01\u0e33x', 2],
		['Hangul jamo', '\u1100\u1161\u11a8x', 3],
		['a trailing ZWJ', 'a\u200d', 2],
	])('keeps %s whole', (_name, text, end) => {
		expect(nextBoundary(text, 0)).toBe(end);
	});

	it('always advances and never splits a surrogate pair', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 60}), fc.string({unit: 'binary', maxLength: 20}), (a, b) => {
				const text = a + b;
				for (let start = 0; start < text.length; ) {
					const end = nextBoundary(text, start);
					expect(end).toBeGreaterThan(start);
					expect(end).toBeLessThanOrEqual(text.length);
					const code = text.charCodeAt(end - 1);
					const next = text.charCodeAt(end);
					expect(code >= 0xd8_00 && code <= 0xdb_ff && next >= 0xdc_00 && next <= 0xdf_ff).toBe(false);
					start = end;
				}
			}),
		);
	});
});

describe('displayWidth', () => {
	it('is string-width for short strings and never below it for long ones', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (text) => {
				if (text.length <= 64) {
					expect(displayWidth(text)).toBe(stringWidth(text));
				} else {
					expect(displayWidth(text)).toBeGreaterThanOrEqual(stringWidth(text));
				}
			}),
		);
	});

	it('is string-width for long CJK, emoji and accented text', () => {
		const text = '日本語のテキスト 😀👍🏽🇫🇷 héllo wörld e\u0301 한국어 '.repeat(20);
		expect(displayWidth(text)).toBe(stringWidth(text));
	});

	it('stops soon after the limit with widthUpTo', () => {
		expect(widthUpTo('日'.repeat(1000), 10)).toBeLessThanOrEqual(12);
		expect(widthUpTo('日'.repeat(1000), 10)).toBeGreaterThan(10);
	});

	// string-width on these takes minutes (Intl.Segmenter is quadratic in Node 20).
	it('takes linear time on a long line of CJK and on one huge grapheme', () => {
		expect(displayWidth('日本語'.repeat(300_000))).toBe(1_800_000);
		expect(displayWidth('a' + '\u0301'.repeat(1_000_000))).toBe(1);
		expect(truncateToWidth('日本語'.repeat(3_000_000), 5)).toBe('日本…');
	});
});
