import type {Action, ActionType} from './actions.js';
import type {ExplorerContext} from './context.js';
import {contentHeight, initialState, openThread, type ExplorerState} from './explorer-state.js';
import {withInvariants} from './invariants.js';
import {withFeedback} from './moves/feedback.js';
import {reduceHelp} from './moves/help-moves.js';
import {copyNextLink} from './moves/link-moves.js';
import {reducePointer} from './moves/pointer-moves.js';
import {reduceList} from './moves/list-moves.js';
import {applyFilter, listedArticle, listLength, listPosition} from './moves/list-position.js';
import {openedPicker, reducePicker} from './moves/picker-moves.js';
import {reducePrompt} from './moves/prompt-moves.js';
import {refineSearch, stepFilterAcross, stepSearch} from './moves/search-steps.js';
import {reduceThread, withoutAncestors} from './moves/thread-moves.js';
import {markRead, reduceStars, resume, stepNew, toggleStar} from './moves/recall-moves.js';
import {clearTitleFilter, openTitleFilter, reduceTitleFilter} from './moves/title-filter.js';

export {initialState};

/**
 * The explorer's one reducer, in the manner of a dispatcher: one switch sends each
 * intent-named action to its handler, and the invariants (see `withInvariants`) are
 * applied once, at the end, whatever the handler did. Keys never reach it: `keys/`
 * turns them into actions first. Pure: the same state, action and context give the same
 * state, and nothing outside it changes (work for outside is queued as `effects`).
 */
export function reduce(state: ExplorerState, action: Action, context: ExplorerContext): ExplorerState {
	if (state.hasQuit) {
		return state;
	}
	const next = dispatch(withNoticeCleared(state, action), action, context);
	return withFeedback(
		state,
		next === state ? state : withInvariants(next, context, reshapes.has(action.type)),
		action,
		context,
	);
}

/**
 * Actions that change what the open article shows or how tall it is (folds, view modes,
 * size, filters, jumps): after them the focus is brought fully into view.
 */
const reshapes = new Set<ActionType>([
	'resize',
	'toggleCompact',
	'toggleBody',
	'toggleFold',
	'foldOrParent',
	'unfoldOrChild',
	'foldAll',
	'unfoldAll',
	'unfoldToDepth',
	'openArticle',
	'openFocused',
	'setFilter',
	'accept',
	'back',
	'nextMatch',
	'previousMatch',
	'nextNew',
	'resume',
]);

/** A notice lasts until the next thing the reader does (a resize or arriving results are not that). */
function withNoticeCleared(state: ExplorerState, action: Action): ExplorerState {
	const keepsNotice =
		action.type === 'resize' ||
		action.type === 'searchResults' ||
		action.type === 'searchRefined' ||
		action.type === 'notify' ||
		action.type === 'effectsDone';
	return state.notice === null || keepsNotice ? state : {...state, notice: null};
}

function dispatch(state: ExplorerState, action: Action, context: ExplorerContext): ExplorerState {
	switch (action.type) {
		case 'interrupt':
			return {...state, hasQuit: true, exitCode: 130};
		case 'resize':
			return {...state, columns: Math.max(1, action.columns), rows: Math.max(1, action.rows)};
		case 'notify':
			return {...state, notice: action.text};
		case 'effectsDone':
			return state.effects.length === 0 ? state : {...state, effects: []};
		case 'suspend':
			return {...state, effects: [...state.effects, {type: 'suspend'}]};
		case 'copyComment':
		case 'copyThread':
			return queueCopy(state, action.type === 'copyThread');
		case 'copyLink':
			return copyNextLink(state, context);
		case 'searchRefined':
			return refineSearch(state, action);
		default:
			break;
	}
	if (state.isHelpOpen) {
		return reduceHelp(state, action, context);
	}
	if (state.prompt !== null) {
		return reducePrompt(state, state.prompt, action, context);
	}
	if (state.picker !== null) {
		return reducePicker(state, state.picker, action, context);
	}
	if (state.stars !== null) {
		return reduceStars(state, state.stars, action, context);
	}
	if (state.screen === 'list' && state.titleFilter?.isTyping === true) {
		return reduceTitleFilter(state, state.titleFilter, action, context);
	}
	switch (action.type) {
		case 'openSearch':
			return openSearch(state, '');
		case 'openTitleFilter':
			return openTitleFilter(state);
		case 'nextNew':
			return stepNew(state, true, context);
		case 'markArticleRead':
			return markRead(state, context);
		case 'toggleStar':
			return toggleStar(state, context);
		case 'openStars':
			return context.recall === null
				? {...state, notice: 'stars need the reading state (it is off)'}
				: {...state, stars: {cursor: 0, top: 0}};
		case 'resume':
			return resume(state, action, context);
		case 'startSearch':
			return openSearch(state, action.query);
		case 'openPicker':
			return {...state, picker: openedPicker(state)};
		case 'setFilter':
			return action.authors.length === 0 ? state : applyFilter(state, action.authors);
		case 'back':
			return back(state, context);
		case 'openHelp':
			return {...state, isHelpOpen: true};
		case 'closeHelp':
			return state;
		case 'toggleCompact':
			return {...state, isCompact: !state.isCompact};
		case 'quit':
			return quit(state, context);
		case 'openArticle':
			return openArticle(state, action.index, context);
		case 'nextMatch':
		case 'previousMatch':
			return (
				stepSearch(state, action.type === 'nextMatch' ? 1 : -1, context) ??
				stepFilterAcross(state, action.type === 'nextMatch' ? 1 : -1, context) ??
				moveOnScreen(state, action, context)
			);
		case 'scrollBy':
		case 'focusItem':
			return reducePointer(state, action, context);
		case 'openFocused':
			return state.screen === 'list'
				? openArticle(state, listedArticle(state, state.list.cursor, context), context)
				: state;
		default:
			return moveOnScreen(state, action, context);
	}
}

