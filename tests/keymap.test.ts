import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Action, ActionType} from '../source/explorer/actions.js';
import {displayWidth} from '../source/text/width.js';
import {helpLines} from '../source/screens/help-text.js';
import type {Mode} from '../source/explorer/mode.js';
import {type KeyFlags, keyLabel, keyNames} from '../source/keys/key-names.js';
import {groups, interruptKey, keyTable} from '../source/keys/key-table.js';
import {bindingsFor, resolveKey} from '../source/keys/resolve-key.js';

const modes: readonly Mode[] = ['list', 'thread', 'prompt', 'picker', 'filter'];

/**
 * Every action type, and how a user asks for it. The `satisfies` makes TypeScript
 * (npm test runs tsc over tests/) fail when an action is added without being listed here.
 */
const howAsked = {
	moveDown: 'key',
	moveUp: 'key',
	pageDown: 'key',
	pageUp: 'key',
	unfoldToDepth: 'key',
	nextSibling: 'key',
	previousSibling: 'key',
	nextThread: 'key',
	previousThread: 'key',
	focusParent: 'key',
	foldOrParent: 'key',
	unfoldOrChild: 'key',
	toggleFold: 'key',
	foldAll: 'key',
	unfoldAll: 'key',
	first: 'key',
	last: 'key',
	toggleBody: 'key',
	toggleCompact: 'key',
	openFocused: 'key',
	openHelp: 'key',
	back: 'key',
	quit: 'key',
	nextMatch: 'key',
	previousMatch: 'key',
	toggleStarterMarks: 'key',
	toggleAuthorMarks: 'key',
	openSearch: 'key',
	openPicker: 'key',
	openTitleFilter: 'key',
	deleteBack: 'key',
	clearText: 'key',
	editLine: 'key',
	recallQuery: 'key',
	toggleScope: 'key',
	accept: 'key',
	togglePick: 'key',
	moveSelection: 'key',
	copyComment: 'key',
	copyThread: 'key',
	copyLink: 'key',
	suspend: 'key',
	notify: 'not a key',
	effectsDone: 'not a key',
	// Printable characters in the prompt and the picker: resolveKey, not the table.
	typeText: 'typed text',
	// Not keys: search results reporting back, and what the command line asks for.
	searchResults: 'not a key',
	searchRefined: 'not a key',
	setFilter: 'not a key',
	startSearch: 'not a key',
	// Any key while the help is open, and Ctrl-c anywhere: resolveKey, not the table.
	closeHelp: 'any key in help',
	interrupt: 'ctrl+c',
	// Not keys: the terminal, and opening by index (from the list or the command line).
	resize: 'not a key',
	openArticle: 'not a key',
	// What comb remembers: new comments, stars; resuming is not a key (the start of a run).
	nextNew: 'key',
	markArticleRead: 'key',
	toggleStar: 'key',
	openStars: 'key',
	resume: 'not a key',
	// The mouse: the wheel and clicks (keys/mouse-actions.ts).
	scrollBy: 'the mouse',
	focusItem: 'the mouse',
} as const satisfies Record<ActionType, string>;

