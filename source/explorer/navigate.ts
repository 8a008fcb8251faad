import {resolveKey, type Mode} from '../keys/keymap.js';
import type {Action} from './actions.js';
import {contentHeight, initialState, openThread, type ExplorerState} from './explorer-state.js';
import type {ThreadLayout} from '../layout/layout.js';
import {reduceList} from './list-moves.js';
import type {FilterRows} from '../model/author-filter.js';
import type {AuthorEntry} from '../model/authors.js';
import {reducePicker, reducePrompt} from './prompt-moves.js';
import {reduceThread, withoutAncestors} from './thread-moves.js';
import type {Article} from '../model/types.js';
import {revealItem, settle} from './viewport.js';
import {headItem} from '../model/visibility.js';
import {shownFor, walkerFor} from './walker.js';

/** What the reducer reads besides the state: the articles and their (cached) layouts. */
export interface ExplorerContext {
	readonly articles: readonly Article[];
	/** The layout of an article at a width and view mode; the same object for the same inputs. */
	layout(article: number, width: number, isCompact: boolean, isBodyFolded: boolean): ThreadLayout;
	/** What an author filter shows of an article; the same object for the same inputs. */
	filterRows(article: number, authors: readonly string[]): FilterRows;
	/** The authors of an article (or of all), narrowed by the picker's text, most active first. */
	pickerEntries(scope: number | 'all', query: string): readonly AuthorEntry[];
	/** The articles the list shows under its author filter, with each one's count of their comments. */
	listArticles(authors: readonly string[]): ReadonlyArray<{readonly article: number; readonly count: number}>;
}

export {initialState};

/**
 * The explorer's one reducer. Applies the action, then the invariants, once, here: the
 * focus is on a shown item, the window is at a valid position, and it shows the focus.
 */
export function reduce(state: ExplorerState, action: Action, context: ExplorerContext): ExplorerState {
	if (state.hasQuit) {
		return state;
	}
	if (action.type === 'pressKeys') {
		return pressKeys(state, action.names, context);
	}
	if (action.type === 'effectsDone') {
		return state.effects.length === 0 ? state : {...state, effects: []};
	}
	if (action.type === 'notify') {
		return {...state, notice: action.text};
	}
	if (state.notice !== null && action.type !== 'resize' && action.type !== 'searchResults') {
		return reduce({...state, notice: null}, action, context);
	}
	if (action.type === 'interrupt') {
		return {...state, hasQuit: true, exitCode: 130};
	}
	if (state.isHelpOpen) {
		return action.type === 'resize'
			? resize(state, action.columns, action.rows, context)
			: {...state, isHelpOpen: false};
	}
	if (action.type === 'resize') {
		return resize(state, action.columns, action.rows, context);
	}
	if (state.prompt !== null) {
		return reducePrompt(state, state.prompt, action, context);
	}
	if (state.picker !== null) {
		return reducePicker(state, state.picker, action, context);
	}
	switch (action.type) {
		case 'openSearch':
		case 'startSearch': {
			const query = action.type === 'startSearch' ? action.query : '';
			return {
				...state,
				prompt: {
					query,
					scope: state.screen === 'thread' ? 'article' : 'all',
					results: [],
					resultsQuery: '',
					selected: 0,
					top: 0,
				},
			};
		}
		case 'openPicker': {
			return {
				...state,
				picker: {query: '', scope: state.screen === 'thread' ? 'article' : 'all', cursor: 0, top: 0, chosen: []},
			};
		}
		case 'setFilter': {
			return action.authors.length === 0 ? state : applyFilter(state, action.authors, context);
		}
		case 'back': {
			return back(state, context);
		}
		default: {
			break;
		}
	}
	switch (action.type) {
		case 'openHelp': {
			return {...state, isHelpOpen: true};
		}
		case 'closeHelp': {
			return state;
		}
		case 'toggleCompact': {
			return refit({...state, isCompact: !state.isCompact}, context);
		}
		case 'quit': {
			return state.screen === 'thread' && context.articles.length > 1
				? {...state, screen: 'list'}
				: {...state, hasQuit: true};
		}
		case 'openArticle': {
			return openArticle(state, action.index, context);
		}
		default: {
			break;
		}
	}
	if (state.screen === 'list') {
		if (action.type === 'openFocused') {
			return openArticle(state, listedArticle(state, state.list.cursor, context), context);
		}
		return {...state, list: reduceList(state.list, action, listLength(state, context), contentHeight(state.rows))};
	}
	return state.thread === null ? state : {...state, thread: reduceThread(state, state.thread, action, context)};
}

function openArticle(state: ExplorerState, index: number, context: ExplorerContext): ExplorerState {
	if (index < 0 || index >= context.articles.length) {
		return state;
	}
	const reopened = state.thread?.article === index ? state.thread : openThread(index);
	// An author filter on the list follows the reader into the article.
	const thread =
		state.listFilter === null || reopened.filter !== null ? reopened : {...reopened, filter: state.listFilter};
	// The list window follows the cursor, so going back to the list shows the article.
	const position = listPosition(state, index, context);
	const list =
		position < 0
			? state.list
			: reduceList(
					{...state.list, cursor: position},
					{type: 'moveDown', count: 0},
					listLength(state, context),
					contentHeight(state.rows),
				);
	return refit({...state, screen: 'thread', list, thread}, context);
}

