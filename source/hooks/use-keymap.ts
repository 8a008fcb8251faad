import {useInput} from 'ink';
import type {Action} from '../core/actions.js';
import {resolveKeys, type Mode} from '../keymap.js';

/** Key commands that act on the terminal or the clipboard rather than on the explorer's state. */
export interface KeyEffects {
	readonly suspend: () => void;
	readonly copyComment: () => void;
	readonly copyThread: () => void;
}

/**
 * The one keyboard handler: keys become actions through the key table; the few that
 * act outside the explorer's state (suspend, copy) go to their effect, the rest to the
 * reducer.
 */
export function useKeymap(mode: Mode, dispatch: (action: Action) => void, effects: KeyEffects): void {
	useInput((input, key) => {
		for (const action of resolveKeys(input, key, mode)) {
			if (action.type === 'suspend' || action.type === 'copyComment' || action.type === 'copyThread') {
				effects[action.type]();
			} else {
				dispatch(action);
			}
		}
	});
}
