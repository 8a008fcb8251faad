import type {Action} from '../actions.js';
import type {ExplorerContext} from '../context.js';
import {contentHeight, type ExplorerState, type ListState, openThread, type ThreadState} from '../explorer-state.js';
import {reduceList} from './list-moves.js';
import {listedArticle, listPosition} from './list-position.js';
import {withoutAncestors} from './thread-moves.js';

/** Rows the starred view's list has: the screen less its title, its header line and status bar. */
export function starsHeight(rows: number): number {
	return Math.max(1, contentHeight(rows) - 1);
}

/**
 * The open article with the focus on `row`, its ancestors unfolded and the list cursor
 * following; the window is brought to it by the invariants (these actions reshape).
 */
function focusRow(
	state: ExplorerState,
	article: number,
	row: number,
	context: ExplorerContext,
	keepFilter: boolean,
): ExplorerState {
	const base: ThreadState = state.thread?.article === article ? state.thread : openThread(article);
	const folded = withoutAncestors(base.folded, context.articles[article]!.thread.parent, row);
	const thread = {...base, focus: row, folded, filter: keepFilter ? base.filter : null};
	const position = listPosition(state, article, context);
	const list = position < 0 ? state.list : {...state.list, cursor: position};
	return {...state, screen: 'thread', list, thread};
}

/** `u` / `U`: the next (previous) comment marked new after (before) the focus; a notice when there is none. */
export function stepNew(state: ExplorerState, isForward: boolean, context: ExplorerContext): ExplorerState {
	const thread = state.thread;
	if (state.screen !== 'thread' || thread === null) {
		return state;
	}
	const rows = context.recall?.newRows(thread.article) ?? [];
	const target = isForward ? rows.find((row) => row > thread.focus) : rows.findLast((row) => row < thread.focus);
	if (target === undefined) {
		const what = rows.length === 0 ? 'no new comments here' : `no new comment ${isForward ? 'below' : 'above'}`;
		return {...state, notice: what};
	}
	return focusRow(state, thread.article, target, context, true);
}

/** `r`: the open article (or the list cursor's) counts as read: an effect for the app, and a notice. */
export function markRead(state: ExplorerState, context: ExplorerContext): ExplorerState {
	const article =
		state.screen === 'thread' && state.thread !== null
			? state.thread.article
			: listedArticle(state, state.list.cursor, context);
	if (article < 0 || context.recall === null) {
		return state;
	}
	return {
		...state,
		effects: [...state.effects, {type: 'markRead', article, row: -1}],
		notice: 'marked the article read',
	};
}

/** `s`: stars or unstars the focused comment (an effect: the app tells the memory and says which). */
export function toggleStar(state: ExplorerState, context: ExplorerContext): ExplorerState {
	const thread = state.thread;
	if (state.screen !== 'thread' || thread === null || thread.focus < 0 || context.recall === null) {
		return state;
	}
	return {...state, effects: [...state.effects, {type: 'star', article: thread.article, row: thread.focus}]};
}

/** The starred view (`S`): moves over the starred comments; Enter jumps to one; Esc, q or S closes it. */
export function reduceStars(
	state: ExplorerState,
	stars: ListState,
	action: Action,
	context: ExplorerContext,
): ExplorerState {
	const starred = context.recall?.starred() ?? [];
	switch (action.type) {
		case 'back':
		case 'quit':
		case 'openStars':
			return {...state, stars: null};
		case 'openFocused':
		case 'accept': {
			const hit = starred[stars.cursor];
			return hit === undefined ? state : focusRow({...state, stars: null}, hit.article, hit.row, context, false);
		}
		default: {
			const list = reduceList(stars, action, starred.length, starsHeight(state.rows));
			return list.cursor === stars.cursor && list.top === stars.top ? state : {...state, stars: list};
		}
	}
}

/** Back where the reader was when these inputs were last closed: the article, its focus and folds. */
export function resume(
	state: ExplorerState,
	action: Extract<Action, {type: 'resume'}>,
	context: ExplorerContext,
): ExplorerState {
	if (action.article < 0 || action.article >= context.articles.length) {
		return state;
	}
	const size = context.articles[action.article]!.thread.size;
	const folded = new Set(action.folded.filter((row) => row >= 0 && row < size));
	const focus = action.focus >= 0 && action.focus < size ? action.focus : -1;
	const base = {...openThread(action.article), folded};
	const thread =
		focus < 0
			? base
			: {...base, focus, folded: withoutAncestors(folded, context.articles[action.article]!.thread.parent, focus)};
	const position = listPosition(state, action.article, context);
	const list = position < 0 ? state.list : {cursor: position, top: Math.max(0, position - 2)};
	const screen = action.screen === 'thread' || context.articles.length === 1 ? 'thread' : 'list';
	return {...state, screen, list, thread};
}