function resize(state: ExplorerState, columns: number, rows: number, context: ExplorerContext): ExplorerState {
	const sized = {...state, columns: Math.max(1, columns), rows: Math.max(1, rows)};
	const list = reduceList(
		sized.list,
		{type: 'moveDown', count: 0},
		listLength(sized, context),
		contentHeight(sized.rows),
	);
	return refit({...sized, list}, context);
}

/** The mode keys are read in: help, then the prompt or the picker, then the screen. */
export function modeOf(state: ExplorerState): Mode {
	return state.isHelpOpen ? 'help' : state.prompt !== null ? 'prompt' : state.picker !== null ? 'picker' : state.screen;
}

/**
 * A burst of keys, read one at a time, each in the mode the keys before it left, so
 * `/word` or `]y` typed in one go (a paste, SSH batching) does what it would key by key.
 * Keys that act outside the explorer (suspend, copy) are queued as effects with what
 * they act on, for the app to carry out.
 */
function pressKeys(state: ExplorerState, names: readonly string[], context: ExplorerContext): ExplorerState {
	let next = state;
	// A key with no name (F5, Insert) still closes the help: "any key".
	for (const name of names.length === 0 ? [''] : names) {
		if (next.hasQuit) {
			break;
		}
		const action = resolveKey(name, modeOf(next));
		if (action === undefined) {
			continue;
		}
		if (action.type === 'suspend') {
			next = {...next, effects: [...next.effects, {type: 'suspend'}]};
		} else if (action.type === 'copyComment' || action.type === 'copyThread') {
			const thread = next.thread;
			if (next.screen === 'thread' && thread !== null && thread.focus >= 0) {
				next = {
					...next,
					effects: [
						...next.effects,
						{type: 'copy', isThread: action.type === 'copyThread', article: thread.article, row: thread.focus},
					],
				};
			}
		} else {
			next = reduce(next, action, context);
		}
	}
	return next;
}

/** Articles in the list: all of them, or those the list's author filter keeps. */
export function listLength(state: ExplorerState, context: ExplorerContext): number {
	return state.listFilter === null ? context.articles.length : context.listArticles(state.listFilter).length;
}

/** The article at list position `position`. */
export function listedArticle(state: ExplorerState, position: number, context: ExplorerContext): number {
	return state.listFilter === null ? position : (context.listArticles(state.listFilter)[position]?.article ?? -1);
}

function listPosition(state: ExplorerState, article: number, context: ExplorerContext): number {
	return state.listFilter === null
		? article
		: context.listArticles(state.listFilter).findIndex((entry) => entry.article === article);
}

/**
 * Applies an author filter where the reader is: in an article, only those authors'
 * comments (with their ancestors as context) show, the focus moving to what stands for
 * it; on the list, only the articles they wrote in.
 */
export function applyFilter(state: ExplorerState, authors: readonly string[], context: ExplorerContext): ExplorerState {
	if (state.screen === 'thread' && state.thread !== null) {
		return refit({...state, thread: {...state.thread, filter: authors, search: null}}, context);
	}
	return {...state, listFilter: authors, list: {cursor: 0, top: 0}};
}

/**
 * Esc: leaves the innermost mode. In an article a search is cleared first, then an author
 * filter (the focus stays on the same comment), then it goes back to the list; on the
 * list it clears the list's filter.
 */
function back(state: ExplorerState, context: ExplorerContext): ExplorerState {
	const thread = state.thread;
	if (state.screen === 'thread' && thread !== null) {
		if (thread.search !== null) {
			return {...state, thread: {...thread, search: null}};
		}
		if (thread.filter !== null) {
			return refit(
				{
					...state,
					thread: {
						...thread,
						filter: null,
						folded: withoutAncestors(
							thread.folded,
							context.articles[thread.article]!.thread.parent,
							Math.max(0, thread.focus),
						),
					},
				},
				context,
			);
		}
		return context.articles.length > 1 ? {...state, screen: 'list'} : state;
	}
	if (state.listFilter !== null) {
		const position = listedArticle(state, state.list.cursor, context);
		return {
			...state,
			listFilter: null,
			list: reduceList(
				{cursor: Math.max(0, position), top: 0},
				{type: 'moveDown', count: 0},
				context.articles.length,
				contentHeight(state.rows),
			),
		};
	}
	return state;
}

/** Re-applies the window invariants after anything that changes item heights. */
export function refit(state: ExplorerState, context: ExplorerContext): ExplorerState {
	if (state.thread === null) {
		return state;
	}
	const walker = walkerFor(state, state.thread, context);
	const screen = contentHeight(state.rows);
	const top = shownFor(state.thread, context).standIn(Math.max(0, state.thread.scroll.item));
	const scrollItem = state.thread.scroll.item === headItem ? headItem : top;
	const line =
		scrollItem === state.thread.scroll.item ? Math.min(state.thread.scroll.line, walker.height(scrollItem) - 1) : 0;
	const scroll = settle(revealItem({item: scrollItem, line}, state.thread.focus, walker, screen), walker, screen);
	return {...state, thread: {...state.thread, scroll}};
}

export {walkerFor};
