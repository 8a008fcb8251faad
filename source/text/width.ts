/**
 * The one measure of text width in comb: every layout, wrap, cut and screen write asks
 * `displayWidth` (or `widthUpTo` and `truncateToWidth`, built on the same walk).
 * Terminal columns as `string-width` counts them (CJK and emoji 2, combining marks 0),
 * for strings of any length. `string-width` is reached only through fast-width.ts, which
 * the bundle also puts behind Ink's own `string-width` imports, so Ink and comb agree.
 * `string-width` walks `Intl.Segmenter`, which in Node 20's V8 is quadratic in the
 * string's length and costs about 1.5 µs a grapheme even on short ones, so it is only
 * ever asked about strings of up to 64 UTF-16 units, each answer cached; longer strings
 * are summed over the graphemes of `nextBoundary`.
 */
import stringWidth, {isOneColumnText} from './fast-width.js';
import {nextBoundary} from './graphemes.js';
import {unicodeGlyphs} from './glyphs.js';

const printableAscii = /^[\x20-\x7e]*$/;

/** Longest string handed to `string-width`. */
const shortLength = 64;

// Widths of short non-ASCII strings seen lately: CJK prose repeats a few thousand
// characters, and a Map hit is far cheaper than string-width's segmenting and lookups.
const widthCache = new Map<string, number>();
const widthCacheLimit = 10_000;

function cachedWidth(s: string): number {
	let width = widthCache.get(s);
	if (width === undefined) {
		width = stringWidth(s);
		if (widthCache.size >= widthCacheLimit) {
			widthCache.clear();
		}
		widthCache.set(s, width);
	}
	return width;
}

/**
 * Columns of the grapheme `s[start..end)`. One longer than 64 units (a base under a
 * heap of marks) is no emoji sequence, so `string-width` would give its first character
 * plus its spacing marks; the sum over its code points is never less, and linear.
 */
function graphemeWidth(s: string, start: number, end: number): number {
	if (end === start + 1) {
		const code = s.charCodeAt(start);
		if (code >= 0x20 && code < 0x7f) {
			return 1;
		}
	}
	if (end - start <= shortLength) {
		return cachedWidth(s.slice(start, end));
	}
	let width = 0;
	for (let i = start; i < end; ) {
		const next = s.codePointAt(i)! > 0xff_ff ? i + 2 : i + 1;
		width += cachedWidth(s.slice(i, next));
		i = next;
	}
	return width;
}

/**
 * Terminal columns of `s`, or any number above `max` once it is known to be wider (so
 * a caller comparing against `max` reads only about `max` columns of a long string).
 * Printable ASCII is its length; other strings of up to 64 UTF-16 units are exactly what
 * `string-width` says; longer ones are the sum over their graphemes, which is
 * `string-width`'s count except where a rare grapheme is split, and never below it.
 */
export function widthUpTo(s: string, max: number): number {
	if (isOneColumnText(s)) {
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
 * Terminal columns of `s` as `string-width` counts them (see `widthUpTo`), in time linear
 * in its length whatever it holds.
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
export function truncateToWidth(s: string, width: number, ellipsis = unicodeGlyphs.ellipsis): string {
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
