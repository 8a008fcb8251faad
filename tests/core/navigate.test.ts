/**
 * The explorer's reducer, driven by actions the way the keys drive it. Every test runs its
 * actions one at a time and checks the reducer's invariants after each one (see
 * `invariantProblems`), so a table row that only names the final focus still proves the
 * focus was shown and on screen all the way there.
 */
import fc from 'fast-check';
import type {ShownItems} from '../../source/model/shown-items.js';
import {describe, expect, it} from 'vitest';
import type {Action} from '../../source/explorer/actions.js';
import {contentHeight, contentWidth} from '../../source/explorer/explorer-state.js';
import type {ExplorerContext} from '../../source/explorer/context.js';
import {initialState, reduce} from '../../source/explorer/reducer.js';
import {walkerFor} from '../../source/explorer/window/walker.js';
import {invariantProblems} from '../support/invariants.js';
import {parseText} from '../../source/parse/parse.js';
import {threadWindow} from '../../source/screens/thread-window.js';
import type {Article} from '../../source/model/types.js';
import {headItem} from '../../source/model/visibility.js';
import {generateCorpusText} from '../../scripts/corpus/generate.js';
import {createExplorerContext} from '../../source/ui/hooks/use-explorer.js';
import {article, bare, c, depthsFrom, tall, threadFromDepths} from '../support/trees.js';

// ---- the harness ------------------------------------------------------------------------

/** Short names for actions, after the keys that ask for them. */
const named: Record<string, Action> = {
	j: {type: 'moveDown', count: 1},
	k: {type: 'moveUp', count: 1},
	J: {type: 'nextSibling'},
	K: {type: 'previousSibling'},
	']': {type: 'nextThread'},
	'[': {type: 'previousThread'},
	p: {type: 'focusParent'},
	h: {type: 'foldOrParent'},
	l: {type: 'unfoldOrChild'},
	enter: {type: 'toggleFold'},
	C: {type: 'foldAll'},
	E: {type: 'unfoldAll'},
	g: {type: 'first'},
	G: {type: 'last'},
	pgdn: {type: 'pageDown', fraction: 1},
	pgup: {type: 'pageUp', fraction: 1},
	'^d': {type: 'pageDown', fraction: 0.5},
	'^u': {type: 'pageUp', fraction: 0.5},
	t: {type: 'toggleBody'},
	v: {type: 'toggleCompact'},
	'?': {type: 'openHelp'},
	close: {type: 'closeHelp'},
	esc: {type: 'back'},
	q: {type: 'quit'},
	'^c': {type: 'interrupt'},
	open: {type: 'openFocused'},
};

/**
 * Actions from a line of names: `j`, `G`, `enter` ... as above; `3` is unfold-to-depth 3;
 * `j5` / `k5` a counted move (a burst of five); `article:2` opens article 2; `size:40x12`
 * resizes the terminal.
 */
function actions(line: string): Array<{name: string; action: Action}> {
	return line
		.split(' ')
		.filter((name) => name !== '')
		.map((name) => {
			const counted = /^([jk])(\d+)$/.exec(name);
			const opened = /^article:(-?\d+)$/.exec(name);
			const sized = /^size:(\d+)x(\d+)$/.exec(name);
			const action: Action | undefined = /^[1-9]$/.test(name)
				? {type: 'unfoldToDepth', depth: Number(name)}
				: counted
					? {type: counted[1] === 'j' ? 'moveDown' : 'moveUp', count: Number(counted[2])}
					: opened
						? {type: 'openArticle', index: Number(opened[1])}
						: sized
							? {type: 'resize', columns: Number(sized[1]), rows: Number(sized[2])}
							: named[name];
			if (action === undefined) {
				throw new Error(`unknown action name ${name}`);
			}
			return {name, action};
		});
}

