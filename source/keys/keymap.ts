import type {Action} from '../explorer/actions.js';

/** Where a key is read. Layered: help first, then the search prompt or author picker, then the screen's own mode. */
export type Mode = 'help' | 'prompt' | 'picker' | 'list' | 'thread';

/** The help screen's sections, in the order they are shown. */
export const groups = ['Move', 'Fold', 'Find', 'View', 'General', 'Prompt'] as const;

/** One command of the key table. */
export interface Binding {
	/** The action the keys ask for. */
	readonly action: Action;
	/** Key names: a character (`j`, `J`, `?`), or `down`, `pagedown`, `space`, `return`, `ctrl+d` ... */
	readonly keys: readonly string[];
	/** What the command does, for the help screen and the README. */
	readonly help: string;
	readonly group: (typeof groups)[number];
	/** The modes it works in. */
	readonly modes: readonly Mode[];
	/** Shown on one help line with the next binding (its opposite); `help` then describes both. */
	readonly pairsWithNext?: boolean;
}

const both: readonly Mode[] = ['list', 'thread'];
const thread: readonly Mode[] = ['thread'];
const list: readonly Mode[] = ['list'];
const picker: readonly Mode[] = ['picker'];
const typing: readonly Mode[] = ['prompt', 'picker'];

const depthBindings: Binding[] = Array.from({length: 9}, (_, index) => ({
	action: {type: 'unfoldToDepth', depth: index + 1},
	keys: [String(index + 1)],
	help: `unfold to depth ${index + 1}`,
	group: 'Fold',
	modes: thread,
}));

/**
 * The one key table. The key handler, the help screen and the README's key list are all
 * derived from it, so they cannot disagree; tests check every command has help and that
 * no key is bound twice in a mode.
 */
