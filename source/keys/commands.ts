import {type Binding, keyTable} from './key-table.js';

let inForce: readonly Binding[] = keyTable;

/** The key table in force: the built-in one, or the one the config file's `[keys]` rebound. */
export function keysInForce(): readonly Binding[] {
	return inForce;
}

/**
 * Puts a key table in force for the rest of the run (the config file's, read once at
 * start); key resolution and the help screen read it from here. Tests put back `keyTable`.
 */
export function putKeysInForce(table: readonly Binding[]): void {
	inForce = table;
}

const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The name a config file calls a command by: its action in kebab case (`move-down`,
 * `toggle-fold`), with what tells variants apart (`half-page-down`, `unfold-to-depth-3`,
 * `next-entry`), and `prompt-` before the commands of the search prompt and the author
 * picker. Unique across the table (a test checks).
 */
export function commandName(binding: Binding): string {
	const action = binding.action;
	let name = kebab(action.type);
	if (action.type === 'pageDown' || action.type === 'pageUp') {
		name = action.fraction === 1 ? name : `half-${name}`;
	} else if (action.type === 'unfoldToDepth') {
		name = `${name}-${action.depth}`;
	} else if (action.type === 'moveSelection') {
		name = action.delta > 0 ? 'next-entry' : 'previous-entry';
	} else if (action.type === 'recallQuery') {
		name = action.delta < 0 ? 'earlier-query' : 'later-query';
	} else if (action.type === 'editLine') {
		name = `cursor-${kebab(action.edit)}`;
	}
	return binding.group === 'Prompt' ? `prompt-${name}` : name;
}

const namedKeys = new Set([
	'up',
	'down',
	'left',
	'right',
	'pageup',
	'pagedown',
	'home',
	'end',
	'return',
	'escape',
	'tab',
	'backspace',
	'delete',
	'space',
]);

/**
 * Whether `name` names a key comb can read: one printable character (`j`, `J`, `?`), a
 * named key (`down`, `pagedown`, `return`, `space` ...), or `ctrl+` and a letter (but not
 * `ctrl+c`, which always quits, nor `ctrl+i`, `ctrl+j`, `ctrl+m`, which arrive as Tab and Enter).
 */
export function isKeyName(name: string): boolean {
	if (namedKeys.has(name)) {
		return true;
	}
	if (/^ctrl\+[a-z]$/.test(name)) {
		// Ctrl-c always quits; a terminal sends Ctrl-i as Tab, Ctrl-j and Ctrl-m as Enter.
		return !['ctrl+c', 'ctrl+i', 'ctrl+j', 'ctrl+m'].includes(name);
	}
	return [...name].length === 1 && /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(name);
}
