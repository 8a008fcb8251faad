import {useInput} from 'ink';
import type {Action} from '../core/actions.js';
import {resolveKeys, type Mode} from '../keymap.js';

/** The one keyboard handler: keys become actions through the key table, nothing else. */
export function useKeymap(mode: Mode, dispatch: (action: Action) => void): void {
	useInput((input, key) => {
		for (const action of resolveKeys(input, key, mode)) {
			dispatch(action);
		}
	});
}
