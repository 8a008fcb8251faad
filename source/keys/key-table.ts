import type {Action} from '../explorer/actions.js';
import type {Mode} from '../explorer/mode.js';

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
/** Moves that also scroll the help screen. */
const scrolling: readonly Mode[] = [...both, 'help'];
const thread: readonly Mode[] = ['thread'];
const list: readonly Mode[] = ['list'];
const picker: readonly Mode[] = ['picker'];
const typing: readonly Mode[] = ['prompt', 'picker'];
/** Where a line is typed: the prompt, the picker and the list's title filter. */
const lines: readonly Mode[] = [...typing, 'filter'];

const depthBindings: Binding[] = Array.from({length: 9}, (_, index) => ({
	action: {type: 'unfoldToDepth', depth: index + 1},
	keys: [String(index + 1)],
	help: `unfold to depth ${index + 1}`,
	group: 'Fold',
	modes: thread,
}));

const prompt: readonly Mode[] = ['prompt'];

/**
 * The search prompt's cursor keys. The other shell keys of the prompt (Home, End, Ctrl-a,
 * Ctrl-e, Ctrl-w, Ctrl-k, Alt-b, Alt-f) are `shellKeys` of resolve-key.ts: the help screen has no room for them.
 */
const lineEditBindings: Binding[] = (
	[
		['left', ['left'], 'cursor left / right', true],
		['right', ['right'], 'cursor right', false],
	] as const
).map(([edit, keys, help, pairsWithNext]) => ({
	action: {type: 'editLine', edit},
	keys,
	help,
	group: 'Prompt',
	modes: ['prompt', 'filter'] as readonly Mode[],
	...(pairsWithNext ? {pairsWithNext} : {}),
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
		modes: scrolling,
		pairsWithNext: true,
	},
	{
		action: {type: 'moveUp', count: 1},
		keys: ['k', 'up'],
		help: 'prev comment / scroll',
		group: 'Move',
		modes: scrolling,
	},
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
		modes: scrolling,
		pairsWithNext: true,
	},
	{action: {type: 'last'}, keys: ['G', 'end'], help: 'last comment', group: 'Move', modes: scrolling},
	{
		action: {type: 'pageDown', fraction: 1},
		keys: ['pagedown', 'space'],
		help: 'page down / up',
		group: 'Move',
		modes: scrolling,
		pairsWithNext: true,
	},
	{action: {type: 'pageUp', fraction: 1}, keys: ['pageup', 'b'], help: 'page up', group: 'Move', modes: scrolling},
	{
		action: {type: 'pageDown', fraction: 0.5},
		keys: ['ctrl+d'],
		help: 'half a page down / up',
		group: 'Move',
		modes: scrolling,
		pairsWithNext: true,
	},
	{action: {type: 'pageUp', fraction: 0.5}, keys: ['ctrl+u'], help: 'half a page up', group: 'Move', modes: scrolling},
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
	{action: {type: 'openTitleFilter'}, keys: ['f'], help: 'filter articles by title', group: 'Find', modes: list},
	{action: {type: 'toggleStarterMarks'}, keys: ['o'], help: 'mark thread starters', group: 'Find', modes: thread},
	{action: {type: 'toggleAuthorMarks'}, keys: ['m'], help: 'mark this author', group: 'Find', modes: thread},
	{
		action: {type: 'nextNew'},
		keys: ['u'],
		help: 'next new / mark all read',
		group: 'View',
		modes: thread,
		pairsWithNext: true,
	},
	{action: {type: 'markArticleRead'}, keys: ['r'], help: 'mark the article read', group: 'View', modes: both},
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
		action: {type: 'copyLink'},
		keys: ['L'],
		help: "copy the comment's links, one a press",
		group: 'View',
		modes: thread,
	},
	{
		action: {type: 'suspend'},
		keys: ['ctrl+z'],
		help: 'suspend to the shell',
		group: 'General',
		modes: [...both, ...lines],
	},
	{
		action: {type: 'toggleStar'},
		keys: ['s'],
		help: 'star / starred list',
		group: 'View',
		modes: thread,
		pairsWithNext: true,
	},
	{action: {type: 'openStars'}, keys: ['S'], help: 'starred comments', group: 'View', modes: both},
	{action: {type: 'toggleBody'}, keys: ['t'], help: 'toggle article text', group: 'View', modes: thread},
	{action: {type: 'toggleCompact'}, keys: ['v'], help: 'compact / full view', group: 'View', modes: thread},
	{
		action: {type: 'openFocused'},
		keys: ['return', 'l', 'right'],
		help: 'open the article',
		group: 'General',
		modes: list,
	},
	{action: {type: 'openHelp'}, keys: ['?'], help: 'this help', group: 'General', modes: both},
	{action: {type: 'back'}, keys: ['escape'], help: 'leave mode / list', group: 'General', modes: [...both, ...lines]},
	{action: {type: 'quit'}, keys: ['q'], help: 'to the list, or quit', group: 'General', modes: both},
	{action: {type: 'accept'}, keys: ['return'], help: 'jump / apply filter', group: 'Prompt', modes: lines},
	{
		action: {type: 'moveSelection', delta: 1},
		keys: ['ctrl+n'],
		help: 'next / prev',
		group: 'Prompt',
		modes: lines,
		pairsWithNext: true,
	},
	{
		action: {type: 'moveSelection', delta: -1},
		keys: ['ctrl+p'],
		help: 'previous entry',
		group: 'Prompt',
		modes: lines,
	},
	{
		action: {type: 'recallQuery', delta: -1},
		keys: ['up'],
		help: 'earlier / later search',
		group: 'Prompt',
		modes: prompt,
		pairsWithNext: true,
	},
	{action: {type: 'recallQuery', delta: 1}, keys: ['down'], help: 'later query', group: 'Prompt', modes: prompt},
	// The picker's and the title filter's arrows move in their list (there is no history); in the prompt they recall queries.
	{
		action: {type: 'moveDown', count: 1},
		keys: ['down'],
		help: 'next / prev author or article',
		group: 'Prompt',
		modes: ['picker', 'filter'],
		pairsWithNext: true,
	},
	{
		action: {type: 'moveUp', count: 1},
		keys: ['up'],
		help: 'previous entry',
		group: 'Prompt',
		modes: ['picker', 'filter'],
	},
	{action: {type: 'toggleScope'}, keys: ['tab'], help: 'this article / all', group: 'Prompt', modes: typing},
	{action: {type: 'togglePick'}, keys: ['space'], help: 'pick several authors', group: 'Prompt', modes: picker},
	{
		action: {type: 'pageDown', fraction: 1},
		keys: ['pagedown'],
		help: 'page down / up',
		group: 'Prompt',
		modes: lines,
		pairsWithNext: true,
	},
	{action: {type: 'pageUp', fraction: 1}, keys: ['pageup'], help: 'page up', group: 'Prompt', modes: lines},
	...lineEditBindings,
	{
		action: {type: 'deleteBack'},
		keys: ['backspace', 'delete'],
		help: 'delete a character',
		group: 'Prompt',
		modes: lines,
	},
	{action: {type: 'clearText'}, keys: ['ctrl+u'], help: 'clear the text', group: 'Prompt', modes: lines},
];

/** What a key press can mean besides a table action: Ctrl-C quits at once, in any mode. */
export const interruptKey = 'ctrl+c';
