import {useInput} from 'ink';
import type {Action} from '../../explorer/actions.js';
import {keyNames} from '../../keys/keymap.js';

/**
 * The one keyboard handler: it names the keys of each input event and hands them to the
 * reducer, which reads them through the key table one at a time (see `pressKeys`).
 */
export function useKeymap(dispatch: (action: Action) => void): void {
	useInput((input, key) => {
		dispatch({type: 'pressKeys', names: keyNames(input, key)});
	});
}
