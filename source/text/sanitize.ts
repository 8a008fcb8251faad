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

// With the `u` flag a valid surrogate pair is one code point above U+FFFF, so
// `\uD800-\uDFFF` matches lone surrogates only and emoji pass.
const unsafeClass = String.raw`\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff`;
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

/** Stand-in for one matched unsafe code point other than TAB (`\n` becomes `^J`). */
function replacementFor(match: string, isAscii: boolean): string {
	const code = match.codePointAt(0)!;
	const name = code < 0xa0 ? controlNames[code] : bidiNames.get(code);
	if (name !== undefined) {
		return name;
	}
	if (isAscii) {
		return codePointName(code);
	}
	return '\uFFFD'; // a lone surrogate: the only other thing the Unicode class matches
}

/**
 * One linear `replace` pass. Columns are tracked only when there is a TAB to expand; that
 * pass matches `\n` too, so a kept line break can restart the column count.
 */
function sanitize(text: string, isAscii: boolean, keepsNewlines: boolean): string {
	if (!text.includes('\t')) {
		return text.replace(patternsFor(isAscii, keepsNewlines).all, (match) => replacementFor(match, isAscii));
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
		const name = replacementFor(match, isAscii);
		column += name.length; // every stand-in is one column per UTF-16 unit
		return name;
	});
}

/**
 * One line of display text made safe for a terminal. Guarantees the result holds no code
 * point in U+0000-U+001F, U+007F-U+009F, no bidi control and no lone surrogate:
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
 * exactly when `text` holds a control character (TAB and `\n` included), a bidi control
 * or a lone surrogate (or, with `ascii`, anything outside printable ASCII).
 */
export function hasUnsafe(text: string, options?: SanitizeOptions): boolean {
	return patternsFor(options?.ascii === true, false).test.test(text);
}
