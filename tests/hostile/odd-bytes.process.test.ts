/**
 * Odd bytes, end to end: invalid UTF-8, NUL bytes before and after the 64 KiB binary probe,
 * UTF-16 with a byte-order mark, CR-only line endings, mixed tabs and spaces, and NBSP in
 * indentation. Each case states the result comb gives, so a change of behaviour is a
 * decision, not an accident.
 */
import {Buffer} from 'node:buffer';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseArticles, type JsonArticle} from '../support/json-shape.js';
import {runComb, type CombRun} from '../support/run-comb.js';

let work = '';

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'comb-odd-bytes-'));
});

afterAll(() => {
	if (work !== '') {
		rmSync(work, {recursive: true, force: true});
	}
});

/** Writes `bytes` to a file in the work folder and returns its name. */
function put(name: string, bytes: Buffer | string): string {
	writeFileSync(join(work, name), bytes);
	return name;
}

/** comb in the work folder with `input` on stdin, stdout as bytes; killed after 10 s. */
function comb(args: readonly string[], input?: Buffer): Promise<CombRun<Buffer>> {
	return runComb(args, {cwd: work, input, timeout: 10_000, stdoutAs: 'buffer'});
}

async function json(name: string): Promise<JsonArticle[]> {
	const run = await comb(['--json', name]);
	expect(run.stderr).toBe('');
	expect(run.code).toBe(0);
	return parseArticles(run.stdout.toString('utf8'));
}

async function print(name: string, ...flags: string[]): Promise<string> {
	const run = await comb(['--print', ...flags, name]);
	expect(run.stderr).toBe('');
	expect(run.code).toBe(0);
	// Output is always valid UTF-8, whatever the input was.
	return new TextDecoder('utf-8', {fatal: true}).decode(run.stdout);
}

const bytes = (...parts: Array<string | number[]>): Buffer =>
	Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('invalid UTF-8', () => {
	// Each is invalid on its own: a stray continuation byte, bytes that never occur (C0, C1,
	// F5-FF), an overlong `/`, an encoded surrogate, a code point above U+10FFFF, a sequence
	// cut short, and a raw 0x9b (8-bit CSI to a terminal that takes 8-bit controls).
	const invalid = [
		[0x80],
		[0xc0, 0xaf],
		[0xc1, 0xbf],
		[0xf5],
		[0xfe, 0xff],
		[0xed, 0xa0, 0x80],
		[0xf4, 0x90, 0x80, 0x80],
		[0xe2, 0x80],
		[0x9b, 0x32, 0x4a],
		[0xf8, 0x88, 0x80, 0x80, 0x80],
	];
	const mixed = (prefix: string): Array<string | number[]> => [
		prefix,
		...invalid.flatMap((sequence) => [sequence, '|']),
	];
	/** What a WHATWG decoder makes of it (each maximal invalid subpart is one U+FFFD). */
	const expected = (prefix: string): string => new TextDecoder().decode(bytes(...mixed(prefix)));

	it('decodes to U+FFFD in every field, exactly as a WHATWG decoder does', async () => {
		const name = put(
			'invalid.txt',
			bytes(...mixed('T'), '\n\n', ...mixed('B'), '\n\n  • ', ...mixed('A'), '\n\n    ', ...mixed('C'), '\n'),
		);
		const [article] = await json(name);
		expect(article).toEqual({
			source: name,
			date: null,
			title: expected('T'),
			body: expected('B'),
			comments: [{author: expected('A'), text: expected('C'), line: 5, replies: []}],
		});
		expect(expected('T')).toContain('\uFFFD');
		expect(expected('T')).not.toMatch(/[\u0080-\u009F]/);
	});

	it('prints U+FFFD, never a raw byte of the input', async () => {
		const name = put('invalid-print.txt', bytes(...mixed('T'), '\n\n  • a\n\n    ', ...mixed('C'), '\n'));
		const out = await print(name);
		expect(out).toContain(expected('T'));
		expect(out).toContain(expected('C'));
	});

	it('a bullet cut short is not a header: the line stays text', async () => {
		const name = put('cut-bullet.txt', bytes('T\n\n  ', [0xe2, 0x80], ' a\n'));
		const [article] = await json(name);
		expect(article).toMatchObject({title: 'T', body: '  \uFFFD a', comments: []});
	});
});

