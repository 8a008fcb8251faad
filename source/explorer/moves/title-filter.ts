import type {Action} from '../actions.js';
import type {ExplorerContext} from '../context.js';
import {contentHeight, type ExplorerState, type TitleFilter} from '../explorer-state.js';
import {matchTitles, type TitleWords} from '../../search/title-match.js';
import {lineAfter} from './line-edit.js';
import {reduceList} from './list-moves.js';
import {listedArticle, listLength, listPosition} from './list-position.js';

/**
 * The articles whose `titles` (every article's, prepared by `titleWords`) match `query`, best first (see `matchTitles`: exact words,
 * then prefixes, then typos; ties in list order, so the best match is under the cursor),
 * kept to `among` (an author filter's articles, with their counts) when given.
 */
export function titledArticles(
	titles: readonly TitleWords[],
	query: string,
	among: ReadonlyArray<{readonly article: number; readonly count: number}> | null,
): ReadonlyArray<{readonly article: number; readonly count?: number}> {
	if (among === null) {
		return matchTitles(titles, query).map(({index}) => ({article: index}));
	}
	const kept = among.map(({article}) => titles[article]!);
	return matchTitles(kept, query).map(({index}) => among[index]!);
}

/** `f` on the list: the title filter typed, with the text in force (when there is one) to edit. */
export function openTitleFilter(state: ExplorerState): ExplorerState {
	if (state.screen !== 'list') {
		return state;
	}
	const query = state.titleFilter?.query ?? '';
	return {...state, titleFilter: {query, cursor: query.length, isTyping: true}};
}

/** Clears the title filter, the cursor staying on the article it was on (the top of the list when none). */
export function clearTitleFilter(state: ExplorerState, context: ExplorerContext): ExplorerState {
	const article = listedArticle(state, state.list.cursor, context);
	const cleared = {...state, titleFilter: null};
	const position = article < 0 ? 0 : listPosition(cleared, article, context);
	return {...cleared, list: {cursor: Math.max(0, position), top: Math.max(0, position - 1)}};
}

/**
 * Keys while the title filter is typed: the line edits as in the search prompt, each
 * change narrowing the list at once (the cursor on the best match); the arrows, Ctrl-n/p
 * and the page keys move in the list meanwhile; Enter keeps the filter and gives the keys
 * back to the list (a blank one is dropped); Esc clears it. The invariants keep the cursor valid.
 */
export function reduceTitleFilter(
	state: ExplorerState,
	filter: TitleFilter,
	action: Action,
	context: ExplorerContext,
): ExplorerState {
	const line = {text: filter.query, cursor: filter.cursor};
	const edited = lineAfter(line, action);
	if (edited !== null) {
		const isSame = edited.text === filter.query;
		const titleFilter = {...filter, query: edited.text, cursor: edited.cursor};
		return {...state, titleFilter, list: isSame ? state.list : {cursor: 0, top: 0}};
	}
	switch (action.type) {
		case 'accept':
			return {...state, titleFilter: filter.query.trim() === '' ? null : {...filter, isTyping: false}};
		case 'back':
			return clearTitleFilter(state, context);
		case 'moveSelection':
		case 'moveDown':
		case 'moveUp':
		case 'pageDown':
		case 'pageUp': {
			const move = action.type === 'moveSelection' ? ({type: 'moveDown', count: action.delta} as const) : action;
			const list = reduceList(state.list, move, listLength(state, context), contentHeight(state.rows));
			return {...state, list};
		}
		default:
			return state;
	}
}