describe('the key table', () => {
	it('gives every command keys, help text, a group and modes', () => {
		for (const binding of keyTable) {
			const name = `${binding.action.type} (${binding.keys.join(' ')})`;
			expect(binding.keys.length, name).toBeGreaterThan(0);
			expect(binding.help.trim(), name).not.toBe('');
			expect(binding.help, name).toBe(binding.help.trim());
			expect(groups, name).toContain(binding.group);
			expect(binding.modes.length, name).toBeGreaterThan(0);
		}
	});

	it.each(modes)('binds no key twice in %s mode', (mode) => {
		const seen = new Map<string, string>();
		for (const binding of keyTable.filter((b) => b.modes.includes(mode))) {
			for (const key of binding.keys) {
				expect(seen.get(key), `${key} is bound to ${seen.get(key)} and ${binding.action.type}`).toBeUndefined();
				seen.set(key, binding.action.type);
			}
		}
	});

	it('leaves Ctrl-c out of the table (it quits at once, in every mode)', () => {
		expect(keyTable.flatMap((binding) => binding.keys)).not.toContain(interruptKey);
	});

	it('lists exactly the action types a user asks for by key', () => {
		const inTable = new Set(keyTable.map((binding) => binding.action.type));
		const byKey = Object.entries(howAsked).flatMap(([type, how]) => (how === 'key' ? [type] : []));
		expect([...inTable].sort()).toEqual(byKey.sort());
	});

	// The keys the issue promised, in the thread view.
	it.each([
		[['j', 'down'], {type: 'moveDown', count: 1}],
		[['k', 'up'], {type: 'moveUp', count: 1}],
		[['J'], {type: 'nextSibling'}],
		[['K'], {type: 'previousSibling'}],
		[[']'], {type: 'nextThread'}],
		[['['], {type: 'previousThread'}],
		[['p'], {type: 'focusParent'}],
		[['h', 'left'], {type: 'foldOrParent'}],
		[['l', 'right'], {type: 'unfoldOrChild'}],
		[['return', 'tab'], {type: 'toggleFold'}],
		[['C'], {type: 'foldAll'}],
		[['E'], {type: 'unfoldAll'}],
		...Array.from({length: 9}, (_, index): [string[], Action] => [
			[String(index + 1)],
			{type: 'unfoldToDepth', depth: index + 1},
		]),
		[['g', 'home'], {type: 'first'}],
		[['G', 'end'], {type: 'last'}],
		[['pagedown', 'space'], {type: 'pageDown', fraction: 1}],
		[['pageup', 'b'], {type: 'pageUp', fraction: 1}],
		[['ctrl+d'], {type: 'pageDown', fraction: 0.5}],
		[['ctrl+u'], {type: 'pageUp', fraction: 0.5}],
		[['t'], {type: 'toggleBody'}],
		[['v'], {type: 'toggleCompact'}],
		[['?'], {type: 'openHelp'}],
		[['escape'], {type: 'back'}],
		[['q'], {type: 'quit'}],
	] as Array<[string[], Action]>)('thread: %j -> %j', (keys, action) => {
		for (const key of keys) {
			expect(bindingsFor('thread').get(key), key).toEqual(action);
		}
	});

	// The article list: moves, pages, open, help, back and quit.
	it.each([
		[['j', 'down'], {type: 'moveDown', count: 1}],
		[['k', 'up'], {type: 'moveUp', count: 1}],
		[['g', 'home'], {type: 'first'}],
		[['G', 'end'], {type: 'last'}],
		[['pagedown', 'space'], {type: 'pageDown', fraction: 1}],
		[['pageup', 'b'], {type: 'pageUp', fraction: 1}],
		[['ctrl+d'], {type: 'pageDown', fraction: 0.5}],
		[['ctrl+u'], {type: 'pageUp', fraction: 0.5}],
		[['return', 'l', 'right'], {type: 'openFocused'}],
		[['?'], {type: 'openHelp'}],
		[['escape'], {type: 'back'}],
		[['q'], {type: 'quit'}],
	] as Array<[string[], Action]>)('list: %j -> %j', (keys, action) => {
		for (const key of keys) {
			expect(bindingsFor('list').get(key), key).toEqual(action);
		}
	});

	it('binds no thread-only key in the list', () => {
		for (const key of ['J', 'K', ']', '[', 'p', 'h', 'C', 'E', '1', '9', 't', 'tab']) {
			expect(bindingsFor('list').get(key), key).toBeUndefined();
		}
	});
});

