import type {Action} from '../actions.js';
import type {ExplorerContext} from '../context.js';
import {contentHeight, type ExplorerState} from '../explorer-state.js';
import {shownFor, walkerFor} from '../window/walker.js';
import {page} from './paging.js';

/**
 * What the mouse asks of an open article: the wheel scrolls the window by lines (the
 * focus follows onto the first comment that starts on screen, as a page does), a click
 * focuses the comment under it. A click on something not shown changes nothing.
 */
export function reducePointer(
	state: ExplorerState,
	action: Extract<Action, {type: 'scrollBy' | 'focusItem'}>,
	context: ExplorerContext,
): ExplorerState {
	const thread = state.thread;
	if (state.screen !== 'thread' || thread === null) {
		return state;
	}
	if (action.type === 'focusItem') {
		const isShown = action.item === -1 || shownFor(thread, context).standIn(action.item) === action.item;
		return !isShown || action.item === thread.focus ? state : {...state, thread: {...thread, focus: action.item}};
	}
	if (action.lines === 0) {
		return state;
	}
	const walker = walkerFor(state, thread, context);
	const next = page(thread, action.lines > 0 ? 1 : -1, Math.abs(action.lines), walker, contentHeight(state.rows));
	return next === thread ? state : {...state, thread: next};
}