/** A session on these articles at this terminal size (ASCII guides, so screens are plain text). */
function session(articles: readonly Article[], columns = 80, rows = 40) {
	const context = createExplorerContext(articles, true);
	let state = initialState(articles.length, columns, rows);
	expect(invariantProblems(state, context), 'at the start').toEqual([]);
	return {
		context,
		get state() {
			return state;
		},
		/** Applies the named actions one by one, checking the invariants after each. */
		play(line: string) {
			for (const [index, {name, action}] of actions(line).entries()) {
				state = reduce(state, action, context);
				expect(invariantProblems(state, context), `after action ${index + 1} (${name}) of "${line}"`).toEqual([]);
			}
			return this;
		},
		/** The author of the focused comment, `head` for the article head. */
		get focus(): string {
			const thread = state.thread!;
			return thread.focus === headItem ? 'head' : context.articles[thread.article]!.thread.author[thread.focus]!;
		},
		/** The authors of the folded comments, sorted. */
		get folded(): string[] {
			const thread = state.thread!;
			return [...thread.folded].map((row) => context.articles[thread.article]!.thread.author[row]!).sort();
		},
		/** The window as text, `>` marking the focused item's lines, trailing spaces cut. */
		get screen(): string[] {
			return threadWindow(state, state.thread!, context).map((line) =>
				((line.isFocused ? '>' : ' ') + line.line.map((segment) => segment.text).join('')).trimEnd(),
			);
		},
	};
}

// ---- the trees ----------------------------------------------------------------------------

// a
// ├─ b
// │  ├─ c
// │  │  └─ d
// │  └─ e
// └─ f
// g
// h
// └─ i
//    └─ j
const forest = article([c('a', c('b', c('c', c('d')), c('e')), c('f')), c('g'), c('h', c('i', c('j')))], {
	body: 'First body line.\nSecond body line.',
});

describe('moving and folding on a tree that fits the screen', () => {
	it.each([
		// name, actions, focused comment, folded comments
		['starts on the article head', '', 'head', []],
		['j goes from the head to the first comment', 'j', 'a', []],
		['j walks the comments in order', 'j j j j', 'd', []],
		['j stays on the last comment', 'G j', 'j', []],
		['a counted j moves that many comments', 'j5', 'e', []],
		['a counted j stops at the last comment', 'j99', 'j', []],
		['k stays on the head', 'k', 'head', []],
		['k goes from the first comment to the head', 'j k', 'head', []],
		['k walks back', 'G k k', 'h', []],
		['a counted k stops at the head', 'G k99', 'head', []],
		['j skips the replies of a folded comment', 'j j enter j', 'f', ['b']],
		['k lands on a folded comment, not inside it', 'j j enter j k', 'b', ['b']],

		['J from the head goes to the first comment', 'J', 'a', []],
		['J skips the replies', 'j J', 'g', []],
		['J goes to the next reply of the same parent', 'j j J', 'f', []],
		['J stays on a last reply', 'j j j j J', 'd', []],
		['J stays on the last thread', 'j J J J', 'h', []],
		['K goes back over the replies of the previous sibling', 'j j J K', 'b', []],
		['K goes back to the previous thread', 'j J K', 'a', []],
		['K stays on a first reply', 'j j K', 'b', []],
		['K stays on the first comment', 'j K', 'a', []],
		['K stays on the head', 'K', 'head', []],

		['] from the head goes to the first thread', ']', 'a', []],
		['] from deep inside a thread goes to the next one', 'j j j j ]', 'g', []],
		['] stays in the last thread', 'G ]', 'j', []],
		['[ from deep inside a thread goes to its top comment', 'G [', 'h', []],
		['[ from a top comment goes to the previous thread', 'G [ [', 'g', []],
		['[ from the first comment goes to the head', 'j [', 'head', []],
		['[ stays on the head', '[', 'head', []],

		['p goes to the parent', 'j j j j p', 'c', []],
		['p p p climbs to the top comment', 'j j j j p p p', 'a', []],
		['p stays on a top-level comment', 'j p', 'a', []],
		['p stays on the head', 'p', 'head', []],

		['h folds a comment with replies', 'j j h', 'b', ['b']],
		['h on a folded comment goes to its parent', 'j j h h', 'a', ['b']],
		['h on a leaf goes to its parent', 'j j j j h', 'c', []],
		['h h h climbs, folding on the way', 'j j j j h h h', 'b', ['c']],
		['h on a folded top-level comment stays', 'j h h', 'a', ['a']],
		['h on a top-level leaf stays', 'j J h', 'g', []],
		['h does nothing on the head', 'h', 'head', []],
		['l on an unfolded comment goes to its first reply', 'j l', 'b', []],
		['l on a folded comment unfolds it', 'j h l', 'a', []],
		['l l unfolds, then goes in', 'j h l l', 'b', []],
		['l stays on a leaf', 'j j j j l', 'd', []],
		['l does nothing on the head', 'l', 'head', []],

		['Enter folds the focused comment', 'j enter', 'a', ['a']],
		['Enter again unfolds it', 'j enter enter', 'a', []],
		['folds are kept when moving away', 'j enter J J', 'h', ['a']],

		['C folds every thread, the focus going to its thread top', 'j j j j C', 'a', ['a', 'g', 'h']],
		['C then j goes thread by thread', 'C j j j', 'h', ['a', 'g', 'h']],
		['C then E unfolds everything, the focus staying put', 'j j j j C E', 'a', []],
		['E with nothing folded changes nothing', 'j j E', 'b', []],
		['1 folds the top comments, focus to the stand-in', 'j j j j 1', 'a', ['a', 'h']],
		['2 shows depths 0 and 1', 'j j j j 2', 'b', ['b', 'i']],
		['3 shows depths 0 to 2', 'j j j j 3', 'c', ['c']],
		['4 shows everything here', 'j j j j 4', 'd', []],
		['9 unfolds everything', 'j j j j 1 9', 'a', []],
		['1 then E', 'G 1 E', 'h', []],
		['2 on the last comment', 'G 2', 'i', ['b', 'i']],

		['g goes to the head', 'G g', 'head', []],
		['G goes to the last comment', 'G', 'j', []],
		['G goes to the stand-in of the last comment', 'G p enter g G', 'i', ['i']],
		['G after C goes to the last thread', 'C G', 'h', ['a', 'g', 'h']],
	])('%s: %s', (_name, line, focus, folded) => {
		const s = session([forest]).play(line);
		expect(s.focus).toBe(focus);
		expect(s.folded).toEqual(folded);
	});
});

