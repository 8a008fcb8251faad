/**
 * A search result's snippet (issue 11, point 4): the match shown in a window as wide as the
 * row leaves, centred on the first matched term with context on both sides, `…` where the
 * text is cut, measured with our one width function (wide characters and combining marks safe).
 */
import {describe, expect, it} from 'vitest';
import type {SearchHit} from '../../source/explorer/explorer-state.js';
import type {Segment} from '../../source/layout/screen-line.js';
import {searchWindow} from '../../source/screens/prompt-window.js';
import {snippet} from '../../source/screens/snippet.js';
import {displayWidth} from '../../source/text/width.js';
import {startSession} from '../support/session.js';
import {article, c} from '../support/trees.js';

const words = (from: number, count: number) => Array.from({length: count}, (_, i) => `w${from + i}`).join(' ');
const textOf = (segments: readonly Segment[]) => segments.map((segment) => segment.text).join('');

/** The text, the match at `needle`, and its snippet at `width`. */
function around(text: string, needle: string, width: number) {
	const from = text.indexOf(needle);
	const segments = snippet(text, [[from, from + needle.length]], width);
	return {segments, line: textOf(segments), match: segments.find((segment) => segment.style === 'match')?.text};
}

describe('a snippet', () => {
	it.each([40, 60, 140])('centres the match in %i columns, with context and … on both sides', (width) => {
		const text = `${words(0, 80)} NEEDLE ${words(100, 80)}`;
		const {line, match} = around(text, 'NEEDLE', width);
		expect(match).toBe('NEEDLE');
		expect(displayWidth(line)).toBe(width);
		expect(line.startsWith('…') && line.endsWith('…')).toBe(true);
		const left = displayWidth(line.slice(0, line.indexOf('NEEDLE')));
		const right = displayWidth(line.slice(line.indexOf('NEEDLE') + 6));
		expect(Math.abs(left - right), line).toBeLessThanOrEqual(2);
	});

	it('gives the room a short start leaves to the text after the match', () => {
		const {line} = around(`short NEEDLE ${words(0, 80)}`, 'NEEDLE', 40);
		expect(line.startsWith('short NEEDLE w0')).toBe(true);
		expect(displayWidth(line)).toBe(40);
		expect(line.endsWith('…')).toBe(true);
	});

	it('gives the room a short end leaves to the text before the match', () => {
		const {line} = around(`${words(0, 80)} NEEDLE end`, 'NEEDLE', 40);
		expect(line.endsWith('NEEDLE end')).toBe(true);
		expect(line.startsWith('…')).toBe(true);
		expect(displayWidth(line)).toBe(40);
	});

	it('shows a text that fits whole, uncut', () => {
		expect(around('a NEEDLE b', 'NEEDLE', 40).line).toBe('a NEEDLE b');
	});

	it('counts wide characters as two columns and never halves one', () => {
		const text = `${'日本語'.repeat(30)}NEEDLE${'日本語'.repeat(30)}`;
		const {line, match} = around(text, 'NEEDLE', 41);
		expect(match).toBe('NEEDLE');
		expect(displayWidth(line)).toBeLessThanOrEqual(41);
		expect(displayWidth(line)).toBeGreaterThanOrEqual(40);
		const left = displayWidth(line.slice(0, line.indexOf('NEEDLE')));
		const right = displayWidth(line.slice(line.indexOf('NEEDLE') + 6));
		expect(Math.abs(left - right)).toBeLessThanOrEqual(2);
	});

	it('keeps combining marks with their letter at a cut', () => {
		const text = `${'e\u0301'.repeat(60)} NEEDLE ${'e\u0301'.repeat(60)}`;
		const {line} = around(text, 'NEEDLE', 30);
		expect(displayWidth(line)).toBe(30);
		expect(line).not.toMatch(/…\u0301/);
		expect(line).not.toMatch(/^\u0301/);
	});

	it('cuts a match wider than the window at the window', () => {
		const long = 'N'.repeat(100);
		const {line, match} = around(`a ${long} b`, long, 20);
		expect(displayWidth(line)).toBe(20);
		expect(match!.startsWith('NNN')).toBe(true);
	});
});

describe('the results list at 80 and 200 columns', () => {
	const text = `${words(0, 60)} brussels ${words(200, 60)}`;
	const articles = [
		article([c('Azriel Herskowitz')], {title: 'A rather long article title about coalitions and budgets'}),
		article([{...c('John Wallace'), text}], {title: 'Another long title that goes on and on and on'}),
	];
	const at = text.indexOf('brussels');
	const hit: SearchHit = {article: 1, row: 0, textRanges: [[at, at + 8]], authorRanges: []};

	it.each([
		[80, 36],
		[200, 118],
	])('at %i columns the snippet gets the row (at least %i columns) and shows the match', (columns, least) => {
		const s = startSession(articles, columns, 24).keys('/');
		s.act({type: 'typeText', text: 'brussels'}).act({type: 'searchResults', query: 'brussels', results: [hit]});
		const row = searchWindow(s.state, s.state.prompt!, s.context, false).rows[0]!;
		expect(displayWidth(textOf(row))).toBe(columns - 2);
		const first = row.findIndex((segment) => segment.style === 'plain' || segment.style === 'match');
		const snippetWidth = displayWidth(textOf(row.slice(first - 1)));
		expect(snippetWidth).toBeGreaterThanOrEqual(least);
		expect(row.find((segment) => segment.style === 'match')?.text).toBe('brussels');
	});
});

describe('a snippet of a long comment', () => {
	it('looks only near the match, and stays exact at the cut-out edges (marks and emoji)', () => {
		const filler = `${'e\u0301'.repeat(3000)}😀`;
		const text = `${filler.repeat(30)} NEEDLE ${filler.repeat(30)}`;
		const from = text.indexOf('NEEDLE');
		const segments = snippet(text, [[from, from + 6]], 60);
		const line = textOf(segments);
		expect(displayWidth(line)).toBeLessThanOrEqual(60);
		expect(line).toContain('NEEDLE');
		expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
		expect(line).not.toMatch(/…\u0301/);
	});
});