describe('keyNames', () => {
	it.each([
		['a plain key', 'j', {}, ['j']],
		['a shifted key', 'J', {shift: true} as KeyFlags, ['J']],
		['each character of a burst', 'jjk', {}, ['j', 'j', 'k']],
		['an arrow', '', {downArrow: true}, ['down']],
		['a page key', '', {pageDown: true}, ['pagedown']],
		['Home and End', '', {home: true}, ['home']],
		[
			'the Delete key (delete with Ctrl: the keyboard filter marks it so)',
			'',
			{delete: true, ctrl: true},
			['deleteforward'],
		],
		['Enter', '\r', {return: true}, ['return']],
		['Esc (Ink sets meta too)', '', {escape: true, meta: true}, ['escape']],
		['Ctrl with a letter', 'd', {ctrl: true}, ['ctrl+d']],
		['Ctrl with an upper-case letter', 'D', {ctrl: true}, ['ctrl+d']],
		['space', ' ', {}, ['space']],
		[
			'control characters inside a burst',
			'j\rj\t\u0004\u001B\u007F',
			{},
			['j', 'return', 'j', 'tab', 'ctrl+d', 'escape', 'backspace'],
		],
		['a line feed as Enter', '\n', {}, ['return']],
		['a wide character', '日', {}, ['日']],
		['nothing', '', {}, []],
	] as Array<[string, string, KeyFlags, string[]]>)('%s', (_name, input, key, names) => {
		expect(keyNames(input, key)).toEqual(names);
	});
});

describe('resolveKey', () => {
	it.each([
		// name, key, mode, action
		['j moves down in a thread', 'j', 'thread', {type: 'moveDown', count: 1}],
		['k moves up on the list', 'k', 'list', {type: 'moveUp', count: 1}],
		['Enter folds in a thread', 'return', 'thread', {type: 'toggleFold'}],
		['Enter opens on the list', 'return', 'list', {type: 'openFocused'}],
		['Enter accepts in the prompt', 'return', 'prompt', {type: 'accept'}],
		['a depth key', '3', 'thread', {type: 'unfoldToDepth', depth: 3}],
		['Ctrl-d', 'ctrl+d', 'thread', {type: 'pageDown', fraction: 0.5}],
		['Ctrl-u pages up on the list', 'ctrl+u', 'list', {type: 'pageUp', fraction: 0.5}],
		['Ctrl-u clears the prompt', 'ctrl+u', 'prompt', {type: 'clearText'}],
		['space pages down', 'space', 'thread', {type: 'pageDown', fraction: 1}],
		['space types in the prompt', 'space', 'prompt', {type: 'typeText', text: ' '}],
		['space picks in the picker', 'space', 'picker', {type: 'togglePick'}],
		['a letter types in the prompt', 'j', 'prompt', {type: 'typeText', text: 'j'}],
		['q types in the picker', 'q', 'picker', {type: 'typeText', text: 'q'}],
		['a wide character types', '日', 'prompt', {type: 'typeText', text: '日'}],
		['Tab folds in a thread', 'tab', 'thread', {type: 'toggleFold'}],
		['Tab switches the scope in the prompt', 'tab', 'prompt', {type: 'toggleScope'}],
		['Esc goes back', 'escape', 'thread', {type: 'back'}],
		['Ctrl-c interrupts', 'ctrl+c', 'thread', {type: 'interrupt'}],
		['Ctrl-c interrupts in the prompt', 'ctrl+c', 'prompt', {type: 'interrupt'}],
		['Ctrl-c interrupts in the help', 'ctrl+c', 'help', {type: 'interrupt'}],
		['y copies the comment', 'y', 'thread', {type: 'copyComment'}],
		['Y copies the thread', 'Y', 'thread', {type: 'copyThread'}],
		['Ctrl-z suspends in the picker', 'ctrl+z', 'picker', {type: 'suspend'}],
		['any other key closes the help: a letter', 'x', 'help', {type: 'closeHelp'}],
		['j scrolls the help', 'j', 'help', {type: 'moveDown', count: 1}],
		['G goes to the end of the help', 'G', 'help', {type: 'last'}],
		['PgDn pages the help', 'pagedown', 'help', {type: 'pageDown', fraction: 1}],
		['any key closes the help: q does not quit', 'q', 'help', {type: 'closeHelp'}],
		['any key closes the help: Esc', 'escape', 'help', {type: 'closeHelp'}],
		['any key closes the help: a key Ink cannot name', '', 'help', {type: 'closeHelp'}],
	] as Array<[string, string, Mode, Action]>)('%s', (_name, key, mode, expected) => {
		expect(resolveKey(key, mode)).toEqual(expected);
	});

	it.each([
		['an unbound key', 'z', 'thread'],
		['a thread key on the list', 'J', 'list'],
		['a control key in the prompt', 'ctrl+x', 'prompt'],
		['a key with no name outside help', '', 'thread'],
	] as Array<[string, string, Mode]>)('does nothing for %s', (_name, key, mode) => {
		expect(resolveKey(key, mode)).toBeUndefined();
	});

	it('resolves every key of every mode to what the table binds there', () => {
		for (const mode of modes) {
			for (const binding of keyTable.filter((entry) => entry.modes.includes(mode))) {
				for (const key of binding.keys) {
					expect(resolveKey(key, mode), `${key} in ${mode}`).toEqual(binding.action);
				}
			}
		}
	});
});