describe('what the screen shows', () => {
	it('the whole tree, the focus marked, a blank line between threads', () => {
		expect(session([forest]).play('j j').screen).toEqual([
			' Title',
			' 10 comments - 3 threads - test.txt',
			'',
			' First body line.',
			' Second body line.',
			'',
			' a',
			' |  a says hi',
			'>|- b',
			'>|  |  b says hi',
			' |  |- c',
			' |  |  |  c says hi',
			' |  |  `- d',
			' |  |        d says hi',
			' |  `- e',
			' |        e says hi',
			' `- f',
			'       f says hi',
			'',
			' g',
			'    g says hi',
			'',
			' h',
			' |  h says hi',
			' `- i',
			'    |  i says hi',
			'    `- j',
			'          j says hi',
		]);
	});

	it('a folded comment keeps its author line and first body line, and counts its replies', () => {
		const screen = session([forest]).play('j j enter').screen;
		expect(screen.slice(6, 11)).toEqual([' a', ' |  a says hi', '>|- b +3 replies', '>|     b says hi', ' `- f']);
	});

	it('an article opens with the start of its text and a note of the rest; t shows it whole, and hides it again', () => {
		const long = article([c('a')], {body: Array.from({length: 8}, (_, index) => `Line ${index}.`).join('\n')});
		const s = session([long]);
		expect(s.state.thread!.isBodyFolded).toBe(true);
		expect(s.screen.slice(0, 8)).toEqual([
			'>Title',
			'>1 comment - 1 thread - test.txt',
			'>',
			'>Line 0.',
			'>Line 1.',
			'>Line 2.',
			'>... 5 more lines - t',
			'>',
		]);
		expect(s.screen[8]).toBe(' a');
		s.play('t');
		expect(s.state.thread!.isBodyFolded).toBe(false);
		expect(s.screen[10]).toBe('>Line 7.');
		s.play('t');
		expect(s.screen[6]).toBe('>... 5 more lines - t');
	});

	it('a short article text is shown whole from the start: a note would hide almost nothing', () => {
		const s = session([forest]);
		expect(s.screen.slice(2, 6)).toEqual(['>', '>First body line.', '>Second body line.', '>']);
	});

	it('the choice of t is kept for the next article opened', () => {
		const body = Array.from({length: 8}, (_, index) => `Line ${index}.`).join('\n');
		const s = session([article([c('a')], {body}), article([c('b')], {body})]);
		s.play('open t q j open');
		expect(s.state.thread!.article).toBe(1);
		expect(s.state.thread!.isBodyFolded).toBe(false);
		s.play('t q k open');
		expect(s.state.thread!.article).toBe(0);
		expect(s.state.thread!.isBodyFolded).toBe(true);
	});

	it('Enter on the head shows the whole article text like t', () => {
		const s = session([forest]).play('enter');
		expect(s.state.thread!.isBodyFolded).toBe(false);
		expect(s.folded).toEqual([]);
	});

	it('shortening the article text while scrolled into a long head brings the window back to the head', () => {
		const long = article([c('a')], {body: Array.from({length: 20}, (_, index) => `Paragraph ${index}.`).join('\n')});
		for (const fold of ['enter', 't']) {
			// The whole head is 24 lines on a window of 8: j scrolls through it.
			const s = session([long], 80, 10).play(`${fold} j9`);
			expect(s.state.thread!.scroll).toEqual({item: -1, line: 9});
			s.play(fold);
			expect(s.state.thread!.isBodyFolded, fold).toBe(true);
			expect(s.state.thread!.scroll, fold).toEqual({item: -1, line: 0});
			expect(s.focus, fold).toBe('head');
		}
	});

	it('v shows one line per comment and keeps the focus', () => {
		const s = session([forest]).play('j j v');
		expect(s.state.isCompact).toBe(true);
		expect(s.focus).toBe('b');
		expect(s.screen.slice(6, 9)).toEqual([' a  a says hi', '>|- b  b says hi', ' |  |- c  c says hi']);
		s.play('v');
		expect(s.state.isCompact).toBe(false);
	});

	it('a small window follows the focus to the end and back', () => {
		// 8 lines of window: the last 8 lines of the thread once G is pressed.
		const s = session([forest], 80, 10).play('G');
		expect(s.screen).toEqual([
			'    g says hi',
			'',
			' h',
			' |  h says hi',
			' `- i',
			'    |  i says hi',
			'>   `- j',
			'>         j says hi',
		]);
		s.play('g');
		expect(s.screen[0]).toBe('>Title');
	});
});

