import {describe, it, expect} from 'vitest';
import fc from 'fast-check';
import {hasUnsafe, sanitizeLine, sanitizeText} from '../../source/text/sanitize.js';

const bidi: ReadonlyArray<readonly [number, string]> = [
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
];
const bidiCodes = new Set(bidi.map(([code]) => code));

/** Unsafe code units left in `s`, found without the module's own regex. */
function unsafeLeft(s: string, allowNewline = false): number[] {
	const found: number[] = [];
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0xd8_00 && c <= 0xdb_ff) {
			const next = s.charCodeAt(i + 1);
			if (next >= 0xdc_00 && next <= 0xdf_ff) {
				i++;
				continue;
			}
			found.push(c);
		} else if (c >= 0xdc_00 && c <= 0xdf_ff) {
			found.push(c);
		} else if ((c <= 0x1f && !(allowNewline && c === 0x0a)) || (c >= 0x7f && c <= 0x9f) || bidiCodes.has(c)) {
			found.push(c);
		}
	}
	return found;
}

describe('sanitizeLine', () => {
	it('leaves plain text, Unicode and emoji alone', () => {
		for (const text of [
			'',
			'hello, world',
			'héllo wörld',
			'日本語',
			'😀 👨‍👩‍👧 🇫🇷',
			'e\u0301',
			'~!@#$%^&*()_+{}|:"<>?',
		]) {
			expect(sanitizeLine(text)).toBe(text);
			expect(hasUnsafe(text)).toBe(false);
		}
	});

	it('shows every C0 control but TAB in caret notation, NUL as ^@ and LF as ^J', () => {
		for (let code = 0; code < 0x20; code++) {
			if (code === 0x09) {
				continue;
			}
			const expected = `^${String.fromCharCode(code + 0x40)}`;
			expect(sanitizeLine(`a${String.fromCharCode(code)}b`)).toBe(`a${expected}b`);
		}
		expect(sanitizeLine('\0\x07\x1b\r\n')).toBe('^@^G^[^M^J');
	});

	it('shows DEL as ^?', () => {
		expect(sanitizeLine('a\x7fb')).toBe('a^?b');
	});

	it('shows every C1 control as a lower-case hex placeholder', () => {
		for (let code = 0x80; code <= 0x9f; code++) {
			expect(sanitizeLine(String.fromCharCode(code))).toBe(`<${code.toString(16)}>`);
		}
		expect(sanitizeLine('\x9b2J')).toBe('<9b>2J');
	});

	it.each(bidi.map(([code, name]) => [code.toString(16).toUpperCase().padStart(4, '0'), code, name] as const))(
		'names the bidi control U+%s',
		(_hex, code, name) => {
			expect(sanitizeLine(`a${String.fromCharCode(code)}b`)).toBe(`a${name}b`);
		},
	);

	it.each([
		['lone high surrogate', 'a\ud83db', 'a\ufffdb'],
		['lone low surrogate', 'a\ude00b', 'a\ufffdb'],
		['high surrogate at the end', 'ab\ud83d', 'ab\ufffd'],
		['low surrogate at the start', '\ude00ab', '\ufffdab'],
		['pair in the wrong order', '\ude00\ud83d', '\ufffd\ufffd'],
		['two high surrogates before a low one', '\ud83d\ud83d\ude00', '\ufffd😀'],
		['valid pair', '\ud83d\ude00', '😀'],
	])('replaces a %s with U+FFFD', (_name, input, expected) => {
		expect(sanitizeLine(input)).toBe(expected);
	});

	it.each([
		['at the start', '\tx', '        x'],
		['after one column', 'a\tb', 'a       b'],
		['on a tab stop', '12345678\tx', '12345678        x'],
		['twice', 'a\tbc\td', 'a       bc      d'],
		['after wide characters', '日本\tx', '日本    x'],
		['after a placeholder', '\x1b\tx', '^[      x'],
		['after combining marks', 'e\u0301\tx', 'e\u0301       x'],
	])('expands a TAB %s to the next multiple of 8 columns', (_name, input, expected) => {
		expect(sanitizeLine(input)).toBe(expected);
	});

	// Real attacks: each must come out as inert, visible text.
	it.each([
		['clear screen', '\x1b[2J\x1b[H', '^[[2J^[[H'],
		['window title', '\x1b]0;pwned\x07', '^[]0;pwned^G'],
		['OSC 52 clipboard write', '\x1b]52;c;cm0gLXJmIH4=\x07', '^[]52;c;cm0gLXJmIH4=^G'],
		[
			'OSC 8 hyperlink',
			'\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\',
			'^[]8;;https://evil.example^[\\click^[]8;;^[\\',
		],
		['cursor moves', '\x1b[10A\x1b[3;4H\x1b7\x1b8', '^[[10A^[[3;4H^[7^[8'],
		['bracketed paste end', '\x1b[201~rm -rf ~\r', '^[[201~rm -rf ~^M'],
		['DECRQSS', '\x1bP$qm\x1b\\', '^[P$qm^[\\'],
		['8-bit CSI', '\x9b2J\x9b31m', '<9b>2J<9b>31m'],
		['8-bit OSC and ST', '\x9d0;pwned\x9c', '<9d>0;pwned<9c>'],
		['backspace overwrite', 'safe\b\b\b\bevil', 'safe^H^H^H^Hevil'],
		['carriage return overwrite', 'innocent\rmalicious', 'innocent^Mmalicious'],
		['right-to-left override', 'file\u202Egnp.exe', 'file<RLO>gnp.exe'],
	])('makes the %s attack inert', (_name, attack, expected) => {
		const output = sanitizeLine(attack);
		expect(output).toBe(expected);
		expect(unsafeLeft(output)).toEqual([]);
		expect(hasUnsafe(attack)).toBe(true);
	});

	it('stays linear on a long run of escapes', () => {
		const attack = '\x1b[2J\t\u202e\ud800'.repeat(200_000);
		const output = sanitizeLine(attack);
		expect(unsafeLeft(output)).toEqual([]);
		expect(output.startsWith('^[[2J   <RLO>\ufffd^[[2J     <RLO>')).toBe(true);
	});
});

