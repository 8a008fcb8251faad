import type {Action} from './actions.js';
import {contentHeight, contentWidth, initialState, openThread, type ExplorerState, type ThreadState} from './explorer-state.js';
import type {ThreadLayout} from './layout.js';
import {reduceList} from './list-moves.js';
import {nextSibling, previousSibling, threadRoot} from './rows.js';
import type {Article} from './types.js';
import {overflowsBelow, revealItem, scrollBy, settle, windowSlices, type ItemWalker, type Scroll} from './viewport.js';
import {foldAllThreads, foldBelowDepth, headItem, lastShown, nextShown, previousShown, visibleStandIn, type FoldSet} from './visibility.js';

/** What the reducer reads besides the state: the articles and their (cached) layouts. */
export interface ExplorerContext {
	readonly articles: readonly Article[];
	/** The layout of an article at a width and view mode; the same object for the same inputs. */
	layout(article: number, width: number, isCompact: boolean, isBodyFolded: boolean): ThreadLayout;
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
	if (action.type === 'interrupt') {
		return {...state, hasQuit: true, exitCode: 130};
	}
	if (state.isHelpOpen) {
		return action.type === 'resize' ? resize(state, action.columns, action.rows, context) : {...state, isHelpOpen: false};
	}
	switch (action.type) {
		case 'resize': {
			return resize(state, action.columns, action.rows, context);
		}
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
			return state.screen === 'thread' && context.articles.length > 1 ? {...state, screen: 'list'} : {...state, hasQuit: true};
		}
		case 'back': {
			return state.screen === 'thread' && context.articles.length > 1 ? {...state, screen: 'list'} : state;
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
			return openArticle(state, state.list.cursor, context);
		}
		return {...state, list: reduceList(state.list, action, context.articles.length, contentHeight(state.rows))};
	}
	return state.thread === null ? state : {...state, thread: reduceThread(state, state.thread, action, context)};
}

function openArticle(state: ExplorerState, index: number, context: ExplorerContext): ExplorerState {
	if (index < 0 || index >= context.articles.length) {
		return state;
	}
	const thread = state.thread?.article === index ? state.thread : openThread(index);
	// The list window follows the cursor, so going back to the list shows the article.
	const list = reduceList({...state.list, cursor: index}, {type: 'moveDown', count: 0}, context.articles.length, contentHeight(state.rows));
	return {...state, screen: 'thread', list, thread};
}

function resize(state: ExplorerState, columns: number, rows: number, context: ExplorerContext): ExplorerState {
	const sized = {...state, columns: Math.max(1, columns), rows: Math.max(1, rows)};
	const list = reduceList(sized.list, {type: 'moveDown', count: 0}, context.articles.length, contentHeight(sized.rows));
	return refit({...sized, list}, context);
}

/** Re-applies the window invariants after anything that changes item heights. */
function refit(state: ExplorerState, context: ExplorerContext): ExplorerState {
	if (state.thread === null) {
		return state;
	}
	const walker = walkerFor(state, state.thread, context);
	const screen = contentHeight(state.rows);
	const top = visibleStandIn(context.articles[state.thread.article]!.thread, state.thread.folded, Math.max(0, state.thread.scroll.item));
	const scrollItem = state.thread.scroll.item === headItem ? headItem : top;
	const line = scrollItem === state.thread.scroll.item ? Math.min(state.thread.scroll.line, walker.height(scrollItem) - 1) : 0;
	const scroll = settle(revealItem({item: scrollItem, line}, state.thread.focus, walker, screen), walker, screen);
	return {...state, thread: {...state.thread, scroll}};
}

/** The window's view of the shown items of the open article, measured by its layout. */
export function walkerFor(state: ExplorerState, thread: ThreadState, context: ExplorerContext): ItemWalker {
	const rows = context.articles[thread.article]!.thread;
	const layout = context.layout(thread.article, contentWidth(state.columns), state.isCompact, thread.isBodyFolded);
	const {folded} = thread;
	return {
		first: headItem,
		next: (item) => nextShown(rows, folded, item),
		previous: (item) => previousShown(rows, folded, item),
		height: (item) => layout.height(item, folded),
	};
}