// x
// ├─ tall   (12 body lines: 13 screen lines)
// └─ y
// z
const tallTree = article([c('x', tall('tall', 12), c('y')), c('z')]);

describe('a comment taller than the screen (window of 8 lines)', () => {
	it.each([
		// actions, focus, window top item, its first line on screen
		['j j', 'tall', 'tall', 0],
		['j j j', 'tall', 'tall', 1],
		['j j j4', 'tall', 'tall', 4],
		['j j j5', 'tall', 'tall', 5],
		// y ends the window, with a line of z below it as context.
		['j j j6', 'y', 'tall', 8],
		['j j j6 j', 'z', 'tall', 10],
		['j j j5 k', 'tall', 'tall', 4],
		['j j j5 k5', 'tall', 'tall', 0],
		// x starts the window, below the head's last line as context.
		['j j j5 k6', 'x', 'head', 2],
		['G k', 'y', 'tall', 10],
		['G k k', 'tall', 'tall', 0],
	])('%s', (line, focus, topAuthor, topLine) => {
		const s = session([tallTree], 80, 10).play(line);
		expect(s.focus).toBe(focus);
		const {scroll} = s.state.thread!;
		expect(scroll.item === -1 ? 'head' : s.context.articles[0]!.thread.author[scroll.item]).toBe(topAuthor);
		expect(scroll.line).toBe(topLine);
	});

	it('j scrolls one line at a time while the tall comment has lines below the window', () => {
		const s = session([tallTree], 80, 10).play('j j');
		const tops: number[] = [];
		for (let press = 0; press < 6; press++) {
			s.play('j');
			tops.push(s.state.thread!.scroll.line);
		}
		expect(tops).toEqual([1, 2, 3, 4, 5, 8]);
		expect(s.focus).toBe('y');
	});

	it('folding every thread while scrolled into a tall one keeps the window inside its (now short) top item', () => {
		// big (30 body lines)
		// └─ reply
		// n0
		// ...
		// n11
		const scrolled = article([tall('big', 30, c('reply')), ...Array.from({length: 12}, (_, index) => c(`n${index}`))]);
		// Read down through big and its reply to n0, then fold all: big, still the top, is 2 lines now.
		const s = session([scrolled], 80, 12).play('j j21 j j');
		expect(s.focus).toBe('n0');
		expect(s.state.thread!.scroll).toEqual({item: 0, line: 27});
		s.play('C');
		expect(s.focus).toBe('n0');
		expect(s.folded).toHaveLength(13);
	});

	it('a page down at the end of a tall last comment stays at its last screenful', () => {
		const last = article([c('x'), tall('long', 30)]);
		const s = session([last], 80, 10).play('G');
		const lines: number[] = [];
		for (let press = 0; press < 6; press++) {
			s.play('pgdn');
			lines.push(s.state.thread!.scroll.line);
		}
		// 32 lines (gap, author, 30 of body) on 8: the last screenful starts at line 24.
		expect(lines).toEqual([8, 16, 24, 24, 24, 24]);
		expect(s.focus).toBe('long');
	});
});

