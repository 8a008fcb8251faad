/** The help: it scrolls to its end, lists every key of the table (Ctrl-c too) and the search syntax, aligned at every size. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createExplorerContext} from '../../source/explorer/explorer-context.js';
import {contentHeight, type ExplorerState} from '../../source/explorer/explorer-state.js';
import {initialState} from '../../source/explorer/reducer.js';
import {keyLabel} from '../../source/keys/key-names.js';
import {keyTable} from '../../source/keys/key-table.js';
import {pressKeys} from '../../source/keys/press-keys.js';
import {helpLines, helpWindow, searchSyntax} from '../../source/screens/help-text.js';
import {displayWidth} from '../../source/text/width.js';
import {article, c} from '../support/trees.js';

function helpSession(columns: number, rows: number) {
	const context = {
		...createExplorerContext([article([c('a')])], false),
		helpLength: (width: number, height: number) => helpLines(width, height - 2, false).length,
	};
	let state: ExplorerState = initialState(1, columns, rows);
	return {
		get state() {
			return state;
		},
		keys(line: string) {
			for (const name of line.split(' ')) {
				state = pressKeys(state, [name], context);
			}
			return this;
		},
		get length() {
			return context.helpLength(columns, rows);
		},
	};
}

describe('scrolling the help', () => {
	it('G reaches the last screenful, j stops there, k and g come back, another key closes it at the top', () => {
		const s = helpSession(80, 24).keys('?');
		const height = contentHeight(24);
		expect(s.length).toBeGreaterThan(height);
		s.keys('G');
		expect(s.state.helpTop).toBe(s.length - height);
		expect(helpWindow(80, 24, false, s.state.helpTop).lines.at(-1)).toContain('both / either');
		s.keys('j j');
		expect(s.state.helpTop).toBe(s.length - height);
		s.keys('k');
		expect(s.state.helpTop).toBe(s.length - height - 1);
		s.keys('g');
		expect(s.state.helpTop).toBe(0);
		s.keys('pagedown');
		expect(s.state.helpTop).toBe(height);
		s.keys('x');
		expect(s.state.isHelpOpen).toBe(false);
		expect(s.state.helpTop).toBe(0);
		expect(s.keys('?').state.isHelpOpen).toBe(true);
	});

	it('at 40x12 every line can be reached and the bars say where the reader is', () => {
		const s = helpSession(40, 12).keys('?');
		const seen = new Set<string>();
		for (let page = 0; page < 20; page++) {
			for (const line of helpWindow(40, 12, false, s.state.helpTop).lines) {
				seen.add(line);
			}
			s.keys('space');
		}
		for (const line of helpLines(40, 10, false)) {
			expect(seen.has(line), line).toBe(true);
		}
		expect(helpWindow(40, 12, false, 0).position).toMatch(/^1-10\/\d+$/);
		expect(helpWindow(40, 12, false, 0).hint).toContain('j/Space more');
		expect(helpWindow(200, 60, false, 0).hint).toBe('any key closes this help');
	});
});

describe('what the help lists', () => {
	const text = helpLines(200, 100, false).join('\n');

	it('every key of the key table, Ctrl-c and the search syntax', () => {
		for (const binding of keyTable) {
			if (binding.action.type === 'unfoldToDepth') {
				continue;
			}
			for (const key of binding.keys) {
				expect(text, `${key} (${binding.help})`).toContain(keyLabel(key));
			}
		}
		expect(text).toContain('Ctrl-c');
		expect(text).toContain('quit at once');
		for (const [syntax, meaning] of searchSyntax) {
			expect(text).toContain(syntax);
			expect(text).toContain(meaning);
		}
	});

	it('starts every help text in the same column of its side, at any size', () => {
		fc.assert(
			fc.property(fc.integer({min: 30, max: 220}), fc.integer({min: 8, max: 70}), (columns, rows) => {
				const lines = helpLines(columns, rows - 2, false);
				const isTwo = lines.some((line) => /^Move {2,}\S/.test(line));
				const half = Math.floor(columns / 2);
				const starts = new Set<number>();
				for (const line of lines) {
					expect(displayWidth(line)).toBeLessThanOrEqual(columns);
					const side = isTwo ? [line.slice(0, half), line.slice(half)] : [line];
					for (const part of side) {
						const match = /^ {2}(\S+(?: \S+)*) {2,}(\S)/.exec(part);
						if (match !== null) {
							starts.add(match.index + match[0].length - 1);
						}
					}
				}
				expect(starts.size).toBeLessThanOrEqual(1);
			}),
			{numRuns: 60},
		);
	});
});

describe('the typed line keys in the help', () => {
	it('lists every shell key of the search prompt and the title filter, by its label', () => {
		const text = helpLines(100, 200, false).join('\n');
		expect(text).toContain('Typed line (search prompt, title filter)');
		for (const key of ['Home Ctrl-a', 'End Ctrl-e', 'Alt-b', 'Alt-f', 'Ctrl-w', 'Ctrl-k', 'Del']) {
			expect(text).toContain(key);
		}
		expect(text).toMatch(/Del +delete the character under the cursor/);
	});
});
