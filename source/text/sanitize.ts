/**
 * What may reach the terminal. Every string taken from the data passes through here
 * before it is drawn, because the data is hostile: a comment can hold escape sequences
 * that clear the screen, retitle the window, write the clipboard (OSC 52) or end a
 * bracketed paste, and bidi controls that make text read differently than it is stored.
 *
 * Nothing is removed: each dangerous code point is replaced by a visible, printable
 * stand-in, so the reader sees that something was there and the escape sequence it
 * started is left as inert plain text after a `^[`.
 */
import {displayWidth} from './width.js';

/** Options shared by the sanitizers. */
export interface SanitizeOptions {
	/**
	 * Whether the output must be printable ASCII only (for terminals without Unicode): every
	 * other code point, lone surrogates included, is then shown as `<U+XXXX>`.
	 */
	readonly ascii?: boolean;
}

/** Visible names for the bidirectional controls, which reorder text without being seen. */
const bidiNames: ReadonlyMap<number, string> = new Map([
	[0x06_1c, '<ALM>'],
	[0x20_0e, '<LRM>'],
	[0x20_0f, '<RLM>'],
	[0x20_2a, '<LRE>'],
	[0x20_2b, '<RLE>'],
	[0x20_2c, '<PDF>'],
	[0x20_2d, '<LRO>'],
	[0x20_2e, '<RLO>'],
	[0x20_66, '<LRI>'],
	[0x20_67, '<RLI>'],
	[0x20_68, '<FSI>'],
	[0x20_69, '<PDI>'],
]);

/** Visible names for the invisible characters most used to hide or fake text. */
const invisibleNames: ReadonlyMap<number, string> = new Map([
	[0x00_ad, '<SHY>'],
	[0x03_4f, '<CGJ>'],
	[0x20_0b, '<ZWSP>'],
	[0x20_0c, '<ZWNJ>'],
	[0x20_0d, '<ZWJ>'],
	[0x20_60, '<WJ>'],
	[0xfe_ff, '<BOM>'],
]);

// With the `u` flag a valid surrogate pair is one code point above U+FFFF, so
// `\uD800-\uDFFF` matches lone surrogates only and emoji pass. Default-ignorable code
// points (zero-width characters, fillers, tag characters, variation selectors) draw as
// nothing: each is shown by name, or kept where it is doing its job (see `keepsInvisible`).
const unsafeClass = String.raw`\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\p{Default_Ignorable_Code_Point}`;
// The same without `\n`, which sanitizeText keeps as a line break.
const textClass = unsafeClass.replace(String.raw`\0-\x1f`, String.raw`\0-\x09\x0b-\x1f`);

/** What needs replacing, by mode: `test` patterns for the fast path, `all` for the pass. */
interface Patterns {
	readonly test: RegExp;
	readonly all: RegExp;
}

function patterns(characterClass: string): Patterns {
	return {test: new RegExp(`[${characterClass}]`, 'u'), all: new RegExp(`[${characterClass}]`, 'gu')};
}

const linePatterns = patterns(unsafeClass);
const textPatterns = patterns(textClass);
const asciiLinePatterns = patterns(String.raw`^\x20-\x7e`);
const asciiTextPatterns = patterns(String.raw`^\n\x20-\x7e`);

function patternsFor(isAscii: boolean, keepsNewlines: boolean): Patterns {
	if (isAscii) {
		return keepsNewlines ? asciiTextPatterns : asciiLinePatterns;
	}
	return keepsNewlines ? textPatterns : linePatterns;
}

const tabStop = 8;

/** Caret notation for C0 and DEL (`^[`, `^?`), `<9b>` for C1. */
function controlName(code: number): string {
	if (code < 0x20) {
		return `^${String.fromCharCode(code + 0x40)}`;
	}
	if (code === 0x7f) {
		return '^?';
	}
	return `<${code.toString(16).padStart(2, '0')}>`;
}