// r0
// r1
// ...
// r11    (each 2 lines, plus a gap line above all but r0)
const flat = article(Array.from({length: 12}, (_, index) => c(`r${index}`)));

describe('pages (window of 8 lines over 38)', () => {
	it.each([
		// actions, focus, window's first line counted from the top of the thread
		['pgup', 'head', 0],
		['^u', 'head', 0],
		['pgdn', 'r2', 8],
		['^d', 'r1', 4],
		['pgdn pgdn', 'r5', 16],
		['pgdn pgdn pgdn', 'r8', 24],
		['pgdn pgdn pgdn pgdn', 'r10', 30],
		['pgdn pgdn pgdn pgdn pgdn', 'r11', 30],
		['pgdn pgdn pgdn pgdn pgdn pgdn', 'r11', 30],
		['G', 'r11', 30],
		['G pgdn', 'r11', 30],
		['G pgup', 'r7', 22],
		['G pgup pgup pgup', 'r2', 6],
		['G pgup pgup pgup pgup', 'head', 0],
		['G pgup pgup pgup pgup pgup', 'head', 0],
		['^d ^d ^u', 'r1', 4],
		// Compact: one line each. r5 is on the window's last line; half a page down keeps it.
		['v j6', 'r5', 2],
		['v j6 ^d', 'r5', 6],
		['v j6 ^d ^d', 'r5', 7],
		['v j6 ^d ^d ^u', 'r0', 3],
		['v j6 ^d ^d ^u ^u', 'head', 0],
	])('%s', (line, focus, top) => {
		const s = session([flat], 80, 10).play(line);
		expect(s.focus).toBe(focus);
		const {scroll} = s.state.thread!;
		const walker = walkerFor(s.state, s.state.thread!, s.context);
		let start = scroll.line;
		for (let item = scroll.item - 1; item >= headItem; item--) {
			start += walker.height(item);
		}
		expect(start).toBe(top);
	});

	it('a page that ends on the gap line above a thread does not focus that thread', () => {
		// X (19 body lines: 20 screen lines)
		// Y
		// Z
		const gapped = article([tall('X', 19), c('Y'), c('Z')]);
		// X read down to its line 5, then a page: X's lines 13..19 and the gap above Y show.
		const s = session([gapped], 80, 10).play('j j5 pgdn');
		expect(s.state.thread!.scroll).toEqual({item: 0, line: 13});
		expect(s.focus).toBe('X');
		expect(s.screen.at(-1)).toBe('');
	});

	it('pages everything when the thread fits the screen', () => {
		expect(session([flat], 80, 60).play('pgdn').focus).toBe('r11');
		expect(session([flat], 80, 60).play('G pgup').focus).toBe('head');
	});
});

describe('resizing', () => {
	it.each([
		['G size:80x10', 'j'],
		['G size:30x5', 'j'],
		['G size:12x3', 'j'],
		['G size:1x1', 'j'],
		['G size:1x1 size:200x60', 'j'],
		['j j j j size:20x4 k', 'c'],
		['j j j j v size:20x4 v', 'd'],
	])('%s keeps the focus on screen', (line, focus) => {
		expect(session([forest]).play(line).focus).toBe(focus);
	});

	it('keeps reading a tall comment on screen when the terminal narrows', () => {
		const s = session([tallTree], 80, 10).play('j j j4 size:20x10 size:15x6 size:80x30');
		expect(s.focus).toBe('tall');
	});

	it('clamps sizes below one cell', () => {
		const s = session([forest]).play('size:0x0');
		expect(s.state.columns).toBe(1);
		expect(s.state.rows).toBe(1);
		expect(contentHeight(s.state.rows)).toBe(1);
		expect(contentWidth(s.state.columns)).toBe(10);
	});
});

