/**
 * Hostile text in process: the attack library (tests/support/attacks.ts) placed in every
 * field a view draws (article date, title, body, comment author and text, and the source
 * path), fed through
 *   (b) the pure view layer (explorer state -> threadWindow / searchWindow / pickerWindow /
 *       listRow / focusPosition / helpLines, and the whole App as ink frames, status bar
 *       included),
 *   (d) the copy texts (`y` / `Y`).
 * The same attacks through the built command line ((a) `--print`, (c) the real explorer
 * under `script`, and `--json`) are in escapes.process.test.ts. The sanitizer shows each
 * unsafe code point as a visible stand-in (`^[`, `<9b>`, `<RLO>`, U+FFFD).
 */
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import type {Action} from '../../source/explorer/actions.js';
import {listColumns, listRow, measureList} from '../../source/layout/list-columns.js';
import {commentCopy, threadCopy} from '../../source/output/copy-text.js';
import {createExplorerContext} from '../../source/explorer/explorer-context.js';
import type {ExplorerState, SearchHit} from '../../source/explorer/explorer-state.js';
import type {ScreenLine} from '../../source/layout/screen-line.js';
import type {ExplorerContext} from '../../source/explorer/context.js';
import {initialState, reduce} from '../../source/explorer/reducer.js';
import {parseText} from '../../source/parse/parse.js';
import {pickerWindow, searchWindow, type PromptWindow} from '../../source/screens/prompt-window.js';
import {search} from '../../source/search/search.js';
import {buildSearchIndex} from '../../source/search/index-builder.js';
import {focusPosition, threadWindow} from '../../source/screens/thread-window.js';
import type {Article, Thread} from '../../source/model/types.js';
import {helpLines} from '../../source/screens/help-text.js';
import {attacks, expectSafe} from '../support/attacks.js';

function expectSafeLine(line: ScreenLine, where: string): void {
	for (const segment of line) {
		expectSafe(segment.text, where);
	}
}

function expectSafeWindow(window: PromptWindow, where: string): void {
	for (const text of [window.title, window.input, window.sigil, window.status]) {
		expectSafe(text, `${where} (bar or input)`);
	}
	window.rows.forEach((row, index) => expectSafeLine(row, `${where} row ${index}`));
}

// ---------------------------------------------------------------------------------------
// (b) The pure view layer

/**
 * The shape every hostile article has: a head, two top-level threads, and a reply chain
 * deeper than the guides can draw at 60 columns (so the status bar names the authors above).
 *
 *   T
 *   ├─ a ── b
 *   └─ c ── d0 ── d1 ── ... ── d11
 */
const template = (() => {
	const lines = [
		'JULY 2020',
		'',
		'T',
		'',
		'B',
		'',
		'  • a',
		'',
		'    t',
		'',
		'    • b',
		'',
		'      t',
		'',
		'  • c',
		'',
		'    t',
		'',
	];
	for (let depth = 0; depth < 12; depth++) {
		const indent = ' '.repeat(4 + depth * 2);
		lines.push(`${indent}• d${depth}`, '', `${indent}  t`, '');
	}
	return parseText(lines.join('\n'), 'template.txt')[0]!;
})();

/** The template with `attack` in every field: date, title, body, source, every author and text. */
function hostileArticle(attack: string, index: number): Article {
	const thread: Thread = {
		...template.thread,
		author: template.thread.author.map((_, row) => `A${row}${attack}A`),
		text: template.thread.text.map((_, row) => `needle ${row}\n${attack}\nend ${attack}`),
	};
	return {
		source: `dir/${index}${attack}.txt`,
		date: attack,
		title: `T${attack}T`,
		body: `B${attack}\n\n${attack}B`,
		thread,
	};
}

/** The same attack with no title: views then name the article by its source's file name. */
function untitledArticle(attack: string): Article {
	return {...hostileArticle(attack, 99), title: null, date: null, body: ''};
}

function apply(state: ExplorerState, actions: readonly Action[], context: ExplorerContext): ExplorerState {
	let next = state;
	for (const action of actions) {
		next = reduce(next, action, context);
	}
	return next;
}

/** Every line of the open article's window in `state`, checked. */
function checkThreadWindow(state: ExplorerState, context: ExplorerContext, where: string): void {
	const thread = state.thread!;
	for (const line of threadWindow(state, thread, context)) {
		expectSafeLine(line.line, `${where}, line ${line.key}`);
	}
	for (const ascii of [false, true]) {
		expectSafe(focusPosition(state, thread, context, ascii), `${where}, status position`);
	}
}

