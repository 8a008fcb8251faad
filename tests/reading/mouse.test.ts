/** The mouse: SGR reports parsed apart from keys, the wheel scrolls, a click focuses, a click on the fold marker folds. */
import {describe, expect, it} from 'vitest';
import {createExplorerContext} from '../../source/explorer/explorer-context.js';
import type {ExplorerState} from '../../source/explorer/explorer-state.js';
import {initialState} from '../../source/explorer/reducer.js';
import {pressMouse, type Pointer} from '../../source/keys/mouse-actions.js';
import {pressKeys} from '../../source/keys/press-keys.js';
import type {Article} from '../../source/model/types.js';
import {threadWindow} from '../../source/screens/thread-window.js';
import {parseMouse} from '../../source/terminal/mouse.js';
import {invariantProblems} from '../support/invariants.js';
import {article, c, tall} from '../support/trees.js';

describe('parseMouse', () => {
	it.each([
		['\u001B[<64;10;5M', {kind: 'wheel', direction: -1, column: 10, row: 5}],
		['[<65;3;7M', {kind: 'wheel', direction: 1, column: 3, row: 7}],
		['[<0;12;4M', {kind: 'click', column: 12, row: 4}],
		['[<0;12;4m', 'ignored'],
		['[<2;12;4M', 'ignored'],
		['[<32;12;4M', 'ignored'],
		['[<4;12;4M', 'ignored'],
		['j', null],
		['[A', null],
		['[<0;12M', null],
	] as const)('%j is %j', (input, expected) => {
		expect(parseMouse(input)).toEqual(expected);
	});
});

// ann (2 replies) / bob / cat, then 20 more threads
const tree: Article = article([
	c('ann', c('bob'), c('cat')),
	...Array.from({length: 20}, (_, index) => tall(`t${index}`, 2)),
]);

function session(articles: readonly Article[]) {
	const context = createExplorerContext(articles, true);
	let state: ExplorerState = initialState(articles.length, 80, 24);
	return {
		context,
		get state() {
			return state;
		},
		mouse(pointer: Pointer) {
			state = pressMouse(state, pointer, context);
			expect(invariantProblems(state, context)).toEqual([]);
			return this;
		},
		keys(line: string) {
			for (const name of line.split(' ')) {
				state = pressKeys(state, [name], context);
			}
			return this;
		},
		/** The screen row (1-based, title bar = 1) where `author`'s author line is drawn. */
		rowOf(author: string): number {
			const lines = threadWindow(state, state.thread!, context);
			const index = lines.findIndex(
				(line) =>
					line.line
						.map((segment) => segment.text)
						.join('')
						.trim() === author,
			);
			return index + 2;
		},
		get focus(): string {
			const thread = state.thread!;
			return thread.focus === -1 ? 'head' : context.articles[thread.article]!.thread.author[thread.focus]!;
		},
	};
}

describe('the mouse in an article', () => {
	it('a click on a comment focuses it; a click on the bars does nothing', () => {
		const s = session([tree]);
		s.mouse({kind: 'click', column: 20, row: s.rowOf('|- bob')});
		expect(s.focus).toBe('bob');
		s.mouse({kind: 'click', column: 20, row: 1}).mouse({kind: 'click', column: 20, row: 24});
		expect(s.focus).toBe('bob');
	});

	it('a click on the fold marker (gutter and guides) folds the comment, and unfolds it again', () => {
		const s = session([tree]);
		const row = s.rowOf('ann');
		s.mouse({kind: 'click', column: 1, row});
		expect(s.focus).toBe('ann');
		expect([...s.state.thread!.folded]).toEqual([0]);
		expect(s.state.notice).toBe('folded: 2 replies hidden');
		s.mouse({kind: 'click', column: 2, row});
		expect(s.state.thread!.folded.size).toBe(0);
		// On the author's name it only focuses.
		s.mouse({kind: 'click', column: 5, row});
		expect(s.state.thread!.folded.size).toBe(0);
	});

	it('the wheel scrolls three lines a step and the focus follows the reading position', () => {
		const s = session([tree]);
		s.mouse({kind: 'wheel', direction: 1, column: 1, row: 5});
		// The head is 3 lines (title, counts, a blank): one step puts ann at the top, focused.
		expect(s.state.thread!.scroll).toEqual({item: 0, line: 0});
		expect(s.focus).toBe('ann');
		for (let step = 0; step < 5; step++) {
			s.mouse({kind: 'wheel', direction: 1, column: 1, row: 5});
		}
		expect(s.focus).not.toBe('head');
		for (let step = 0; step < 20; step++) {
			s.mouse({kind: 'wheel', direction: -1, column: 1, row: 5});
		}
		expect(s.state.thread!.scroll).toEqual({item: -1, line: 0});
		expect(s.focus).toBe('head');
	});
});

describe('the mouse on a reply past the indentation limit', () => {
	it('a click on its reply marker folds it, as on the guides of any other comment', () => {
		// A chain 16 deep: at 80 columns the guides stop at 11 levels.
		let node = c('u15');
		for (let depth = 14; depth >= 0; depth--) {
			node = c(`u${depth}`, node);
		}
		const s = session([article([node])]);
		s.keys('G');
		const lines = threadWindow(s.state, s.state.thread!, s.context).map((line) =>
			line.line.map((segment) => segment.text).join(''),
		);
		const index = lines.findIndex((line) => line.endsWith('[13] u13'));
		expect(index).toBeGreaterThan(0);
		// The marker's column, 1-based, after the 2-column focus gutter.
		const column = 2 + lines[index]!.indexOf('->') + 1;
		s.mouse({kind: 'click', column, row: index + 2});
		expect(s.focus).toBe('u13');
		expect([...s.state.thread!.folded]).toEqual([13]);
	});
});

describe('the mouse on the list and in the help', () => {
	const articles = [
		article([c('a')], {title: 'One'}),
		article([c('b')], {title: 'Two'}),
		article([c('c')], {title: 'Three'}),
	];

	it('a click selects an article, a click on the selected one opens it', () => {
		const s = session(articles);
		s.mouse({kind: 'click', column: 5, row: 4});
		expect(s.state.list.cursor).toBe(2);
		expect(s.state.screen).toBe('list');
		s.mouse({kind: 'click', column: 5, row: 4});
		expect(s.state.screen).toBe('thread');
		expect(s.state.thread!.article).toBe(2);
	});

	it('the wheel moves the list cursor and scrolls the help', () => {
		const s = session(articles);
		s.mouse({kind: 'wheel', direction: 1, column: 5, row: 4});
		expect(s.state.list.cursor).toBe(2);
		s.keys('?');
		s.mouse({kind: 'wheel', direction: 1, column: 5, row: 4});
		expect(s.state.isHelpOpen).toBe(true);
		expect(s.state.helpTop).toBe(3);
	});
});