describe('help, quitting and interrupting', () => {
	it('? opens the help and any action closes it without doing anything else', () => {
		for (const line of ['q', 'esc', 'enter', 'C', '?', 'close', 'article:0']) {
			const s = session([forest]).play('j ?');
			expect(s.state.isHelpOpen).toBe(true);
			s.play(line);
			expect(s.state.isHelpOpen, line).toBe(false);
			expect(s.state.hasQuit, line).toBe(false);
			expect(s.focus, line).toBe('a');
			expect(s.folded, line).toEqual([]);
		}
	});

	it('a resize keeps the help open', () => {
		const s = session([forest]).play('? size:50x20');
		expect(s.state.isHelpOpen).toBe(true);
		expect(s.state.columns).toBe(50);
	});

	it('closeHelp without the help open changes nothing', () => {
		const s = session([forest]).play('j');
		const before = s.state;
		s.play('close');
		expect(s.state).toBe(before);
	});

	it('Ctrl-c quits at once with exit code 130, from anywhere, and nothing happens after', () => {
		for (const line of ['^c', 'j ? ^c', 'G ^c']) {
			const s = session([forest, forest]).play(line);
			expect(s.state.hasQuit, line).toBe(true);
			expect(s.state.exitCode, line).toBe(130);
			const after = s.state;
			s.play('j q open size:10x10 E');
			expect(s.state).toBe(after);
		}
	});

	it('q quits a single article with exit code 0; Esc does not', () => {
		const s = session([forest]).play('j esc');
		expect(s.state.hasQuit).toBe(false);
		expect(s.state.screen).toBe('thread');
		s.play('q');
		expect(s.state.hasQuit).toBe(true);
		expect(s.state.exitCode).toBe(0);
	});
});

// ---- several articles ---------------------------------------------------------------------

const second = article([c('s1', c('s2')), c('s3')], {title: 'Second'});
const third = article([], {title: 'Third, no comments'});
const three = [forest, second, third];

describe('several articles', () => {
	it('starts on the list; a single article opens directly', () => {
		const several = session(three);
		expect(several.state.screen).toBe('list');
		expect(several.state.thread).toBeNull();
		const single = session([second]);
		expect(single.state.screen).toBe('thread');
		expect(single.state.thread!.article).toBe(0);
		expect(single.focus).toBe('head');
	});

	it.each([
		// actions, screen, list cursor, open article (or null), has quit
		['j', 'list', 1, null, false],
		['j j j j', 'list', 2, null, false],
		['j k k', 'list', 0, null, false],
		['G', 'list', 2, null, false],
		['G g', 'list', 0, null, false],
		['pgdn', 'list', 2, null, false],
		['pgdn pgup', 'list', 0, null, false],
		['^d', 'list', 2, null, false],
		['j open', 'thread', 1, 1, false],
		['j open q', 'list', 1, 1, false],
		['j open esc', 'list', 1, 1, false],
		['j open q q', 'list', 1, 1, true],
		['esc', 'list', 0, null, false],
		['q', 'list', 0, null, true],
		['article:2', 'thread', 2, 2, false],
		['article:3', 'list', 0, null, false],
		['article:-1', 'list', 0, null, false],
		['open j q j open', 'thread', 1, 1, false],
		['open ? esc', 'thread', 0, 0, false],
	])('%s', (line, screen, cursor, open, hasQuit) => {
		const s = session(three).play(line);
		expect(s.state.screen).toBe(screen);
		expect(s.state.list.cursor).toBe(cursor);
		expect(s.state.thread?.article ?? null).toBe(open);
		expect(s.state.hasQuit).toBe(hasQuit);
		expect(s.state.exitCode).toBe(0);
	});

	it('going back to the list and reopening the same article keeps the reading position', () => {
		const s = session(three).play('open j j enter G q open');
		expect(s.focus).toBe('j');
		expect(s.folded).toEqual(['b']);
		s.play('q article:0');
		expect(s.focus).toBe('j');
	});

	it('opening another article starts it at the head', () => {
		const s = session(three).play('open G q j open');
		expect(s.state.thread!.article).toBe(1);
		expect(s.focus).toBe('head');
		expect(s.folded).toEqual([]);
	});

	it('an article without comments has only its head', () => {
		const s = session(three).play('article:2 j J ] G C 1 l h enter pgdn');
		expect(s.focus).toBe('head');
		expect(s.screen.at(-1)).toBe('>No comments.');
	});

	it('list moves keep the cursor on screen over many articles', () => {
		const many = Array.from({length: 30}, (_, index) => article([c(`m${index}`)], {title: `Article ${index}`}));
		const s = session(many, 80, 8);
		s.play('pgdn pgdn j5 G k10 pgup g ^d G size:80x4 g size:80x40 G');
		expect(s.state.list.cursor).toBe(29);
		s.play('article:20 q');
		expect(s.state.list.cursor).toBe(20);
	});

	it('opening an article moves the list window to it', () => {
		const many = Array.from({length: 30}, (_, index) => article([c(`m${index}`)], {title: `Article ${index}`}));
		const s = session(many, 80, 8).play('article:25 q');
		expect(s.state.list.cursor).toBe(25);
	});

	it('quits an empty list', () => {
		const s = session([]).play('j G open pgdn');
		expect(s.state.screen).toBe('list');
		s.play('q');
		expect(s.state.hasQuit).toBe(true);
	});
});

