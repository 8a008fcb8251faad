/** JSON escaping: `--json` writes DEL, the C1 controls and the bidirectional controls as `\u` escapes. */
import {describe, expect, it} from 'vitest';
import {jsonMatches} from '../../source/output/json-matches.js';
import {jsonChunks} from '../../source/output/json.js';
import {parseText} from '../../source/parse/parse.js';
import {findMatches} from '../../source/search/matches.js';

const controls = [
	'\u007f',
	'\u0080',
	'\u009b',
	'\u009d',
	'\u009f',
	'\u061c',
	'\u200e',
	'\u200f',
	'\u202a',
	'\u202e',
	'\u2066',
	'\u2069',
];
const raw = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('JSON escaping', () => {
	const page = controls.map((char) => `x${char}y`).join(' ');
	const articles = parseText(
		`T${page}\n\nB ${page}\n\n  • A${controls.join('')}\n\n    t ${page}\n`,
		`f${controls[0]}.txt`,
	);

	it('articles: no raw control anywhere (source, title, body, author, text), and the same data back', () => {
		const written = [...jsonChunks(articles)].join('');
		expect(written.trimEnd()).not.toMatch(raw);
		for (const char of controls) {
			expect(written).toContain(`\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
		}
		const back = JSON.parse(written) as {articles: Array<{title: string; comments: Array<{text: string}>}>};
		expect(back.articles[0]!.title).toBe(`T${page}`);
		expect(back.articles[0]!.comments[0]!.text).toBe(`t ${page}`);
	});

	it('near miss: other non-ASCII text (accents, emoji, the bullet, U+00A0) is written as it is', () => {
		const written = [...jsonChunks(parseText('Café 😀 • \u00a0x\n', 'f.txt'))].join('');
		expect(written).toContain('Café 😀 • \u00a0x');
	});

	it('{"matches"}: no raw control either', () => {
		const matches = findMatches(articles, {query: 'y', authors: []});
		expect(matches.length).toBeGreaterThan(0);
		const written = [...jsonMatches(articles, matches)].join('');
		expect(written.trimEnd()).not.toMatch(raw);
		expect(JSON.parse(written)).toBeTruthy();
	});
});