export const keyTable: readonly Binding[] = [
	{
		action: {type: 'moveDown', count: 1},
		keys: ['j', 'down'],
		help: 'next / previous comment',
		group: 'Move',
		modes: both,
		pairsWithNext: true,
	},
	{action: {type: 'moveUp', count: 1}, keys: ['k', 'up'], help: 'prev comment / scroll', group: 'Move', modes: both},
	{
		action: {type: 'nextSibling'},
		keys: ['J'],
		help: 'next / previous sibling',
		group: 'Move',
		modes: thread,
		pairsWithNext: true,
	},
	{action: {type: 'previousSibling'}, keys: ['K'], help: 'previous sibling', group: 'Move', modes: thread},
	{
		action: {type: 'nextThread'},
		keys: [']'],
		help: 'next / previous thread',
		group: 'Move',
		modes: thread,
		pairsWithNext: true,
	},
	{action: {type: 'previousThread'}, keys: ['['], help: 'previous thread', group: 'Move', modes: thread},
	{action: {type: 'focusParent'}, keys: ['p'], help: 'parent comment', group: 'Move', modes: thread},
	{
		action: {type: 'first'},
		keys: ['g', 'home'],
		help: 'top / last comment',
		group: 'Move',
		modes: both,
		pairsWithNext: true,
	},
	{action: {type: 'last'}, keys: ['G', 'end'], help: 'last comment', group: 'Move', modes: both},
	{
		action: {type: 'pageDown', fraction: 1},
		keys: ['pagedown', 'space'],
		help: 'page down / up',
		group: 'Move',
		modes: both,
		pairsWithNext: true,
	},
	{action: {type: 'pageUp', fraction: 1}, keys: ['pageup', 'b'], help: 'page up', group: 'Move', modes: both},
	{
		action: {type: 'pageDown', fraction: 0.5},
		keys: ['ctrl+d'],
		help: 'half a page down / up',
		group: 'Move',
		modes: both,
		pairsWithNext: true,
	},
	{action: {type: 'pageUp', fraction: 0.5}, keys: ['ctrl+u'], help: 'half a page up', group: 'Move', modes: both},
	{action: {type: 'foldOrParent'}, keys: ['h', 'left'], help: 'fold / go to parent', group: 'Fold', modes: thread},
	{action: {type: 'unfoldOrChild'}, keys: ['l', 'right'], help: 'unfold / first reply', group: 'Fold', modes: thread},
	{action: {type: 'toggleFold'}, keys: ['return', 'tab'], help: 'fold / unfold', group: 'Fold', modes: thread},
	{
		action: {type: 'foldAll'},
		keys: ['C'],
		help: 'fold all / unfold all',
		group: 'Fold',
		modes: thread,
		pairsWithNext: true,
	},
	{action: {type: 'unfoldAll'}, keys: ['E'], help: 'unfold everything', group: 'Fold', modes: thread},
	...depthBindings,
	{action: {type: 'openSearch'}, keys: ['/'], help: 'search comments', group: 'Find', modes: both},
	{
		action: {type: 'nextMatch'},
		keys: ['n'],
		help: 'next / previous match',
		group: 'Find',
		modes: thread,
		pairsWithNext: true,
	},
	{action: {type: 'previousMatch'}, keys: ['N'], help: 'previous match', group: 'Find', modes: thread},
	{action: {type: 'openPicker'}, keys: ['a'], help: 'filter by author', group: 'Find', modes: both},
	{action: {type: 'toggleStarterMarks'}, keys: ['o'], help: 'mark thread starters', group: 'Find', modes: thread},
	{action: {type: 'toggleAuthorMarks'}, keys: ['m'], help: 'mark this author', group: 'Find', modes: thread},
	{
		action: {type: 'copyComment'},
		keys: ['y'],
		help: 'copy comment / thread',
		group: 'View',
		modes: thread,
		pairsWithNext: true,
	},
	{action: {type: 'copyThread'}, keys: ['Y'], help: 'copy the thread below it', group: 'View', modes: thread},
	{
		action: {type: 'suspend'},
		keys: ['ctrl+z'],
		help: 'suspend to the shell',
		group: 'General',
		modes: [...both, ...typing],
	},
	{action: {type: 'toggleBody'}, keys: ['t'], help: 'toggle article text', group: 'View', modes: thread},
	{action: {type: 'toggleCompact'}, keys: ['v'], help: 'compact / full view', group: 'View', modes: both},
	{
		action: {type: 'openFocused'},
		keys: ['return', 'l', 'right'],
		help: 'open the article',
		group: 'General',
		modes: list,
	},
	{action: {type: 'openHelp'}, keys: ['?'], help: 'this help', group: 'General', modes: both},
	{action: {type: 'back'}, keys: ['escape'], help: 'leave mode / list', group: 'General', modes: [...both, ...typing]},
	{action: {type: 'quit'}, keys: ['q'], help: 'to the list, or quit', group: 'General', modes: both},
	{action: {type: 'accept'}, keys: ['return'], help: 'jump / apply filter', group: 'Prompt', modes: typing},
	{
		action: {type: 'moveSelection', delta: 1},
		keys: ['down'],
		help: 'next / previous entry',
		group: 'Prompt',
		modes: typing,
		pairsWithNext: true,
	},
	{action: {type: 'moveSelection', delta: -1}, keys: ['up'], help: 'previous entry', group: 'Prompt', modes: typing},
	{action: {type: 'toggleScope'}, keys: ['tab'], help: 'this article / all', group: 'Prompt', modes: typing},
	{action: {type: 'togglePick'}, keys: ['space'], help: 'pick several authors', group: 'Prompt', modes: picker},
	{
		action: {type: 'pageDown', fraction: 1},
		keys: ['pagedown'],
		help: 'page down / up',
		group: 'Prompt',
		modes: picker,
		pairsWithNext: true,
	},
	{action: {type: 'pageUp', fraction: 1}, keys: ['pageup'], help: 'page up', group: 'Prompt', modes: picker},
	{
		action: {type: 'deleteBack'},
		keys: ['backspace', 'delete'],
		help: 'delete a character',
		group: 'Prompt',
		modes: typing,
	},
	{action: {type: 'clearText'}, keys: ['ctrl+u'], help: 'clear the text', group: 'Prompt', modes: typing},
];

/** What a key press can mean besides a table action: Ctrl-C quits at once, in any mode. */
export const interruptKey = 'ctrl+c';

/** The subset of Ink's key flags that name keys. */
export interface KeyFlags {
	readonly upArrow?: boolean;
	readonly downArrow?: boolean;
	readonly leftArrow?: boolean;
	readonly rightArrow?: boolean;
	readonly pageUp?: boolean;
	readonly pageDown?: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
	readonly return?: boolean;
	readonly escape?: boolean;
	readonly tab?: boolean;
	readonly backspace?: boolean;
	readonly delete?: boolean;
	readonly ctrl?: boolean;
	readonly meta?: boolean;
}

const namedKeys: ReadonlyArray<[keyof KeyFlags, string]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageUp', 'pageup'],
	['pageDown', 'pagedown'],
	['home', 'home'],
	['end', 'end'],
	['return', 'return'],
	['escape', 'escape'],
	['tab', 'tab'],
	['backspace', 'backspace'],
	['delete', 'delete'],
];