describe('keyLabel', () => {
	it.each([
		['j', false, 'j'],
		['down', false, '↓'],
		['down', true, 'Down'],
		['ctrl+d', false, 'Ctrl-d'],
		['pagedown', false, 'PgDn'],
		['return', true, 'Enter'],
		['escape', false, 'Esc'],
		['space', false, 'Space'],
	])('%s (ascii %s) is shown as %s', (name, ascii, label) => {
		expect(keyLabel(name, ascii)).toBe(label);
	});
});

describe('helpLines', () => {
	const expectFits = (lines: string[], columns: number, _height: number) => {
		for (const line of lines) {
			expect(displayWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(columns);
		}
	};

	it.each([
		[80, 22, false],
		[80, 22, true],
		[40, 10, false],
		[40, 10, true],
	])('fits %ix%i (ascii %s)', (columns, height, ascii) => {
		expectFits(helpLines(columns, height, ascii), columns, height);
	});

	/** Every group and every command's help, whole, on the screen. */
	const expectComplete = (text: string, ellipsis: string) => {
		expect(text).not.toContain(ellipsis);
		for (const group of groups) {
			expect(text).toContain(group);
		}
		// A binding paired with the one before it (j with k) is described by that one's line.
		keyTable.forEach((binding, index) => {
			const isPartner = keyTable[index - 1]?.pairsWithNext === true;
			if (binding.action.type !== 'unfoldToDepth' && !isPartner) {
				expect(text, binding.help).toContain(binding.help);
			}
		});
		expect(text).toContain('1..9');
	};

	it('shows every command, untruncated, at 80x22', () => {
		expectComplete(helpLines(80, 22, false).join('\n'), '…');
	});

	// The key column no longer grows to the widest key ("Enter l Right"), so nothing is cut.
	it('shows every command, untruncated, at 80x22 in ASCII mode', () => {
		expectComplete(helpLines(80, 22, true).join('\n'), '...');
	});

	it('uses only ASCII in ASCII mode', () => {
		expect(helpLines(80, 22, true).join('\n')).toMatch(/^[\u0020-\u007E\n]*$/);
	});

	it('fits any screen size', () => {
		fc.assert(
			// From 10 columns: below 7 a group title ("General") is wider than the screen.
			fc.property(
				fc.integer({min: 10, max: 200}),
				fc.integer({min: 1, max: 60}),
				fc.boolean(),
				(columns, height, ascii) => {
					expectFits(helpLines(columns, height, ascii), columns, height);
				},
			),
			{numRuns: 300},
		);
	});
});
