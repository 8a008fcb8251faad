import {describe, it, expect} from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {displayWidth, truncateToWidth, widthUpTo} from '../../source/text/width.js';
import {nextBoundary} from '../../source/text/graphemes.js';
import {terminalWidth} from '../support/terminal-width.js';

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
		['a leading jamo with a syllable', '\u1100\uac00x', 2],
	])('keeps %s whole', (_name, text, end) => {
		expect(nextBoundary(text, 0)).toBe(end);
	});

	it.each([
		['a ZWJ and a letter', 'a\u200db', 2],
		['a trailing jamo and a leading one', '\u11a8\u1100', 1],
		['a spacing mark and a vowel jamo', '\u0903\u1161', 1],
		['two syllables', '\uac00\uac00', 1],
		['a Myanmar Mc that is no spacing mark', 'a\u102b', 1],
		['a format character and an emoji modifier', '\ufeff\u{1f3fb}', 1],
		['a soft hyphen and a combining mark', '\u00ad\u0301', 1],
		['three regional indicators', '\u{1f1eb}\u{1f1f7}\u{1f1e9}', 4],
	])('splits %s', (_name, text, end) => {
		expect(nextBoundary(text, 0)).toBe(end);
	});

	it("never spans two of Intl.Segmenter's graphemes", () => {
		const tricky = fc.constantFrom(
			'\u0903',
			'\uff9e',
			'1\ufe0f\u20e3',
			'\u200d',
			'\u1100',
			'\u1161',
			'\u11a8',
			'가',
			'각',
			'☺',
			'\ufe0f',
			'🏻',
			'🇫',
			'\u0600',
			'\u094d',
			'क',
			'\u102b',
			'\ufeff',
		);
		const unit = fc.oneof(
			fc.string({unit: 'binary', minLength: 1, maxLength: 1}),
			fc.string({unit: 'grapheme', minLength: 1, maxLength: 1}),
			tricky,
		);
		fc.assert(
			fc.property(fc.string({unit, maxLength: 40}), (text) => {
				const ours = new Set<number>();
				for (let start = 0; start < text.length; ) {
					start = nextBoundary(text, start);
					ours.add(start);
				}
				for (const {index} of new Intl.Segmenter().segment(text)) {
					expect(index === 0 || ours.has(index)).toBe(true);
				}
			}),
			{numRuns: 2000},
		);
	});

	it('agrees with Intl.Segmenter on ordinary text', () => {
		const text = 'héllo wörld e\u0301 日本語 😀👍🏽👨‍👩‍👧🇫🇷🇩🇪 1\ufe0f\u20e3 한국어 \u1100\u1161\u11a8 กำ ملعب';
		const ours: string[] = [];
		for (let start = 0; start < text.length; ) {
			const end = nextBoundary(text, start);
			ours.push(text.slice(start, end));
			start = end;
		}
		expect(ours).toEqual([...new Intl.Segmenter().segment(text)].map(({segment}) => segment));
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

	it('is string-width (skin tones as terminals draw them) for long CJK, emoji and accented text', () => {
		const text = '日本語のテキスト 😀👍🏽🇫🇷 héllo wörld e\u0301 한국어 '.repeat(20);
		expect(displayWidth(text)).toBe(terminalWidth(text));
		expect(displayWidth(text)).toBe(stringWidth(text) + 2 * 20);
	});

	it('stops soon after the limit with widthUpTo', () => {
		expect(widthUpTo('日'.repeat(1000), 10)).toBeLessThanOrEqual(12);
		expect(widthUpTo('日'.repeat(1000), 10)).toBeGreaterThan(10);
	});

	// string-width on these takes minutes (Intl.Segmenter is quadratic in Node 20).
	it('takes linear time on a long line of CJK and on one huge grapheme', () => {
		expect(displayWidth('日本語'.repeat(300_000))).toBe(1_800_000);
		expect(displayWidth(`a${'\u0301'.repeat(1_000_000)}`)).toBe(1);
		expect(truncateToWidth('日本語'.repeat(3_000_000), 5)).toBe('日本…');
		expect(displayWidth('a\u200d'.repeat(500_000))).toBe(500_000);
		expect(displayWidth('\u{1f468}\u200d'.repeat(300_000))).toBeGreaterThanOrEqual(2);
		expect(displayWidth('\u102b'.repeat(1_000_000))).toBe(stringWidth('\u102b'.repeat(100)) * 10_000);
	});
});

describe('widths as terminals draw emoji sequences', () => {
	it('a skin-toned emoji is as wide as its two parts (tmux 3.3a draws 4 columns)', () => {
		expect(displayWidth('👍🏽')).toBe(4);
		expect(displayWidth('a👍🏽b')).toBe(6);
		expect(displayWidth('\x1b[7m👍🏽\x1b[0m')).toBe(4);
	});

	it('a ZWJ sequence counts the parts before each joiner; a family stays 2', () => {
		expect(displayWidth('🧑🏿‍🤝‍🧑🏻')).toBe(6);
		expect(displayWidth('👨‍👩‍👧')).toBe(2);
		expect(displayWidth('🏳️‍🌈')).toBe(2);
	});

	it('everything else is what string-width says', () => {
		for (const text of ['中文', 'é', 'e\u0301', '🇺🇸', '❤️', '😀', 'plain']) {
			expect(displayWidth(text), text).toBe(stringWidth(text));
		}
	});
});
