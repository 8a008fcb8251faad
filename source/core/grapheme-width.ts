/**
 * Linear-time graphemes and widths for strings of any length. `string-width` walks
 * `Intl.Segmenter`, whose iteration in Node 20's V8 costs time quadratic in the string's
 * length (64k UTF-16 units: 1.5 s; a 10 MB line: hours) and spends about 1.5 µs on each
 * grapheme even then, so it is only ever asked about short strings, each answer cached,
 * and graphemes are found by `nextBoundary` instead.
 */
import {unicodeWidth} from './width.js';

const printableAscii = /^[\x20-\x7e]*$/;

/** Strings longer than this are measured grapheme by grapheme. */
const shortLength = 64;

// Widths of short non-ASCII strings seen lately: CJK prose repeats a few thousand
// characters, and a Map hit is far cheaper than string-width's segmenting and lookups.
const widthCache = new Map<string, number>();
const widthCacheLimit = 10_000;

function cachedWidth(s: string): number {
	let width = widthCache.get(s);
	if (width === undefined) {
		width = unicodeWidth(s);
		if (s.length <= shortLength) {
			if (widthCache.size >= widthCacheLimit) {
				widthCache.clear();
			}
			widthCache.set(s, width);
		}
	}
	return width;
}

// What continues a grapheme: combining and spacing marks, variation selectors, emoji
// modifiers, Thai/Lao AM, Hangul vowel and trailing jamo. Erring towards gluing is safe:
// a glued run measures exactly what its true graphemes sum to.
const extender = /^[\p{Grapheme_Extend}\p{Mc}\p{Emoji_Modifier}\u0e33\u0eb3\u1160-\u11ff\ud7b0-\ud7ff]$/u;
// Grapheme_Cluster_Break=Prepend: glues to what follows.
const prepend = /^[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]$/u;
const extending = 1;
const prepending = 2;
const plain = 3;
// Per BMP code point: 0 not looked up yet, else one of the kinds above.
const bmpKind = new Uint8Array(0x1_00_00);

function kindOf(code: number): number {
	if (code < 0x3_00 || (code >= 0x34_00 && code <= 0x9f_ff)) {
		return plain; // Latin and CJK, the common cases
	}
	let kind = code <= 0xff_ff ? bmpKind[code]! : 0;
	if (kind === 0) {
		const character = String.fromCodePoint(code);
		kind = extender.test(character) ? extending : prepend.test(character) ? prepending : plain;
		if (code <= 0xff_ff) {
			bmpKind[code] = kind;
		}
	}
	return kind;
}

function isRegionalIndicator(code: number): boolean {
	return code >= 0x1_f1_e6 && code <= 0x1_f1_ff;
}

/** Index just past the code point at `i` (a lone surrogate counts as one). */
function nextCodePoint(s: string, i: number): number {
	return s.codePointAt(i)! > 0xff_ff ? i + 2 : i + 1;
}

/**
 * Index just past the grapheme that starts at `start` (which is below `s.length`), in
 * time linear in its length: a code point (never half a surrogate pair) with the
 * prepended characters before it and the combining marks, emoji modifiers and
 * ZWJ-joined code points after it, or a pair of regional indicators (a flag). It may glue
 * more than Unicode's rules do (ZWJ + a letter), which never changes a width, and may
 * split a rare true grapheme, whose parts then measure at least as wide as the whole.
 */
export function nextBoundary(s: string, start: number): number {
	let i = start;
	while (i < s.length - 1 && kindOf(s.codePointAt(i)!) === prepending) {
		i = nextCodePoint(s, i);
	}
	const base = s.codePointAt(i)!;
	i = nextCodePoint(s, i);
	if (isRegionalIndicator(base) && i < s.length && isRegionalIndicator(s.codePointAt(i)!)) {
		i += 2;
	}
	while (i < s.length) {
		const code = s.codePointAt(i)!;
		if (code === 0x20_0d) {
			i = i + 1 < s.length ? nextCodePoint(s, i + 1) : i + 1;
		} else if (kindOf(code) === extending) {
			i = nextCodePoint(s, i);
		} else {
			break;
		}
	}
	return i;
}

/** Columns of the grapheme `s[start..end)`, printable ASCII without a lookup. */
function graphemeWidth(s: string, start: number, end: number): number {
	if (end === start + 1) {
		const code = s.charCodeAt(start);
		if (code >= 0x20 && code < 0x7f) {
			return 1;
		}
	}
	return cachedWidth(s.slice(start, end));
}

/**
 * Terminal columns of `s`, or any number above `max` once it is known to be wider (so
 * a caller comparing against `max` reads only about `max` columns of a long string).
 * Printable ASCII is its length; other strings of up to 64 UTF-16 units are exactly what
 * `string-width` says; longer ones are the sum of their `nextBoundary` graphemes, which
 * is `string-width`'s count except where a rare grapheme is split, and never below it.
 */
export function widthUpTo(s: string, max: number): number {
	if (printableAscii.test(s)) {
		return s.length;
	}
	if (s.length <= shortLength) {
		return cachedWidth(s);
	}
	let width = 0;
	for (let start = 0; start < s.length && width <= max; ) {
		const end = nextBoundary(s, start);
		width += graphemeWidth(s, start, end);
		start = end;
	}
	return width;
}

/**
 * Terminal columns of `s` as `string-width` counts them (CJK and emoji 2, combining marks
 * 0), in time linear in its length: `widthUpTo` without the early exit.
 */
export function displayWidth(s: string): number {
	return widthUpTo(s, Number.POSITIVE_INFINITY);
}

/**
 * `s` cut to at most `width` columns, with `ellipsis` at the end when anything was cut
 * (the ellipsis is left out when it alone is wider than `width`). The cut falls between
 * graphemes, so a wide character is never halved; only about `width` columns of `s` are
 * looked at, so a 50 MB string costs no more than a short one.
 */
export function truncateToWidth(s: string, width: number, ellipsis = '…'): string {
	const limit = Number.isNaN(width) ? 0 : Math.max(0, Math.floor(width));
	const ellipsisWidth = displayWidth(ellipsis);
	const tail = ellipsisWidth <= limit ? ellipsis : '';
	const room = limit - (tail === '' ? 0 : ellipsisWidth);
	if (printableAscii.test(s.slice(0, limit + 1))) {
		return s.length <= limit ? s : s.slice(0, room) + tail;
	}
	if (s.length <= shortLength && cachedWidth(s) <= limit) {
		return s; // exact for short strings, where the walk below could over-count
	}
	let used = 0;
	let cut = 0;
	for (let start = 0; start < s.length; ) {
		const end = nextBoundary(s, start);
		used += graphemeWidth(s, start, end);
		if (used > limit) {
			return s.slice(0, cut) + tail;
		}
		if (used <= room) {
			cut = end;
		}
		start = end;
	}
	return s;
}