describe('NUL bytes', () => {
	const probe = 64 * 1024;
	const thread = 'Title\n\n  • a\n\n';
	/** A text file with a NUL at byte `offset` (0-based), inside a comment body line. */
	const withNulAt = (offset: number): Buffer => {
		const head = Buffer.from(`${thread}    `);
		const filler = Buffer.alloc(offset - head.length, 'x');
		return Buffer.concat([head, filler, Buffer.from('\u0000after\n')]);
	};

	it('one past the first 64 KiB is kept: ^@ in print, \\u0000 in JSON', async () => {
		const name = put('nul-late.txt', withNulAt(probe));
		const [article] = await json(name);
		const text = article!.comments[0]!.text;
		expect(text.length).toBe(probe - Buffer.byteLength(thread) - 4 + 6);
		expect(text.endsWith('x\u0000after')).toBe(true);
		const out = await print(name, '--width', '200000');
		expect(out).toContain('x^@after\n');
		expect(out).not.toContain('\u0000');
	});

	it('one in the first 64 KiB (its last byte included) refuses the file as binary: exit 2', async () => {
		for (const offset of [0, 100, probe - 1]) {
			const name = put(`nul-${offset}.txt`, offset === 0 ? Buffer.from('\u0000Title\n') : withNulAt(offset));
			const run = await comb(['--print', name]);
			expect(run.code, `NUL at ${offset}`).toBe(2);
			expect(run.stdout.length).toBe(0);
			expect(run.stderr).toBe(`comb: cannot read ${name}: binary file (it holds NUL bytes)\n`);
		}
	});

	it('inside a folder, a binary file is skipped with a warning: exit 0, the others still read', async () => {
		mkdirSync(join(work, 'mixed'));
		put('mixed/binary.txt', withNulAt(30));
		put('mixed/text.txt', `${thread}    fine\n`);
		const run = await comb(['--json', 'mixed']);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('comb: skipping mixed/binary.txt: binary file (it holds NUL bytes)\n');
		expect(parseArticles(run.stdout.toString('utf8')).map((article) => article.source)).toEqual(['mixed/text.txt']);
	});

	it('on standard input, the same probe: a NUL in the first 64 KiB is refused, a later one kept', async () => {
		const early = await comb(['--json', '-'], withNulAt(30));
		expect(early.code).toBe(2);
		expect(early.stderr).toBe('comb: cannot read -: binary file (it holds NUL bytes)\n');
		const late = await comb(['--json', '-'], withNulAt(probe));
		expect(late.code).toBe(0);
		expect(late.stdout.toString('utf8')).toContain('x\\u0000after');
	});
});

describe('UTF-16 with a byte-order mark', () => {
	const text =
		'Thursday, 26 March 2020\n\nTitre é ✓\n\nCorps 😀\n\n  • Zoë\n\n    Ça va ? 🎉\n\n    • 山田\n\n      はい\n';
	const article = {
		date: 'Thursday, 26 March 2020',
		title: 'Titre é ✓',
		body: 'Corps 😀',
		comments: [
			{author: 'Zoë', text: 'Ça va ? 🎉', line: 7, replies: [{author: '山田', text: 'はい', line: 11, replies: []}]},
		],
	};
	const littleEndian = (value: string): Buffer =>
		Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(value, 'utf16le')]);
	const bigEndian = (value: string): Buffer => {
		const body = Buffer.from(value, 'utf16le');
		body.swap16();
		return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
	};

	it('little endian is decoded', async () => {
		const name = put('le.txt', littleEndian(text));
		expect(await json(name)).toEqual([{source: name, ...article}]);
	});

	it('big endian is decoded', async () => {
		const name = put('be.txt', bigEndian(text));
		expect(await json(name)).toEqual([{source: name, ...article}]);
	});

	it('with CR LF line endings, and past 64 KiB (UTF-16 is full of NUL bytes, yet it is not binary)', async () => {
		const long = `${text.replaceAll('\n', '\r\n')}\r\n    ${'word '.repeat(20_000).trimEnd()}\r\n`;
		const name = put('le-long.txt', littleEndian(long));
		const [decoded] = await json(name);
		// The long line is 4 columns in, under a reply whose text is 6 in: the body dedents by 4.
		expect(decoded!.comments[0]!.replies[0]!.text).toBe(`  はい\n\n${'word '.repeat(20_000).trimEnd()}`);
	});

	it('a lone surrogate and an odd trailing byte become U+FFFD', async () => {
		const lone = Buffer.concat([
			littleEndian('T'),
			Buffer.from([0x00, 0xd8]),
			littleEndian('x\n').subarray(2),
			Buffer.from([0x41]),
		]);
		const [le] = await json(put('le-odd.txt', lone));
		expect(le!.title).toBe('T\uFFFDx');
		const odd = Buffer.concat([bigEndian('T\n'), Buffer.from([0x00])]);
		const [be] = await json(put('be-odd.txt', odd));
		expect(be!.title).toBe('T');
	});

	it('without a byte-order mark it is not recognised: its NUL bytes make it binary', async () => {
		const name = put('le-no-bom.txt', Buffer.from(text, 'utf16le'));
		const run = await comb(['--json', name]);
		expect(run.code).toBe(2);
		expect(run.stderr).toBe(`comb: cannot read ${name}: binary file (it holds NUL bytes)\n`);
	});

	it('a UTF-8 byte-order mark is dropped', async () => {
		const [article] = await json(put('utf8-bom.txt', bytes([0xef, 0xbb, 0xbf], 'JULY 2020\n\nT\n')));
		expect([article!.date, article!.title]).toEqual(['JULY 2020', 'T']);
	});
});

