import type {Action} from '../actions.js';
import type {ExplorerContext} from '../context.js';
import type {ExplorerState, PickerState} from '../explorer-state.js';
import {activeFilter, applyFilter} from './list-position.js';
import {moveCursor, promptListHeight, selectionDelta} from './prompt-moves.js';

/** Edits a line of typed text: adds, deletes back or clears. */
function editText(text: string, action: Action): string | null {
	switch (action.type) {
		case 'typeText': {
			return text + action.text;
		}
		case 'deleteBack': {
			return [...text].slice(0, -1).join('');
		}
		case 'clearText': {
			return '';
		}
		default: {
			return null;
		}
	}
}

/** The picker as `a` opens it: empty text, scoped to the open article (else all), the filter in force chosen. */
export function openedPicker(state: ExplorerState): PickerState {
	const chosen = activeFilter(state);
	return {query: '', scope: state.screen === 'thread' ? 'article' : 'all', cursor: 0, top: 0, chosen, opened: chosen};
}

/**
 * The author picker (`a`): it opens with the authors of the filter in force chosen (and
 * marked); typing narrows the authors, Space picks or un-picks, Enter applies the filter,
 * adding the author under the cursor when Space was not used, Esc leaves it unchanged.
 */
export function reducePicker(
	state: ExplorerState,
	picker: PickerState,
	action: Action,
	context: ExplorerContext,
): ExplorerState {
	const edited = editText(picker.query, action);
	if (edited !== null) {
		return {...state, picker: {...picker, query: edited, cursor: 0, top: 0}};
	}
	const entries = context.pickerEntries(
		picker.scope === 'all' || state.thread === null ? 'all' : state.thread.article,
		picker.query,
	);
	switch (action.type) {
		case 'moveSelection':
		case 'moveDown':
		case 'moveUp':
		case 'pageDown':
		case 'pageUp': {
			const height = promptListHeight(state.rows);
			const delta = selectionDelta(action, height);
			const moved = moveCursor(picker.cursor, picker.top, delta, entries.length, height);
			return {...state, picker: {...picker, cursor: moved.cursor, top: moved.top}};
		}
		case 'togglePick': {
			const name = entries[picker.cursor]?.name;
			if (name === undefined) {
				return state;
			}
			const chosen = picker.chosen.includes(name)
				? picker.chosen.filter((other) => other !== name)
				: [...picker.chosen, name];
			return {...state, picker: {...picker, chosen}};
		}
		case 'accept': {
			// Enter adds the author under the cursor, unless Space already said who (the filter in force is chosen when the picker opens).
			const name = entries[picker.cursor]?.name;
			const isUntouched = picker.chosen === picker.opened;
			const chosen =
				name === undefined || !isUntouched || picker.chosen.includes(name) ? picker.chosen : [...picker.chosen, name];
			if (chosen.length === 0) {
				return {...state, picker: null};
			}
			// Picked over all articles, none of them in the open article: the list, filtered to
			// the articles they wrote in (an empty article would be a dead end).
			const thread = state.thread;
			const isElsewhere =
				picker.scope === 'all' &&
				state.screen === 'thread' &&
				thread !== null &&
				!context.pickerEntries(thread.article, '').some((entry) => chosen.includes(entry.name));
			return isElsewhere
				? applyFilter({...state, picker: null, screen: 'list'}, chosen)
				: applyFilter({...state, picker: null}, chosen);
		}
		case 'toggleScope': {
			return state.thread === null || state.screen === 'list'
				? state
				: {...state, picker: {...picker, scope: picker.scope === 'all' ? 'article' : 'all', cursor: 0, top: 0}};
		}
		case 'back': {
			return {...state, picker: null};
		}
		default: {
			return state;
		}
	}
}