// ---- only the window is laid out ---------------------------------------------------------

describe('only the window is measured', () => {
	// 5,000 top-level comments, each with a reply: 10,000 rows.
	const big = article(Array.from({length: 5000}, (_, index) => c(`t${index}`, c(`r${index}`))));

	it('no action measures more than a few screenfuls of items, wherever it goes', () => {
		const base = createExplorerContext([big], true);
		const measured = new Set<number>();
		const context: ExplorerContext = {
			...base,
			layout(...args) {
				const layout = base.layout(...args);
				return Object.assign(Object.create(layout) as typeof layout, {
					height: (item: number, shown: ShownItems) => {
						measured.add(item);
						return layout.height(item, shown);
					},
				});
			},
		};
		let state = initialState(1, 80, 24);
		for (const {name, action} of actions(
			'G g pgdn pgdn j5 ] ] J G k pgup C G E 1 G 9 v G g v ^d size:40x12 G size:200x60 g',
		)) {
			measured.clear();
			const before = state;
			state = reduce(state, action, context);
			expect(invariantProblems(state, context), name).toEqual([]);
			expect(measured.size, name).toBeLessThanOrEqual(4 * contentHeight(Math.max(before.rows, state.rows)));
		}
	});
});

// ---- random sessions ---------------------------------------------------------------------

/** Random articles: a small generated corpus, or random trees with bodies of random height. */
const arbitraryArticles: fc.Arbitrary<Article[]> = fc.oneof(
	fc
		.record({
			comments: fc.integer({min: 0, max: 60}),
			articles: fc.integer({min: 1, max: 3}),
			seed: fc.integer({min: 1, max: 1_000_000}),
			maxDepth: fc.integer({min: 0, max: 8}),
			deepChain: fc.integer({min: 0, max: 30}),
		})
		.map(({comments, articles, ...rest}) =>
			parseText(generateCorpusText({comments, articles: comments === 0 ? 0 : articles, ...rest}), 'generated'),
		),
	fc
		.array(fc.array(fc.tuple(fc.nat({max: 6}), fc.integer({min: 0, max: 40})), {maxLength: 30, size: 'max'}), {
			minLength: 1,
			maxLength: 3,
		})
		.map((articles) =>
			articles.map((rows, index) => {
				const depths = depthsFrom(rows.map(([depth]) => depth));
				const texts = rows.map(([, lines], row) =>
					Array.from({length: lines}, (_, line) => `c${row} line ${line} ${'word '.repeat(line % 7)}`).join('\n'),
				);
				const body = index === 0 ? 'An article body.\n'.repeat(rows.length) : '';
				return {
					source: `random-${index}`,
					date: null,
					title: index === 1 ? null : `Random ${index}`,
					body,
					thread: threadFromDepths(depths, texts),
				};
			}),
		),
);

