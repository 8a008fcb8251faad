import {useInput} from 'ink';
import {keyNames} from '../../keys/key-names.js';
import {parseMouse} from '../../terminal/mouse.js';
import type {ExplorerInput} from './use-explorer.js';

/**
 * The one keyboard handler: it names the keys of each input event and hands them over
 * as keys; `keys/` resolves them to actions one at a time (see `pressKeys`). Mouse
 * reports are told apart first and handed over as pointer events.
 */
export function useKeymap(dispatch: (input: ExplorerInput) => void): void {
	useInput((input, key) => {
		// Mouse reports (SGR) arrive as input too: they become pointer events, never keys.
		const pointer = parseMouse(input);
		if (pointer === null) {
			dispatch({keys: keyNames(input, key)});
		} else if (pointer !== 'ignored') {
			dispatch({pointer});
		}
	});
}
