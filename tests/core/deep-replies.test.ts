/**
 * Deep replies past the indentation limit: the guides stop growing so text keeps a usable
 * width, yet every reply must still read as a reply to the comment above it, never as its
 * sibling or parent. Checked on the one layout path, through the explorer's ThreadLayout
 * and `--print`, with a 40-deep chain at 80 and 200 columns and the deep samples.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {generateCorpusText} from '../../scripts/corpus/generate.js';
import {maxGuideLevels} from '../../source/layout/guides.js';
import {ThreadLayout} from '../../source/layout/layout.js';
import type {ScreenLine} from '../../source/layout/screen-line.js';
import {foldedItems} from '../../source/model/shown-items.js';
import type {Article} from '../../source/model/types.js';
import {printChunks} from '../../source/output/print-text.js';
import {parseText} from '../../source/parse/parse.js';
import {asciiGlyphs, unicodeGlyphs} from '../../source/text/glyphs.js';
import {displayWidth} from '../../source/text/width.js';

const text = (line: ScreenLine) => line.map((segment) => segment.text).join('');

/** A chain `levels` deep: user0 answered by user1, answered by user2, and so on; each with two lines of text. */
function chain(levels: number): Article {
	const lines = ['A deep chain', ''];
	for (let depth = 0; depth < levels; depth++) {
		const indent = '  '.repeat(depth + 1);
		lines.push(
			`${indent}• user${depth}`,
			`${indent}  Reply ${depth} in a long chain of replies that keeps on going deeper.`,
			'',
		);
	}
	return parseText(lines.join('\n'), 'chain.txt')[0]!;
}

/** The comment lines of `article` as the explorer lays them out, one array per comment. */
function explorerLines(article: Article, width: number, ascii = false): string[][] {
	const layout = new ThreadLayout(article, {width, isCompact: false, isBodyFolded: false, ascii});
	const shown = foldedItems(article.thread, new Set());
	const rows: string[][] = [];
	for (let row = 0; row < article.thread.size; row++) {
		rows.push(layout.lines(row, shown).map(text));
	}
	return rows;
}

/** The display column of the first character of `line` that is not a space. */
function firstMark(line: string): number {
	const index = line.search(/\S/);
	return displayWidth(line.slice(0, index));
}

/** The character drawn at display column `column` of `line` (a space past its end). */
function charAt(line: string, column: number): string {
	let at = 0;
	for (const char of line) {
		if (at === column) {
			return char;
		}
		at += displayWidth(char);
	}
	return ' ';
}

/** Checks the chain's author lines (`userN`) in `page`: each reply hangs from its parent's line, never left of it. */
function expectChainReadsRight(page: string[], levels: number, width: number): void {
	const limit = maxGuideLevels(width);
	let previous = {mark: -1, text: -1, line: -1};
	for (let depth = 0; depth < levels; depth++) {
		const line = page.findIndex((candidate) => new RegExp(`\\buser${depth}$`).test(candidate));
		expect(line, `user${depth} at ${width}`).toBeGreaterThan(previous.line);
		const head = page[line]!;
		const body = page[line + 1]!;
		const mark = firstMark(head);
		const textColumn = displayWidth(body.slice(0, body.indexOf('Reply')));
		if (depth > 0) {
			expect(mark, `user${depth} is not left of its parent at ${width}`).toBeGreaterThanOrEqual(previous.mark);
			expect(textColumn, `user${depth}'s text is not left of its parent's at ${width}`).toBeGreaterThanOrEqual(
				previous.text,
			);
			expect(charAt(page[line - 1]!, mark), `user${depth} hangs from user${depth - 1}'s line at ${width}`).toBe('│');
		}
		expect(head.includes(`[${depth}]`), `user${depth} shows its depth at ${width} only past the limit`).toBe(
			depth > limit,
		);
		expect(displayWidth(head)).toBeLessThanOrEqual(width);
		previous = {mark, text: textColumn, line};
	}
}

describe('deep replies are never drawn left of their parent', () => {
	const levels = 40;
	const article = chain(levels);
	for (const width of [80, 200]) {
		it(`a ${levels}-deep chain in the explorer reads as replies at ${width} columns`, () => {
			expectChainReadsRight(explorerLines(article, width).flat(), levels, width);
		});

		it(`a ${levels}-deep chain in --print reads as replies at ${width} columns`, () => {
			const page = [...printChunks([article], {width, ascii: false, color: false})].join('').split('\n');
			expectChainReadsRight(page, levels, width);
		});
	}

	it('the chain does clip at 80 columns (the test above reaches past the limit) and not at 200', () => {
		expect(maxGuideLevels(80)).toBeLessThan(levels - 1);
		expect(maxGuideLevels(200)).toBeGreaterThan(levels);
	});

	const samples: Article[] = [
		...parseText(readFileSync('data/deep-thread.txt', 'utf8'), 'deep-thread.txt'),
		...parseText(generateCorpusText({comments: 600, seed: 11, deepChain: 60, maxDepth: 30}), 'generated'),
	];
	for (const width of [47, 80, 120]) {
		it(`past the limit, a line leads into a reply's marker only from its own parent (width ${width})`, () => {
			let clipped = 0;
			for (const article of samples) {
				const thread = article.thread;
				const rows = explorerLines(article, width);
				for (let row = 1; row < thread.size; row++) {
					// No gap line above a clipped reply: only top-level comments have one.
					const head = rows[row]![0]!;
					if (!head.includes(unicodeGlyphs.deeper.trim())) {
						continue;
					}
					clipped++;
					const column = displayWidth(head.slice(0, head.indexOf(unicodeGlyphs.deeper.trim())));
					const above = rows[row - 1]!.at(-1)!;
					const fromParent = thread.parent[row] === row - 1 && thread.text[row - 1] !== '';
					expect(charAt(above, column) === '│', `${article.source} row ${row} at ${width}`).toBe(fromParent);
					// Its own indentation is the limit's: the marker sits where the limit's reply line runs.
					expect(column).toBe(maxGuideLevels(width) * 3);
				}
			}
			expect(clipped).toBeGreaterThan(0);
		});
	}

	it('ASCII guides mark the deep replies too, within the width', () => {
		for (const width of [20, 47, 80]) {
			const ascii = explorerLines(chain(levels), width, true).flat();
			for (const line of ascii) {
				expect(line).toMatch(/^[\x20-\x7e]*$/);
				expect(displayWidth(line)).toBeLessThanOrEqual(width);
			}
			const depth = maxGuideLevels(width) + 1;
			expect(ascii.find((line) => line.endsWith(`user${depth}`))).toContain(
				`${asciiGlyphs.deeper}[${depth}] user${depth}`,
			);
		}
	});
});