describe('line endings', () => {
	it('CR-only line endings: lines end in \\n or \\r\\n (docs/FORMAT.md), so the file is one line, the title', async () => {
		const name = put('cr-only.txt', 'JULY 2020\r\rTitle\r\r  • alice\r\r    Hello\r');
		expect(await json(name)).toEqual([
			{source: name, date: null, title: 'JULY 2020\r\rTitle\r\r  • alice\r\r    Hello', body: '', comments: []},
		]);
		const out = await print(name, '--width', '200');
		expect(out.split('\n')[0]).toBe('JULY 2020^M^MTitle^M^M  • alice^M^M    Hello');
	});

	it('CR LF, LF and a last line without an ending mix freely', async () => {
		const name = put('mixed-endings.txt', 'Title\r\n\n  • a\r\n\r\n    one\n    two\r\n\n  • b\n\n    last');
		const [article] = await json(name);
		expect(article!.comments).toEqual([
			{author: 'a', text: 'one\ntwo', line: 3, replies: []},
			{author: 'b', text: 'last', line: 8, replies: []},
		]);
	});
});

describe('indentation', () => {
	it('mixed tabs and spaces: a tab moves to the next multiple of 8 columns', async () => {
		// Column of each header: a ` \t` = 8, b `\t ` = 9 (deeper: a reply to a), c 8 spaces = 8
		// (a sibling of a), d `\t\t` = 16 (a reply to c). a's body lines are at 10, 10 and 17
		// columns: dedented by 10, the deeper one keeps 7 spaces.
		const name = put(
			'mixed-indent.txt',
			'T\n\n \t• a\n\n\t  hi\n  \t  yo\n\t\t x\n\n\t • b\n\n\t   bee\n\n        • c\n\n\t\t• d\n',
		);
		const [article] = await json(name);
		expect(article!.comments).toEqual([
			{author: 'a', text: 'hi\nyo\n       x', line: 3, replies: [{author: 'b', text: 'bee', line: 9, replies: []}]},
			{author: 'c', text: '', line: 13, replies: [{author: 'd', text: '', line: 15, replies: []}]},
		]);
	});

	it('NBSP is whitespace but not indentation: only spaces and tabs count', async () => {
		// Before the comments, a header indented by NBSP only has indent 0, so it is article
		// text. Inside the comments, a body indented by NBSP only is an unindented line: it
		// ends the article and is the title of the next. Spaces before an NBSP do count.
		const nbsp = '\u00A0';
		const name = put(
			'nbsp.txt',
			// (Format v2, B2: `a` needs an indented line below it, or it is a lone bullet above page text.)
			`T\n\n${nbsp}${nbsp}• listed\n\n  ${nbsp} • a\n    hi\n${nbsp.repeat(4)}nbsp body\n\n ${nbsp}• b\n\n    text\n`,
		);
		expect(await json(name)).toEqual([
			{
				source: name,
				date: null,
				title: 'T',
				body: `${nbsp}${nbsp}• listed`,
				comments: [{author: 'a', text: 'hi', line: 5, replies: []}],
			},
			{
				source: name,
				date: null,
				title: 'nbsp body',
				body: '',
				comments: [{author: 'b', text: 'text', line: 9, replies: []}],
			},
		]);
	});
});
