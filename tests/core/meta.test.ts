/** Comment metadata in the model: held sparse, read by row or in order, and shown as one label. */
import {describe, expect, it} from 'vitest';
import {commentMeta, metaCursor, metaLabel} from '../../source/model/meta.js';
import {parseText} from '../../source/parse/parse.js';
import {asciiGlyphs, unicodeGlyphs} from '../../source/text/glyphs.js';

const page = [
	'T',
	'',
	'  • a · 2 days ago',
	'',
	'    x',
	'  • b',
	'    y',
	'  • c',
	'    9',
	'    ·',
	'',
	'    z',
].join('\n');

describe('meta in the model', () => {
	const [article] = parseText(page, 'p');
	const thread = article!.thread;

	it('holds entries only for rows that have metadata, ascending', () => {
		expect([...thread.meta!.rows]).toEqual([0, 2]);
		expect(thread.author).toEqual(['a', 'b', 'c']);
	});

	it('reads a row by binary search, and every row in order with a cursor', () => {
		expect(commentMeta(thread, 0)).toEqual({time: '2 days ago'});
		expect(commentMeta(thread, 1)).toBeUndefined();
		expect(commentMeta(thread, 2)).toEqual({score: 9});
		const next = metaCursor(thread);
		expect([0, 1, 2].map((row) => next(row))).toEqual([{time: '2 days ago'}, undefined, {score: 9}]);
	});

	it('a thread without metadata has none', () => {
		const [plain] = parseText('T\n\n  • a\n\n    x\n', 'p');
		expect(plain!.thread.meta).toBeUndefined();
		expect(commentMeta(plain!.thread, 0)).toBeUndefined();
	});
});

describe('metaLabel', () => {
	it('joins time, score, note and reply target; compact keeps the time; ASCII glyphs on request', () => {
		const meta = {time: '2 days ago', score: 14, note: 'mod', replyTo: 'Ann'};
		expect(metaLabel(meta, unicodeGlyphs)).toBe('2 days ago · 14 points · mod · ↳ Ann');
		expect(metaLabel(meta, asciiGlyphs)).toBe('2 days ago - 14 points - mod - -> Ann');
		expect(metaLabel(meta, unicodeGlyphs, true)).toBe('2 days ago');
		expect(metaLabel({score: 1}, unicodeGlyphs)).toBe('1 point');
		expect(metaLabel({score: -1}, unicodeGlyphs)).toBe('-1 point');
		expect(metaLabel({replyTo: 'Bo'}, unicodeGlyphs, true)).toBe('');
		expect(metaLabel(undefined, unicodeGlyphs)).toBe('');
	});
});