function reduceThread(state: ExplorerState, thread: ThreadState, action: Action, context: ExplorerContext): ThreadState {
	const rows = context.articles[thread.article]!.thread;
	const screen = contentHeight(state.rows);
	const walker = walkerFor(state, thread, context);
	const {focus, folded} = thread;
	/** Moves the focus to `target` (when it exists) and brings it on screen. */
	const focusOn = (target: number | null): ThreadState =>
		target === null || target < headItem ? thread : {...thread, focus: target, scroll: settle(revealItem(thread.scroll, target, walker, screen), walker, screen)};
	/** Folds or shows the article body: only the head changes height, so a window on it goes back to its top. */
	const toggleBody = (): ThreadState => {
		const changed = {...thread, isBodyFolded: !thread.isBodyFolded};
		const nextWalker = walkerFor(state, changed, context);
		const scroll = changed.scroll.item === headItem ? {item: headItem, line: 0} : changed.scroll;
		return {...changed, scroll: settle(revealItem(scroll, changed.focus, nextWalker, screen), nextWalker, screen)};
	};
	/** Applies new folds: the focus and the window's top move to what stands in for them. */
	const refold = (next: FoldSet): ThreadState => {
		const changed = {...thread, folded: next};
		const nextWalker = walkerFor(state, changed, context);
		const standIn = focus === headItem ? headItem : visibleStandIn(rows, next, focus);
		const top = thread.scroll.item === headItem ? headItem : visibleStandIn(rows, next, thread.scroll.item);
		// The top item may have become shorter (folded): keep the window's line inside it.
		const scroll = top === thread.scroll.item ? {item: top, line: Math.min(thread.scroll.line, nextWalker.height(top) - 1)} : {item: top, line: 0};
		return {...changed, focus: standIn, scroll: settle(revealItem(scroll, standIn, nextWalker, screen), nextWalker, screen)};
	};
	switch (action.type) {
		case 'moveDown': {
			let next = thread;
			for (let i = 0; i < action.count; i++) {
				next = overflowsBelow(next.scroll, next.focus, walker, screen)
					? {...next, scroll: scrollBy(next.scroll, 1, walker, screen)}
					: step(next, nextShown(rows, folded, next.focus), walker, screen);
			}
			return next;
		}
		case 'moveUp': {
			let next = thread;
			for (let i = 0; i < action.count; i++) {
				next = next.scroll.item === next.focus && next.scroll.line > 0
					? {...next, scroll: scrollBy(next.scroll, -1, walker, screen)}
					: step(next, previousShown(rows, folded, next.focus), walker, screen);
			}
			return next;
		}
		case 'pageDown':
		case 'pageUp': {
			return page(thread, action.type === 'pageDown' ? 1 : -1, Math.max(1, Math.floor(screen * action.fraction)), walker, screen);
		}
		case 'nextSibling': {
			return focusOn(focus === headItem ? (rows.size > 0 ? 0 : null) : orNull(nextSibling(rows, focus)));
		}
		case 'previousSibling': {
			return focusOn(focus === headItem ? null : orNull(previousSibling(rows, focus)));
		}
		case 'nextThread': {
			const after = focus === headItem ? 0 : rows.end[threadRoot(rows, focus)]! + 1;
			return focusOn(after < rows.size ? after : null);
		}
		case 'previousThread': {
			if (focus <= 0) {
				return focusOn(focus === 0 ? headItem : null);
			}
			const root = threadRoot(rows, focus);
			return focusOn(root !== focus ? root : orNull(previousSibling(rows, root)));
		}
		case 'focusParent': {
			return focusOn(focus === headItem ? null : orNull(rows.parent[focus]!));
		}
		case 'foldOrParent': {
			if (focus === headItem) {
				return thread;
			}
			if (rows.end[focus]! > focus && !folded.has(focus)) {
				return refold(withFold(folded, focus, true));
			}
			return focusOn(orNull(rows.parent[focus]!));
		}
		case 'unfoldOrChild': {
			if (focus === headItem) {
				return thread;
			}
			if (folded.has(focus)) {
				return refold(withFold(folded, focus, false));
			}
			return focusOn(rows.end[focus]! > focus ? focus + 1 : null);
		}
		case 'toggleFold': {
			return focus === headItem ? toggleBody() : refold(withFold(folded, focus, !folded.has(focus)));
		}
		case 'foldAll': {
			return refold(foldAllThreads(rows));
		}
		case 'unfoldAll': {
			return refold(new Set());
		}
		case 'unfoldToDepth': {
			return refold(foldBelowDepth(rows, action.depth));
		}
		case 'first': {
			return focusOn(headItem);
		}
		case 'last': {
			return focusOn(lastShown(rows, folded));
		}
		case 'toggleBody': {
			return toggleBody();
		}
		default: {
			return thread;
		}
	}
}

function orNull(row: number): number | null {
	return row < 0 ? null : row;
}

function withFold(folded: FoldSet, row: number, isFolded: boolean): FoldSet {
	const next = new Set(folded);
	if (isFolded) {
		next.add(row);
	} else {
		next.delete(row);
	}
	return next;
}

/** One focus step to `target` (null: stay), revealing it. */
function step(thread: ThreadState, target: number | null, walker: ItemWalker, screen: number): ThreadState {
	if (target === null) {
		return thread;
	}
	return {...thread, focus: target, scroll: settle(revealItem(thread.scroll, target, walker, screen), walker, screen)};
}

/**
 * Scrolls a page (`lines`) and puts the focus on the first item that starts on the new
 * screen, so the focus follows the reading position, but never against the page's
 * direction: a focus still on screen past that item (half a page down) stays. At either
 * end, where the window cannot move, the focus goes to the first or last item instead;
 * the window stays put (it is at the end, and already shows that item).
 */
function page(thread: ThreadState, direction: 1 | -1, lines: number, walker: ItemWalker, screen: number): ThreadState {
	const scroll: Scroll = scrollBy(thread.scroll, direction * lines, walker, screen);
	const slices = windowSlices(scroll, walker, screen);
	if (scroll.item === thread.scroll.item && scroll.line === thread.scroll.line) {
		const edge = direction > 0 ? slices.at(-1)?.item : slices[0]?.item;
		return edge === undefined ? thread : {...thread, focus: edge};
	}
	// An item that starts on screen, with more than its first line showing when that line
	// may be the blank gap above a thread (a focus there would show no focused line).
	const starting = slices.find((slice) => slice.from === 0 && (slice.to >= 2 || slice.to === walker.height(slice.item))) ?? slices[0];
	if (starting === undefined) {
		return thread;
	}
	const isBackwards = direction > 0 ? starting.item < thread.focus : starting.item > thread.focus;
	return {...thread, focus: isBackwards ? thread.focus : starting.item, scroll};
}