function hitsOf(articles: readonly Article[], query: string): SearchHit[] {
	return search(buildSearchIndex(articles), query, {scope: 'all', limit: 500}).matches.map(
		({article, row, textRanges, authorRanges}) => ({article, row, textRanges, authorRanges}),
	);
}

describe('(b) the view layer draws hostile fields sanitized', () => {
	for (const {name, text} of attacks) {
		describe(name, () => {
			const articles = [hostileArticle(text, 0), untitledArticle(text), hostileArticle(text, 2)];

			it('article list rows (date, title, counts, source), in Unicode and ASCII, wide and narrow', () => {
				for (const article of articles) {
					for (const width of [20, 60, 200]) {
						for (const ascii of [false, true]) {
							for (const showSource of [false, true]) {
								expectSafe(
									listRow(article, listColumns({...measureList([article]), needsSource: showSource}, width), ascii),
									`listRow width ${width}`,
								);
							}
						}
					}
				}
			});

			it('thread window and status position while moving, folding, in compact view, with the body folded, marked and filtered', () => {
				for (const ascii of [false, true]) {
					const context = createExplorerContext(articles, ascii);
					for (const [columns, rows] of [
						[60, 20],
						[200, 60],
						[24, 8],
					] as const) {
						let state = apply(initialState(articles.length, columns, rows), [{type: 'openArticle', index: 0}], context);
						checkThreadWindow(state, context, `head ${columns}x${rows}`);
						for (let step = 0; step < template.thread.size; step++) {
							state = reduce(state, {type: 'moveDown', count: 1}, context);
							checkThreadWindow(state, context, `moved ${step + 1} ${columns}x${rows}`);
						}
						for (const action of [
							'toggleCompact',
							'toggleBody',
							'foldAll',
							'toggleStarterMarks',
							'toggleAuthorMarks',
							'first',
						] as const) {
							state = reduce(state, {type: action}, context);
							checkThreadWindow(state, context, `${action} ${columns}x${rows}`);
						}
						state = apply(
							state,
							[{type: 'unfoldAll'}, {type: 'setFilter', authors: [articles[0]!.thread.author[5]!]}, {type: 'last'}],
							context,
						);
						checkThreadWindow(state, context, `filtered ${columns}x${rows}`);
						const untitled = apply(state, [{type: 'back'}, {type: 'back'}, {type: 'openArticle', index: 1}], context);
						checkThreadWindow(untitled, context, `untitled article ${columns}x${rows}`);
					}
				}
			});

			it('search prompt results (this article and all articles) and the highlighted matches after a jump', () => {
				const context = createExplorerContext(articles, false);
				const results = hitsOf(articles, 'needle');
				expect(results.length).toBeGreaterThan(0);
				for (const scope of ['list', 'thread'] as const) {
					const start = initialState(articles.length, 80, 24);
					let state = apply(start, scope === 'thread' ? [{type: 'openArticle', index: 1}] : [], context);
					state = apply(
						state,
						[
							{type: 'openSearch'},
							{type: 'typeText', text: 'needle'},
							{type: 'searchResults', query: 'needle', results},
						],
						context,
					);
					expectSafeWindow(searchWindow(state, state.prompt!, context, false), `search from ${scope}`);
					expectSafeWindow(searchWindow(state, state.prompt!, context, true), `search from ${scope}, ASCII`);
					state = apply(state, [{type: 'moveDown', count: 3}, {type: 'accept'}], context);
					expect(state.thread?.search).not.toBeNull();
					checkThreadWindow(state, context, `after the jump from ${scope}`);
					state = reduce(state, {type: 'nextMatch'}, context);
					checkThreadWindow(state, context, `next match from ${scope}`);
				}
			});

			it('author picker entries, in this article and in all', () => {
				const context = createExplorerContext(articles, false);
				let state = apply(initialState(articles.length, 80, 24), [{type: 'openPicker'}], context);
				expectSafeWindow(pickerWindow(state, state.picker!, context, false), 'picker on the list');
				state = apply(
					state,
					[{type: 'typeText', text: 'A'}, {type: 'togglePick'}, {type: 'moveDown', count: 1}, {type: 'togglePick'}],
					context,
				);
				expectSafeWindow(pickerWindow(state, state.picker!, context, true), 'picker narrowed');
				state = apply(state, [{type: 'back'}, {type: 'openArticle', index: 0}, {type: 'openPicker'}], context);
				expectSafeWindow(pickerWindow(state, state.picker!, context, false), 'picker in an article');
			});

			it('copy texts: y (one comment) and Y (a thread) hold no control character but \\n', () => {
				for (const article of articles) {
					for (let row = 0; row < article.thread.size; row++) {
						expectSafe(commentCopy(article.thread, row), `commentCopy row ${row}`, true);
					}
					expectSafe(threadCopy(article.thread, 0), 'threadCopy of the first thread', true);
					expectSafe(threadCopy(article.thread, 2), 'threadCopy of the chain', true);
				}
			});
		});
	}

	it('help lines (no data in them, but drawn on the same screen)', () => {
		for (const [columns, rows] of [
			[40, 20],
			[80, 24],
			[200, 60],
		] as const) {
			for (const ascii of [false, true]) {
				helpLines(columns, rows, ascii).forEach((line, index) => expectSafe(line, `help line ${index}`));
			}
		}
	});

	it('the typed query is drawn sanitized in the search prompt and the picker (a pasted bidi control, or --search with an escape)', () => {
		// Typing filters C0/C1 keys, but a paste can carry U+202E and `--search` passes its
		// value as it is: both end up in `prompt.query`, which the prompt line shows.
		const articles = [hostileArticle('plain', 0)];
		const context = createExplorerContext(articles, false);
		for (const query of ['\u202Eenildeen', 'needle\u2066', '\u001B]0;pwned\u0007needle']) {
			const searching = apply(initialState(1, 80, 24), [{type: 'startSearch', query}], context);
			expectSafe(
				searchWindow(searching, searching.prompt!, context, false).input,
				`search input ${JSON.stringify(query)}`,
			);
			const picking = apply(initialState(1, 80, 24), [{type: 'openPicker'}, {type: 'typeText', text: query}], context);
			expectSafe(pickerWindow(picking, picking.picker!, context, false).input, `picker input ${JSON.stringify(query)}`);
		}
	});
});

