import type {Action} from '../actions.js';
import type {ExplorerContext} from '../context.js';
import {contentHeight, type ExplorerState} from '../explorer-state.js';

/**
 * Keys while the help is open: the move keys scroll it (a line, a page, half a page, to
 * either end), never past its last screenful; any other key closes it, back at the top
 * for next time. Arriving search results change nothing.
 */
export function reduceHelp(state: ExplorerState, action: Action, context: ExplorerContext): ExplorerState {
	const height = contentHeight(state.rows);
	const length = context.helpLength?.(state.columns, state.rows) ?? Number.MAX_SAFE_INTEGER;
	const last = Math.max(0, length - height);
	let top = state.helpTop;
	switch (action.type) {
		case 'moveDown':
			top += action.count;
			break;
		case 'moveUp':
			top -= action.count;
			break;
		case 'pageDown':
			top += Math.max(1, Math.floor(height * action.fraction));
			break;
		case 'pageUp':
			top -= Math.max(1, Math.floor(height * action.fraction));
			break;
		case 'first':
			top = 0;
			break;
		case 'last':
			top = last;
			break;
		case 'searchResults':
			return state;
		default:
			return {...state, isHelpOpen: false, helpTop: 0};
	}
	top = Math.max(0, Math.min(top, last));
	return top === state.helpTop ? state : {...state, helpTop: top};
}
