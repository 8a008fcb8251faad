import type {ExplorerContext} from '../explorer/context.js';
import type {ExplorerState} from '../explorer/explorer-state.js';
import {modeOf} from '../explorer/mode.js';
import {reduce} from '../explorer/reducer.js';
import {resolveKey} from './resolve-key.js';

/**
 * A burst of keys (one input event: a key repeat, a paste, keys batched over SSH), read
 * one at a time, each resolved to an action in the mode the keys before it left, then
 * applied by the reducer. So `/word` or `]y` typed in one go does what it would key by
 * key. A key with no name (F5, Insert) still counts as a key: it closes the help.
 */
export function pressKeys(state: ExplorerState, names: readonly string[], context: ExplorerContext): ExplorerState {
	let next = state;
	for (const name of names.length === 0 ? [''] : names) {
		if (next.hasQuit) {
			break;
		}
		const action = resolveKey(name, modeOf(next));
		if (action !== undefined) {
			next = reduce(next, action, context);
		}
	}
	return next;
}
