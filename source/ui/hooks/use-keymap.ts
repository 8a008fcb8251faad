import {useInput} from 'ink';
import {keyNames} from '../../keys/key-names.js';
import type {ExplorerInput} from './use-explorer.js';

/**
 * The one keyboard handler: it names the keys of each input event and hands them over
 * as keys; `keys/` resolves them to actions one at a time (see `pressKeys`).
 */
export function useKeymap(dispatch: (input: ExplorerInput) => void): void {
	useInput((input, key) => {
		dispatch({keys: keyNames(input, key)});
	});
}
