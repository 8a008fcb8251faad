import type {LineEdit} from '../explorer/actions.js';
import type {Action} from '../explorer/actions.js';
import type {Mode} from '../explorer/mode.js';
import {keysInForce} from './commands.js';
import {interruptKey, type Binding} from './key-table.js';

const tables = new Map<Mode, Map<string, Action>>();
let tablesOf: readonly Binding[] | undefined;

/** The key -> action lookup of one mode, built once from the table in force. */
export function bindingsFor(mode: Mode): Map<string, Action> {
	const keyTable = keysInForce();
	if (tablesOf !== keyTable) {
		tables.clear();
		tablesOf = keyTable;
	}
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
 * What one key means in `mode`: Ctrl-C interrupts anywhere, the help scrolls with
 * the move keys and any other key closes it, a
 * printable key types in the prompt, the picker and the list's title filter, else the table decides (undefined:
 * nothing). The reducer resolves a burst key by key, each in the mode the one before it
 * left, so `/word` typed in one go opens the prompt and types the word into it.
 */
export function resolveKey(name: string, mode: Mode): Action | undefined {
	if (name === interruptKey) {
		return {type: 'interrupt'};
	}
	if (mode === 'help') {
		return bindingsFor(mode).get(name) ?? {type: 'closeHelp'};
	}
	const isTyping = mode === 'prompt' || mode === 'picker' || mode === 'filter';
	const edit = mode === 'prompt' || mode === 'filter' ? shellKeys[name] : undefined;
	if (edit !== undefined) {
		return {type: 'editLine', edit};
	}
	// The starred view is a list: it moves, opens and closes with the list's keys.
	return bindingsFor(mode === 'stars' ? 'list' : mode).get(name) ?? (isTyping ? typedText(name) : undefined);
}

/** The search prompt's line keys besides the arrows, as in a shell (listed in the help under "Typed line"). */
const shellKeys: Readonly<Record<string, LineEdit>> = {
	home: 'home',
	'ctrl+a': 'home',
	end: 'end',
	'ctrl+e': 'end',
	'ctrl+w': 'deleteWord',
	'ctrl+k': 'killEnd',
	deleteforward: 'deleteForward',
	'alt+b': 'wordLeft',
	'alt+f': 'wordRight',
};

/** What each line key does, in words, for the help. */
const lineEditHelp: Readonly<Record<LineEdit, string>> = {
	left: 'cursor left',
	right: 'cursor right',
	home: 'to the start of the line',
	end: 'to the end of the line',
	wordLeft: 'a word left',
	wordRight: 'a word right',
	deleteWord: 'delete the word before the cursor',
	deleteForward: 'delete the character under the cursor',
	killEnd: 'delete to the end of the line',
};

/**
 * The typed line's shell keys for the help, from the same table the keys are resolved by:
 * each edit with its key names, in the table's order.
 */
export function lineKeys(): ReadonlyArray<{readonly names: readonly string[]; readonly help: string}> {
	const byEdit = new Map<LineEdit, string[]>();
	for (const [name, edit] of Object.entries(shellKeys)) {
		byEdit.set(edit, [...(byEdit.get(edit) ?? []), name]);
	}
	return [...byEdit].map(([edit, names]) => ({names, help: lineEditHelp[edit]}));
}

/** A typed character in the prompt or picker: a printable key name (one character, or Space). */
function typedText(name: string): Action | undefined {
	if (name === 'space') {
		return {type: 'typeText', text: ' '};
	}
	return [...name].length === 1 && !/\p{Cc}/u.test(name) ? {type: 'typeText', text: name} : undefined;
}
