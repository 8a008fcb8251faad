/**
 * Grapheme boundaries in linear time, for breaking long words and measuring long strings.
 * `Intl.Segmenter` would be exact, but iterating it in Node 20's V8 costs time quadratic
 * in the string's length (64k UTF-16 units: 1.5 s; a 10 MB line: hours), and the data is
 * hostile. These rules follow Unicode's (UAX #29) closely enough that a cluster never
 * spans two true graphemes (a property test holds them to Intl.Segmenter); where they
 * split a rare true one (an Indic conjunct), the parts measure at least as wide as the
 * whole, so a row built from them never overflows.
 */

// Grapheme_Cluster_Break Extend or SpacingMark: glues to what precedes. (Emoji modifiers
// are Extend but not Grapheme_Extend; the Mc listed first are not SpacingMark.)
const extender =
	/^(?![\u102b\u102c\u1038\u1062-\u1064\u1067-\u106d\u1083\u1087-\u108c\u108f\u109a-\u109c\u1a61\u1a63\u1a64\uaa7b\uaa7d\u{11720}\u{11721}])[\p{Grapheme_Extend}\p{Mc}\p{Emoji_Modifier}\u0e33\u0eb3]$/u;
// Grapheme_Cluster_Break Prepend: glues to what follows.
const prepend =
	/^[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]$/u;
// Grapheme_Cluster_Break Control: a grapheme of its own (U+FEFF, U+200B, soft hyphen,
// unassigned default-ignorables).
const control =
	/^(?![\u200c\u200d])(?!\p{Grapheme_Extend})(?:[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|(?=\p{Cn})\p{Default_Ignorable_Code_Point})$/u;
const pictographic = /^\p{Extended_Pictographic}$/u;

const extending = 1;
const prepending = 2;
const controlling = 3;
const other = 4;
// Per BMP code point: 0 not looked up yet, else one of the kinds above.
const bmpKind = new Uint8Array(0x1_00_00);

function kindOf(code: number): number {
	if (
		(code >= 0x20 && code < 0x7f) ||
		(code >= 0xa0 && code < 0x3_00 && code !== 0xad) ||
		(code >= 0x34_00 && code <= 0x9f_ff)
	) {
		return other; // Latin and CJK, the common cases
	}
	let kind = code <= 0xff_ff ? bmpKind[code]! : 0;
	if (kind === 0) {
		const character = String.fromCodePoint(code);
		kind = extender.test(character)
			? extending
			: prepend.test(character)
				? prepending
				: control.test(character)
					? controlling
					: other;
		if (code <= 0xff_ff) {
			bmpKind[code] = kind;
		}
	}
	return kind;
}

const hangulNone = 0;
const hangulL = 1;
const hangulV = 2;
const hangulT = 3;
const hangulLV = 4;
const hangulLVT = 5;

function hangulKind(code: number): number {
	if ((code >= 0x11_00 && code <= 0x11_5f) || (code >= 0xa9_60 && code <= 0xa9_7c)) {
		return hangulL;
	}
	if ((code >= 0x11_60 && code <= 0x11_a7) || (code >= 0xd7_b0 && code <= 0xd7_c6)) {
		return hangulV;
	}
	if ((code >= 0x11_a8 && code <= 0x11_ff) || (code >= 0xd7_cb && code <= 0xd7_fb)) {
		return hangulT;
	}
	if (code >= 0xac_00 && code <= 0xd7_a3) {
		return (code - 0xac_00) % 28 === 0 ? hangulLV : hangulLVT;
	}
	return hangulNone;
}

/** UAX #29 rules GB6-GB8: which Hangul kind may follow which in one syllable. */
function joinsHangul(before: number, after: number): boolean {
	switch (before) {
		case hangulL: {
			return after !== hangulNone && after !== hangulT;
		}
		case hangulV:
		case hangulLV: {
			return after === hangulV || after === hangulT;
		}
		case hangulT:
		case hangulLVT: {
			return after === hangulT;
		}
		default: {
			return false;
		}
	}
}

function isRegionalIndicator(code: number): boolean {
	return code >= 0x1_f1_e6 && code <= 0x1_f1_ff;
}

/** Index just past the code point at `i` (a lone surrogate counts as one). */
function nextCodePoint(s: string, i: number): number {
	return s.codePointAt(i)! > 0xff_ff ? i + 2 : i + 1;
}

/**
 * Index just past the grapheme that starts at `start` (below `s.length`), in time linear
 * in its length: a code point (never half a surrogate pair) with any prepended characters
 * before it and its marks, emoji modifiers and ZWJ-joined pictographs after it, a Hangul
 * syllable of jamo, or a pair of regional indicators (a flag); a control or format
 * character (U+FEFF, U+200B, a soft hyphen) stands alone.
 */
export function nextBoundary(s: string, start: number): number {
	let i = start;
	while (
		i < s.length - 1 &&
		kindOf(s.codePointAt(i)!) === prepending &&
		kindOf(s.codePointAt(nextCodePoint(s, i))!) !== controlling
	) {
		i = nextCodePoint(s, i);
	}
	const base = s.codePointAt(i)!;
	i = nextCodePoint(s, i);
	if (kindOf(base) === controlling) {
		return i;
	}
	if (isRegionalIndicator(base)) {
		return i < s.length && isRegionalIndicator(s.codePointAt(i)!) ? i + 2 : i;
	}
	for (let before = hangulKind(base); before !== hangulNone && i < s.length; ) {
		const after = hangulKind(s.codePointAt(i)!);
		if (!joinsHangul(before, after)) {
			break;
		}
		before = after;
		i++;
	}
	while (i < s.length) {
		const code = s.codePointAt(i)!;
		if (code === 0x20_0d) {
			i++;
			// GB11: a ZWJ also joins two pictographs (the family emoji).
			if (
				i < s.length &&
				pictographic.test(String.fromCodePoint(base)) &&
				pictographic.test(String.fromCodePoint(s.codePointAt(i)!))
			) {
				i = nextCodePoint(s, i);
			}
			continue;
		}
		if (kindOf(code) !== extending) {
			break;
		}
		i = nextCodePoint(s, i);
	}
	return i;
}