/**
 * The key names in one input event. Ink hands a run of plain characters over as one
 * string (key repeat, a burst over SSH), so each character is a key of its own; a
 * special key (arrow, Enter, Ctrl-x) is one name.
 */
export function keyNames(input: string, key: KeyFlags): string[] {
	for (const [flag, name] of namedKeys) {
		if (key[flag] === true) {
			return [name];
		}
	}
	if (key.ctrl === true && input.length > 0) {
		return [`ctrl+${input.toLowerCase()}`];
	}
	return [...input].map((character) => characterName(character));
}

/** The key name of one character of a burst: control characters name their key. */
function characterName(character: string): string {
	switch (character) {
		case ' ': {
			return 'space';
		}
		case '\r':
		case '\n': {
			return 'return';
		}
		case '\t': {
			return 'tab';
		}
		case '\u001B': {
			return 'escape';
		}
		case '\u007F': {
			return 'backspace';
		}
		default: {
			const code = character.codePointAt(0)!;
			return code >= 1 && code <= 26 ? `ctrl+${String.fromCodePoint(code + 96)}` : character;
		}
	}
}

const tables = new Map<Mode, Map<string, Action>>();

/** The key -> action lookup of one mode, built once from the table. */
export function bindingsFor(mode: Mode): Map<string, Action> {
	let table = tables.get(mode);
	if (table === undefined) {
		table = new Map();
		for (const binding of keyTable) {
			if (binding.modes.includes(mode)) {
				for (const key of binding.keys) {
					table.set(key, binding.action);
				}
			}
		}
		tables.set(mode, table);
	}
	return table;
}

/**
 * The actions one input event asks for when every key of it is read in `mode` (see
 * resolveKey for how the explorer reads a burst), in order. In help any key closes it.
 * Consecutive moves merge into one counted move, so a burst of 20 `j` is one state change.
 */
export function resolveKeys(input: string, key: KeyFlags, mode: Mode): Action[] {
	const names = keyNames(input, key);
	if (names.includes(interruptKey)) {
		return [{type: 'interrupt'}];
	}
	if (mode === 'help') {
		// Any key at all, even one Ink cannot name (F1-F12, Insert), closes the help.
		return [{type: 'closeHelp'}];
	}
	const actions: Action[] = [];
	for (const name of names) {
		const action = resolveKey(name, mode);
		if (action === undefined) {
			continue;
		}
		const last = actions.at(-1);
		if (action.type === 'typeText' && last?.type === 'typeText') {
			actions[actions.length - 1] = {type: 'typeText', text: last.text + action.text};
			continue;
		}
		const previous = actions.at(-1);
		if (
			previous !== undefined &&
			(action.type === 'moveDown' || action.type === 'moveUp') &&
			previous.type === action.type
		) {
			actions[actions.length - 1] = {type: action.type, count: previous.count + action.count};
		} else {
			actions.push(action);
		}
	}
	return actions;
}

/**
 * What one key means in `mode`: Ctrl-C interrupts anywhere, any key closes the help, a
 * printable key types in the prompt and the picker, else the table decides (undefined:
 * nothing). The reducer resolves a burst key by key, each in the mode the one before it
 * left, so `/word` typed in one go opens the prompt and types the word into it.
 */
export function resolveKey(name: string, mode: Mode): Action | undefined {
	if (name === interruptKey) {
		return {type: 'interrupt'};
	}
	if (mode === 'help') {
		return {type: 'closeHelp'};
	}
	const isTyping = mode === 'prompt' || mode === 'picker';
	return bindingsFor(mode).get(name) ?? (isTyping ? typedText(name) : undefined);
}

/** A typed character in the prompt or picker: a printable key name (one character, or Space). */
function typedText(name: string): Action | undefined {
	if (name === 'space') {
		return {type: 'typeText', text: ' '};
	}
	return [...name].length === 1 && !/\p{Cc}/u.test(name) ? {type: 'typeText', text: name} : undefined;
}

const keyLabels: Record<string, string> = {
	down: '↓',
	up: '↑',
	left: '←',
	right: '→',
	pagedown: 'PgDn',
	pageup: 'PgUp',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	space: 'Space',
	backspace: 'Bksp',
	delete: 'Del',
};

const asciiKeyLabels: Record<string, string> = {down: 'Down', up: 'Up', left: 'Left', right: 'Right'};

/** How a key name is shown to people: `↓`, `Ctrl-d`, `PgDn`, `j`. */
export function keyLabel(name: string, ascii = false): string {
	if (name.startsWith('ctrl+')) {
		return `Ctrl-${name.slice(5)}`;
	}
	return (ascii ? asciiKeyLabels[name] : undefined) ?? keyLabels[name] ?? name;
}
