import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {generateCorpusText} from '../../scripts/corpus/generate.js';
import {authorLine, plainShape} from '../../source/layout/comment-lines.js';
import {rowGuides} from '../../source/layout/guides.js';
import {ThreadLayout} from '../../source/layout/layout.js';
import type {ScreenLine} from '../../source/layout/screen-line.js';
import {foldedItems} from '../../source/model/shown-items.js';
import type {Article} from '../../source/model/types.js';
import {printChunks} from '../../source/output/print-text.js';
import {parseText} from '../../source/parse/parse.js';
import {asciiGlyphs, glyphsFor, unicodeGlyphs} from '../../source/text/glyphs.js';
import {displayWidth} from '../../source/text/width.js';

const dataFiles = readdirSync('data').filter((name) => name.endsWith('.txt'));
const articles: Article[] = [
	...dataFiles.flatMap((name) => parseText(readFileSync(`data/${name}`, 'utf8'), name)),
	...parseText(generateCorpusText({comments: 600, seed: 11, deepChain: 60, maxDepth: 30}), 'generated'),
];

const text = (line: ScreenLine) => line.map((segment) => segment.text).join('');

function printed(article: Article, width: number, ascii: boolean): string {
	return [...printChunks([article], {width, ascii, color: false})].join('');
}

describe('one comment layout for the explorer and --print', () => {
	for (const width of [20, 47, 80, 132]) {
		for (const ascii of [false, true]) {
			it(`--print writes each comment as the explorer lays it out (width ${width}${ascii ? ', ascii' : ''})`, () => {
				for (const article of articles) {
					const layout = new ThreadLayout(article, {width, isCompact: false, isBodyFolded: false, ascii});
					const shown = foldedItems(article.thread, new Set());
					let comments = '';
					for (let row = 0; row < article.thread.size; row++) {
						for (const line of layout.lines(row, shown)) {
							comments += `${text(line)}\n`;
						}
					}
					const page = printed(article, width, ascii);
					expect(page.endsWith(comments), `${article.source} at ${width}`).toBe(true);
				}
			});
		}
	}

	it('--print never writes past the page width, even an anonymous name behind a depth badge', () => {
		// 1,100 levels: one guide, the reply marker `↳ ` and the badge `[1099] ` leave 8 of 20 columns, less than `(anonymous)`.
		const lines = ['A chain'];
		for (let depth = 0; depth < 1100; depth++) {
			lines.push('', `${'  '.repeat(depth + 1)}•`);
		}
		const [chain] = parseText(lines.join('\n'), 'chain.txt');
		expect(chain!.thread.size).toBe(1100);
		const page = printed(chain!, 20, false);
		const widest = Math.max(...page.split('\n').map((line) => displayWidth(line)));
		expect(widest).toBeLessThanOrEqual(20);
		expect(page).toContain('   ↳ [1099] (anonym…');
	});

	it('draws the author line in one place: name, mark and folded replies in that order', () => {
		const article = articles.find((a) => a.thread.size > 3 && a.thread.end[0]! > 0)!;
		const thread = article.thread;
		const guides = rowGuides(thread, 0, 10, unicodeGlyphs.guides, true);
		const shape = {...plainShape(thread, 0, 80, unicodeGlyphs), isFolded: true, mark: 'author' as const};
		const line = authorLine(thread, 0, guides, shape);
		expect(line.map((segment) => segment.style)).toEqual(['guide', 'author', 'mark', 'summary']);
		expect(line[2]!.text).toBe(' ★');
		expect(line[3]!.text).toMatch(/^ \+\d+ repl(y|ies)$/);
	});
});

describe('glyphs', () => {
	it('the ASCII set is printable ASCII only', () => {
		expect(JSON.stringify(asciiGlyphs)).toMatch(/^[\x20-\x7e]*$/);
	});

	it('every glyph but the ellipsis has the same width in both sets, and a guide level is 3 columns', () => {
		const flat = (glyphs: typeof unicodeGlyphs) => ({
			dot: glyphs.dot,
			chain: glyphs.chain,
			star: glyphs.star,
			...glyphs.focus,
			rule: glyphs.rule,
			...glyphs.guides,
		});
		const unicode = Object.entries(flat(unicodeGlyphs)).map(([key, value]) => [key, displayWidth(value)]);
		const ascii = Object.entries(flat(asciiGlyphs)).map(([key, value]) => [key, displayWidth(value)]);
		expect(ascii).toEqual(unicode);
		for (const glyph of Object.values(glyphsFor(false).guides)) {
			expect(displayWidth(glyph)).toBe(3);
		}
	});
});
