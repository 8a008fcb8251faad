import {headItem} from '../model/visibility.js';
import type {ExplorerContext} from './context.js';
import {contentHeight, type ExplorerState, type ThreadState} from './explorer-state.js';
import {reduceList} from './moves/list-moves.js';
import {listLength, listPosition} from './moves/list-position.js';
import {keepOnScreen, revealItem, settle} from './window/viewport.js';
import {shownFor, walkerFor} from './window/walker.js';

/**
 * The explorer's invariants, applied once, by the reducer, after every action:
 * - the list cursor is on a listed article (the open one, when it is listed) and inside its window;
 * - the focus of the open article is a shown item (a folded or filtered-out comment gives
 *   way to what stands for it);
 * - the window starts on a shown item, at a line inside it, shows the focus, and never
 *   shows blank lines below the end when there is more above.
 * After an action that changes what is shown or how tall it is (`isReshaped`), the focus
 * is brought fully into view; after any other, the window moves only if the focus left
 * it, so a move that scrolls inside a tall comment or pages keeps its own window.
 * Handlers change what they mean to change and leave these to this one place. It is
 * idempotent: a state that holds them comes back unchanged.
 */
export function withInvariants(state: ExplorerState, context: ExplorerContext, isReshaped: boolean): ExplorerState {
	// With an article open, the list cursor is on it, however it was reached (a search jump,
	// `n` into the next article, a title result, resume): back on the list, it is there.
	const open =
		state.screen === 'thread' && state.thread !== null ? listPosition(state, state.thread.article, context) : -1;
	const list = reduceList(
		open >= 0 && open !== state.list.cursor ? {...state.list, cursor: open} : state.list,
		{type: 'moveDown', count: 0},
		listLength(state, context),
		contentHeight(state.rows),
	);
	const thread = state.thread === null ? null : fitThread(state, state.thread, context, isReshaped);
	const isListSame = list.cursor === state.list.cursor && list.top === state.list.top;
	return isListSame && thread === state.thread ? state : {...state, list: isListSame ? state.list : list, thread};
}

/** The open article's focus on a shown item and its window valid and showing the focus. */
function fitThread(
	state: ExplorerState,
	thread: ThreadState,
	context: ExplorerContext,
	isReshaped: boolean,
): ThreadState {
	const shown = shownFor(thread, context);
	const walker = walkerFor(state, thread, context);
	const screen = contentHeight(state.rows);
	const focus = thread.focus === headItem ? headItem : shown.standIn(thread.focus);
	const top = thread.scroll.item === headItem ? headItem : shown.standIn(thread.scroll.item);
	// The top item may have become shorter (folded, compact): keep the window's line inside it.
	const line = top === thread.scroll.item ? Math.min(thread.scroll.line, walker.height(top) - 1) : 0;
	const shows = isReshaped ? revealItem : keepOnScreen;
	const scroll = settle(shows({item: top, line}, focus, walker, screen), walker, screen);
	const isSame = focus === thread.focus && scroll.item === thread.scroll.item && scroll.line === thread.scroll.line;
	return isSame ? thread : {...thread, focus, scroll};
}