/** Any action, the moves weighted up. */
const arbitraryAction = (articleCount: number): fc.Arbitrary<Action> =>
	fc.oneof(
		{arbitrary: fc.integer({min: 1, max: 12}).map((count): Action => ({type: 'moveDown', count})), weight: 8},
		{arbitrary: fc.integer({min: 1, max: 12}).map((count): Action => ({type: 'moveUp', count})), weight: 5},
		{arbitrary: fc.constantFrom(0.5, 1).map((fraction): Action => ({type: 'pageDown', fraction})), weight: 3},
		{arbitrary: fc.constantFrom(0.5, 1).map((fraction): Action => ({type: 'pageUp', fraction})), weight: 3},
		{arbitrary: fc.integer({min: 1, max: 9}).map((depth): Action => ({type: 'unfoldToDepth', depth})), weight: 2},
		{
			arbitrary: fc.integer({min: -1, max: articleCount}).map((index): Action => ({type: 'openArticle', index})),
			weight: 1,
		},
		{
			arbitrary: fc
				.record({columns: fc.integer({min: 0, max: 220}), rows: fc.integer({min: 0, max: 70})})
				.map((size): Action => ({type: 'resize', ...size})),
			weight: 2,
		},
		{
			arbitrary: fc.constantFrom<Action>(
				...(
					[
						'nextSibling',
						'previousSibling',
						'nextThread',
						'previousThread',
						'focusParent',
						'foldOrParent',
						'unfoldOrChild',
						'toggleFold',
						'foldAll',
						'unfoldAll',
						'first',
						'last',
						'toggleBody',
						'toggleCompact',
						'openFocused',
						'openHelp',
						'closeHelp',
						'back',
					] as const
				).map((type) => ({type})),
			),
			weight: 16,
		},
		{arbitrary: fc.constantFrom<Action>({type: 'quit'}, {type: 'interrupt'}), weight: 1},
	);

const arbitrarySession = arbitraryArticles.chain((articles) =>
	fc.record({
		articles: fc.constant(articles),
		columns: fc.integer({min: 20, max: 200}),
		rows: fc.integer({min: 8, max: 60}),
		actions: fc.array(arbitraryAction(articles.length), {maxLength: 200, size: 'max'}),
	}),
);

describe('random sessions', () => {
	it('keep every invariant after every action', () => {
		fc.assert(
			fc.property(arbitrarySession, ({articles, columns, rows, actions: list}) => {
				const context = createExplorerContext(articles, false);
				let state = initialState(articles.length, columns, rows);
				expect(invariantProblems(state, context)).toEqual([]);
				for (const [index, action] of list.entries()) {
					state = reduce(state, action, context);
					expect(invariantProblems(state, context), `after action ${index}: ${JSON.stringify(action)}`).toEqual([]);
				}
			}),
			{numRuns: 100},
		);
	});

	it('a page down never moves the focus up, a page up never down', () => {
		fc.assert(
			fc.property(arbitrarySession, ({articles, columns, rows, actions: list}) => {
				const context = createExplorerContext(articles, false);
				let state = initialState(articles.length, columns, rows);
				for (const action of list) {
					const before = state;
					state = reduce(state, action, context);
					if (
						before.screen === 'thread' &&
						!before.isHelpOpen &&
						(action.type === 'pageDown' || action.type === 'pageUp')
					) {
						const moved = state.thread!.focus - before.thread!.focus;
						expect(
							action.type === 'pageDown' ? moved >= 0 : moved <= 0,
							`${action.type} from focus ${before.thread!.focus} to ${state.thread!.focus}`,
						).toBe(true);
					}
				}
			}),
			{numRuns: 60},
		);
	});
});

// Keeps a tree with empty bodies in use: folded, they take only their author line.
describe('comments without a body', () => {
	// e1
	// └─ e2
	const empty = article([bare('e1', bare('e2'))]);

	it('fold to one line with the reply count', () => {
		const s = session([empty]).play('j enter');
		expect(s.screen.slice(-1)).toEqual(['>e1 +1 reply']);
	});
});