// ---------------------------------------------------------------------------------------
// (b) The whole App, as ink frames: bars, status, notices

/** A macrotask or three: ink-testing-library needs them after each write before the frame is read. */
async function tick(times = 3): Promise<void> {
	for (let i = 0; i < times; i++) {
		await new Promise((resolve) => setImmediate(resolve));
	}
}

/** Waits until the frame passes `test` (searches run in steps between frames). */
async function frameWhen(lastFrame: () => string | undefined, test: (frame: string) => boolean): Promise<string> {
	for (let i = 0; i < 200; i++) {
		const frame = lastFrame() ?? '';
		if (test(frame)) {
			return frame;
		}
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	throw new Error(`frame never matched; last was:\n${lastFrame()}`);
}

describe('(b) the App draws every screen of hostile articles sanitized (title bar, rows, status, notices)', () => {
	it.each(attacks.map((attack) => [attack.name, attack.text] as const))('%s', async (_name, text) => {
		const articles = [hostileArticle(text, 0), untitledArticle(text), hostileArticle(text, 2)];
		const copies: string[] = [];
		const frames: string[] = [];
		const app = render(
			createElement(App, {
				articles,
				theme: {color: true, ascii: false},
				columns: 70,
				rows: 22,
				onQuit: () => {},
				onCopy: (copied: string) => {
					copies.push(copied);
					return {isCut: false, characters: copied.length, totalCharacters: copied.length, bytes: copied.length};
				},
			}),
		);
		const press = async (...keys: string[]): Promise<void> => {
			for (const key of keys) {
				app.stdin.write(key);
				await tick();
				frames.push(app.lastFrame() ?? '');
			}
		};
		await tick();
		frames.push(app.lastFrame() ?? '');
		await press('j', '\r', 'j', 'j', 'j', 'j', 'y', 'Y', 'o', 'm', 'v', 'v', 't', 'G');
		await press('/');
		await press(...'needle');
		frames.push(await frameWhen(app.lastFrame, (frame) => /\d+ match/.test(frame)));
		await press('\t');
		frames.push(await frameWhen(app.lastFrame, (frame) => /\d+ match/.test(frame) && frame.includes('all articles')));
		await press('\r');
		frames.push(await frameWhen(app.lastFrame, (frame) => /match \d+\//.test(frame)));
		await press('n', 'a', ' ', '\r', 'q', '?', 'x', 'a', '\t', '\u001B', 'q');
		app.unmount();
		expect(copies.length).toBe(2);
		for (const copied of copies) {
			expectSafe(copied, 'copied text', true);
		}
		// comb's own OSC 8 hyperlinks (an http, https or mailto URL without control characters) are allowed.
		const osc8 = /\u001B\]8;;(?:(?:https?:\/\/|mailto:)[^\u0000-\u0020\u007F-\u009F]*?)?(?:\u001B\\|\u0007)/gu;
		frames.forEach((frame, index) =>
			expectSafe(frame.replaceAll(/\u001B\[[\d;]*m/g, '').replaceAll(osc8, ''), `frame ${index}`, true),
		);
	});
});