/** Moves and folds of the screen in front: the list's cursor, or the open article's focus. */
function moveOnScreen(state: ExplorerState, action: Action, context: ExplorerContext): ExplorerState {
	if (state.screen === 'list') {
		const list = reduceList(state.list, action, listLength(state, context), contentHeight(state.rows));
		return list.cursor === state.list.cursor && list.top === state.list.top ? state : {...state, list};
	}
	if (state.thread === null) {
		return state;
	}
	const thread = reduceThread(state, state.thread, action, context);
	return thread === state.thread ? state : {...state, thread};
}

/** `/`: the search prompt, scoped to the open article in a thread and to all articles on the list. */
function openSearch(state: ExplorerState, query: string): ExplorerState {
	const scope = state.screen === 'thread' ? 'article' : 'all';
	return {...state, prompt: {query, scope, results: [], resultsQuery: '', selected: 0, top: 0}};
}

/** `y` / `Y`: queues a copy of the focused comment (or its thread) for the app to send. */
function queueCopy(state: ExplorerState, isThread: boolean): ExplorerState {
	const thread = state.thread;
	if (state.screen !== 'thread' || thread === null || thread.focus < 0) {
		return state;
	}
	const effect = {type: 'copy', isThread, article: thread.article, row: thread.focus} as const;
	return {...state, effects: [...state.effects, effect]};
}

/** `q`: from an article back to the list (when there is one to go back to), else quit. */
function quit(state: ExplorerState, context: ExplorerContext): ExplorerState {
	return state.screen === 'thread' && context.articles.length > 1
		? {...state, screen: 'list'}
		: {...state, hasQuit: true};
}

function openArticle(state: ExplorerState, index: number, context: ExplorerContext): ExplorerState {
	if (index < 0 || index >= context.articles.length) {
		return state;
	}
	const reopened = state.thread?.article === index ? state.thread : openThread(index, state.thread?.isBodyFolded);
	// An author filter on the list follows the reader into the article.
	const thread =
		state.listFilter === null || reopened.filter !== null ? reopened : {...reopened, filter: state.listFilter};
	// The list cursor follows, so going back to the list shows the article.
	const position = listPosition(state, index, context);
	const list = position < 0 ? state.list : {...state.list, cursor: position};
	return {...state, screen: 'thread', list, thread};
}

/**
 * Esc: leaves the innermost mode. In an article a search is cleared first, then an author
 * filter (the focus stays on the same comment, its ancestors unfolded), then it goes back
 * to the list; on the list it clears the list's filter, keeping the cursor's article.
 */
function back(state: ExplorerState, context: ExplorerContext): ExplorerState {
	const thread = state.thread;
	if (state.screen === 'thread' && thread !== null) {
		if (thread.search !== null) {
			return {...state, thread: {...thread, search: null}};
		}
		if (thread.filter !== null) {
			const parents = context.articles[thread.article]!.thread.parent;
			const folded = withoutAncestors(thread.folded, parents, Math.max(0, thread.focus));
			return {...state, thread: {...thread, filter: null, folded}};
		}
		return context.articles.length > 1 ? {...state, screen: 'list'} : state;
	}
	if (state.titleFilter !== null) {
		return clearTitleFilter(state, context);
	}
	if (state.listFilter !== null) {
		const position = listedArticle(state, state.list.cursor, context);
		return {...state, listFilter: null, list: {cursor: Math.max(0, position), top: 0}};
	}
	return state;
}