describe('sanitizeLine with ascii', () => {
	it('shows every non-ASCII code point as <U+XXXX>', () => {
		expect(sanitizeLine('é日😀\ud800\x1b\u202e\tx', {ascii: true})).toBe(
			'<U+00E9><U+65E5><U+1F600><U+D800>^[<RLO>        x',
		);
		expect(hasUnsafe('é', {ascii: true})).toBe(true);
		expect(hasUnsafe('é')).toBe(false);
	});
});

describe('sanitizeText', () => {
	it('keeps line breaks and sanitizes each line, TAB columns restarting', () => {
		expect(sanitizeText('a\x1b[2J\nb\tc\n\tx')).toBe('a^[[2J\nb       c\n        x');
		expect(sanitizeText('one\ntwo\n')).toBe('one\ntwo\n');
		expect(sanitizeText('é\n\x85', {ascii: true})).toBe('<U+00E9>\n<85>');
	});
});

// Every code unit, weighted towards the dangerous ones and escape sequence starts.
const dangerous = fc.oneof(
	fc.integer({min: 0, max: 0x9f}).map((code) => String.fromCharCode(code)),
	fc.constantFrom(...bidi.map(([code]) => String.fromCharCode(code))),
	fc.integer({min: 0xd8_00, max: 0xdf_ff}).map((code) => String.fromCharCode(code)),
	fc.constantFrom('\x1b[', '\x1b]', '\x1bP', '\x1b\\', '\t', '\n', '😀', '日', 'e\u0301'),
);
const anyUnit = fc.oneof(
	dangerous,
	fc.string({unit: 'binary', minLength: 1, maxLength: 1}),
	fc.integer({min: 0, max: 0xff_ff}).map((code) => String.fromCharCode(code)),
);
const hostile = fc.string({unit: anyUnit, maxLength: 80});

describe('sanitize properties', () => {
	it('leaves no unsafe code point in any string, full Unicode and lone surrogates included', () => {
		fc.assert(
			fc.property(fc.oneof(hostile, fc.string({unit: 'binary'})), (text) => {
				expect(unsafeLeft(sanitizeLine(text))).toEqual([]);
				expect(unsafeLeft(sanitizeText(text), true)).toEqual([]);
			}),
			{numRuns: 2000},
		);
	});

	it('changes a string exactly when hasUnsafe says so', () => {
		fc.assert(
			fc.property(hostile, (text) => {
				expect(sanitizeLine(text) !== text).toBe(hasUnsafe(text));
				expect(sanitizeLine(text, {ascii: true}) !== text).toBe(hasUnsafe(text, {ascii: true}));
			}),
		);
	});

	it('gives the same as sanitizing each line of the text', () => {
		fc.assert(
			fc.property(hostile, (text) => {
				expect(sanitizeText(text)).toBe(
					text
						.split('\n')
						.map((line) => sanitizeLine(line))
						.join('\n'),
				);
			}),
		);
	});

	it('gives printable ASCII only with ascii', () => {
		fc.assert(
			fc.property(hostile, (text) => {
				expect(sanitizeLine(text, {ascii: true})).toMatch(/^[\x20-\x7e]*$/);
			}),
		);
	});
});

describe('invisible and format characters', () => {
	it('shows zero-width and filler characters in names and text by name', () => {
		expect(sanitizeLine('John\u200b Wallace')).toBe('John<ZWSP> Wallace');
		expect(sanitizeLine('John\u200dWallace')).toBe('John<ZWJ>Wallace');
		expect(sanitizeLine('Jo\u00adhn')).toBe('Jo<SHY>hn');
		expect(sanitizeLine('\ufeffJohn\u2060')).toBe('<BOM>John<WJ>');
		expect(sanitizeLine('\u3164')).toBe('<U+3164>');
		expect(sanitizeLine('\u115f\u1160John')).toBe('<U+115F><U+1160>John');
		expect(sanitizeLine('John\ufe0f')).toBe('John<U+FE0F>');
	});

	it('shows the text tag characters hide', () => {
		const hidden = Array.from('ignore me', (c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
		expect(sanitizeText(`hello${hidden} world`)).toBe('hello<tags:ignore me> world');
	});

	it('keeps them where they do their job: emoji ZWJ sequences, emoji presentation, flag tags, Persian ZWNJ', () => {
		for (const text of ['👨‍👩‍👧', '🏳️‍🌈', '❤️', '1️⃣', '🧑🏿‍🤝‍🧑🏻', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'می‌خواهم', '葛󠄀']) {
			expect(sanitizeLine(text), text).toBe(text);
		}
	});

	it('two names that differ only by invisible characters read differently', () => {
		const names = [
			'John Wallace',
			'John\u200b Wallace',
			'John Wal\u200clace',
			'John Wallace\u2063',
			'J\u034fohn Wallace',
		];
		expect(new Set(names.map((name) => sanitizeLine(name))).size).toBe(names.length);
	});
});
