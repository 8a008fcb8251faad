import type {Action} from '../actions.js';
import type {ListState} from '../explorer-state.js';

/**
 * The article list's cursor moves. The window (`top`) moves only when the cursor would
 * leave it, and only the rows in it are ever drawn, so 100,000 articles cost what ten do.
 */
export function reduceList(list: ListState, action: Action, count: number, height: number): ListState {
	if (count === 0) {
		return {cursor: 0, top: 0};
	}
	const last = count - 1;
	let cursor = list.cursor;
	switch (action.type) {
		case 'moveDown': {
			cursor += action.count;
			break;
		}
		case 'moveUp': {
			cursor -= action.count;
			break;
		}
		case 'pageDown': {
			cursor += Math.max(1, Math.floor(height * action.fraction));
			break;
		}
		case 'pageUp': {
			cursor -= Math.max(1, Math.floor(height * action.fraction));
			break;
		}
		case 'first': {
			cursor = 0;
			break;
		}
		case 'last': {
			cursor = last;
			break;
		}
		default: {
			break;
		}
	}
	cursor = Math.min(last, Math.max(0, cursor));
	let top = Math.min(list.top, cursor);
	if (cursor >= top + height) {
		top = cursor - height + 1;
	}
	top = Math.max(0, Math.min(top, count - height));
	return {cursor, top};
}