/**
 * Stand-ins for U+0000-U+009F (printable ASCII is never looked up), built once: hostile
 * text can hold millions of controls.
 */
const controlNames: readonly string[] = Array.from({length: 0xa0}, (_, code) => controlName(code));

/** `<U+XXXX>` for a code point, at least four upper-case hex digits. */
function codePointName(code: number): string {
	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

const pictographic = /^\p{Extended_Pictographic}$/u;
const emojiBase = /^\p{Emoji}$/u; // skin-tone modifiers are emoji too
const isTag = (code: number): boolean => code >= 0xe_00_20 && code <= 0xe_00_7f;

/** The code point before `offset` in `text` (undefined at the start). */
function before(text: string, offset: number): string | undefined {
	const low = text.charCodeAt(offset - 1);
	const start = low >= 0xdc_00 && low <= 0xdf_ff && offset >= 2 ? offset - 2 : offset - 1;
	return start < 0 ? undefined : String.fromCodePoint(text.codePointAt(start)!);
}

/**
 * Whether the invisible `code` at `offset` does its job there and may stay: a ZWJ
 * between two emoji (👨‍👩‍👧), an emoji variation selector after an emoji (❤️, 1️⃣), a
 * variation selector after an ideograph or other non-ASCII letter, a ZWNJ inside a word
 * of a script that uses it (Persian, Indic), tag characters spelling a subdivision flag
 * after 🏴 (🏴󠁧󠁢󠁳󠁣󠁴󠁿). Anywhere else (in a name, between Latin letters, alone) it is shown.
 */
function keepsInvisible(code: number, text: string, offset: number, length: number): boolean {
	const previous = before(text, offset);
	if (previous === undefined) {
		return false;
	}
	if (code === 0x20_0d) {
		const next = text.codePointAt(offset + length);
		return (
			(pictographic.test(previous) || emojiBase.test(previous) || previous === '\ufe0f') &&
			next !== undefined &&
			pictographic.test(String.fromCodePoint(next))
		);
	}
	if (code === 0xfe_0e || code === 0xfe_0f) {
		return emojiBase.test(previous);
	}
	if ((code >= 0xfe_00 && code <= 0xfe_0d) || (code >= 0xe_01_00 && code <= 0xe_01_ef)) {
		return previous.charCodeAt(0) >= 0x80 && /^[\p{L}\p{S}]$/u.test(previous);
	}
	if (code === 0x20_0c) {
		const next = text.codePointAt(offset + length);
		return (
			/^\p{L}$/u.test(previous) &&
			previous.charCodeAt(0) >= 0x600 &&
			next !== undefined &&
			/^[\p{L}\p{M}]$/u.test(String.fromCodePoint(next))
		);
	}
	if (isTag(code)) {
		// Walk back over the tags to the flag, and forward to the cancel tag that ends them.
		let start = offset;
		while (start >= 2 && isTag(text.codePointAt(start - 2)!)) {
			start -= 2;
		}
		let end = offset;
		while (end < text.length && isTag(text.codePointAt(end)!) && text.codePointAt(end) !== 0xe_00_7f) {
			end += 2;
		}
		return start >= 2 && text.codePointAt(start - 2) === 0x1_f3_f4 && text.codePointAt(end) === 0xe_00_7f;
	}
	return false;
}

/**
 * How a tag character that hides text shows: the ASCII it stands for, the run of them
 * between `<tags:` and `>` (tag characters mirror ASCII at U+E0020-U+E007E).
 */
function tagName(code: number, text: string, offset: number): string {
	const isFirst = offset < 2 || !isTag(text.codePointAt(offset - 2)!);
	const next = text.codePointAt(offset + 2);
	const isLast = next === undefined || !isTag(next);
	const shown = code === 0xe_00_7f ? '^' : String.fromCharCode(code - 0xe_00_00);
	return `${isFirst ? '<tags:' : ''}${shown}${isLast ? '>' : ''}`;
}

/** Stand-in for one matched unsafe code point other than TAB (`\n` becomes `^J`). */
function replacementFor(match: string, isAscii: boolean, text: string, offset: number): string {
	const code = match.codePointAt(0)!;
	const name = code < 0xa0 ? controlNames[code] : bidiNames.get(code);
	if (name !== undefined) {
		return name;
	}
	if (code >= 0xd8_00 && code <= 0xdf_ff) {
		return isAscii ? codePointName(code) : '\uFFFD';
	}
	if (isAscii) {
		return codePointName(code);
	}
	if (keepsInvisible(code, text, offset, match.length)) {
		return match;
	}
	if (isTag(code)) {
		return tagName(code, text, offset);
	}
	return invisibleNames.get(code) ?? codePointName(code);
}

/**
 * One linear `replace` pass. Columns are tracked only when there is a TAB to expand; that
 * pass matches `\n` too, so a kept line break can restart the column count.
 */
function sanitize(text: string, isAscii: boolean, keepsNewlines: boolean): string {
	if (!text.includes('\t')) {
		return text.replace(patternsFor(isAscii, keepsNewlines).all, (match: string, offset: number) =>
			replacementFor(match, isAscii, text, offset),
		);
	}
	let column = 0;
	let plainStart = 0;
	return text.replace(patternsFor(isAscii, false).all, (match: string, offset: number) => {
		column += displayWidth(text.slice(plainStart, offset));
		plainStart = offset + match.length;
		if (match === '\n' && keepsNewlines) {
			column = 0;
			return match;
		}
		if (match === '\t') {
			const spaces = tabStop - (column % tabStop);
			column += spaces;
			return ' '.repeat(spaces);
		}
		const name = replacementFor(match, isAscii, text, offset);
		column += name === match ? 0 : name.length; // stand-ins are one column per UTF-16 unit; kept ones draw nothing
		return name;
	});
}

/**
 * One line of display text made safe for a terminal. Guarantees the result holds no code
 * point in U+0000-U+001F, U+007F-U+009F, no bidi control and no lone surrogate, and
 * no invisible character (zero-width, filler, tag, variation selector) except inside an
 * emoji sequence, a flag or a word that needs it; the others show as `<ZWSP>`,
 * `<U+3164>`, `<tags:hidden text>`:
 * C0 and DEL become caret notation (`^[`, `^G`, `^@`, `^?`; a `\n` becomes `^J`, so the
 * caller splits lines first), C1 becomes `<9b>`, bidi controls their names (`<RLO>`),
 * lone surrogates U+FFFD, and TAB spaces to the next multiple of 8 display columns of the
 * output so far. Returns `text` itself (no copy) when nothing needs replacing, which one
 * precompiled regex test decides; otherwise one linear pass, so 50 MB is fine.
 */
export function sanitizeLine(text: string, options?: SanitizeOptions): string {
	const isAscii = options?.ascii === true;
	if (!patternsFor(isAscii, false).test.test(text)) {
		return text;
	}
	return sanitize(text, isAscii, false);
}

/**
 * Like `sanitizeLine` but keeps each `\n` as a line break: the result is what you get by
 * sanitizing every `\n`-separated line and joining them with `\n` (TAB columns restart on
 * each line). Every other guarantee of `sanitizeLine` holds.
 */
export function sanitizeText(text: string, options?: SanitizeOptions): string {
	const isAscii = options?.ascii === true;
	if (!patternsFor(isAscii, true).test.test(text)) {
		return text;
	}
	return sanitize(text, isAscii, true);
}

/**
 * Whether `sanitizeLine(text, options)` would return something other than `text`: true
 * exactly when `text` holds a control character (TAB and `\n` included), a bidi control,
 * a lone surrogate, or an invisible character that is not doing its job in an emoji,
 * flag or word (or, with `ascii`, anything outside printable ASCII).
 */
export function hasUnsafe(text: string, options?: SanitizeOptions): boolean {
	return patternsFor(options?.ascii === true, false).test.test(text) && sanitizeLine(text, options) !== text;
}
