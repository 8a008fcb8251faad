import type {Action} from '../actions.js';
import {
	type ActiveSearch,
	contentHeight,
	openThread,
	type ExplorerState,
	type PromptState,
	type SearchHit,
} from '../explorer-state.js';
import type {ExplorerContext} from '../context.js';
import {lineAfter} from './line-edit.js';
import {matchDocs, promptArticle} from './search-steps.js';
import {hasResults, recallQuery, rememberQuery} from './query-history.js';
import {withoutAncestors} from './thread-moves.js';

/**
 * Rows a prompt's list (results, authors, stars) shows at this terminal height: the screen
 * less the title, input and status lines. The moves page by it and the views draw it.
 */
export function promptListHeight(rows: number): number {
	return Math.max(1, contentHeight(rows) - 2);
}

/** Moves a cursor by `delta` inside `count` entries and keeps it in its window of `height`. */
export function moveCursor(
	cursor: number,
	top: number,
	delta: number,
	count: number,
	height: number,
): {cursor: number; top: number} {
	const next = Math.max(0, Math.min(count - 1, cursor + delta));
	let nextTop = Math.min(top, next);
	if (next >= nextTop + height) {
		nextTop = next - height + 1;
	}
	return {cursor: Math.max(0, next), top: Math.max(0, nextTop)};
}

/** How far a move or page key moves a results or picker cursor in a list `height` rows tall. */
export function selectionDelta(
	action: Extract<Action, {type: 'moveSelection' | 'moveDown' | 'moveUp' | 'pageDown' | 'pageUp'}>,
	height: number,
): number {
	switch (action.type) {
		case 'moveSelection':
			return action.delta;
		case 'moveDown':
			return action.count;
		case 'moveUp':
			return -action.count;
		case 'pageDown':
			return height;
		default:
			return -height;
	}
}

/**
 * The search prompt (`/`). Typing changes the query at once (results catch up when the
 * search for it reports back, so a key never waits on a search); Enter opens the chosen
 * result's article with its ancestors unfolded and the focus on it, and `n` / `N` then
 * step through that article's matches.
 */
export function reducePrompt(
	state: ExplorerState,
	prompt: PromptState,
	action: Action,
	context: ExplorerContext,
): ExplorerState {
	const line = {text: prompt.query, cursor: prompt.cursor ?? prompt.query.length};
	const edited = lineAfter(line, action);
	if (edited !== null) {
		const isSame = edited.text === prompt.query;
		return {
			...state,
			prompt: {
				...prompt,
				query: edited.text,
				cursor: edited.cursor,
				selected: isSame ? prompt.selected : 0,
				top: isSame ? prompt.top : 0,
				recalled: isSame ? prompt.recalled : undefined,
			},
		};
	}
	switch (action.type) {
		case 'toggleScope': {
			return {
				...state,
				prompt: {
					...prompt,
					scope: prompt.scope === 'all' ? 'article' : 'all',
					resultsQuery: '',
					results: [],
					titles: undefined,
					titleTotal: undefined,
					selected: 0,
					top: 0,
				},
			};
		}
		case 'searchResults': {
			if (action.query !== prompt.query) {
				return state;
			}
			const docs = matchDocs(action.results, action.docs, context);
			const total = action.total ?? docs.length;
			// A refined answer to the same query keeps the reader's place in the list.
			const isRefined = prompt.resultsQuery === action.query;
			const titles = prompt.scope === 'all' ? context.titleHits(action.query) : undefined;
			const count = (titles?.hits.length ?? 0) + action.results.length;
			const selected = isRefined ? Math.min(prompt.selected, Math.max(0, count - 1)) : 0;
			const indexed = action.indexed ?? 1;
			const answered: PromptState = {
				...prompt,
				results: action.results,
				titles: titles?.hits,
				titleTotal: titles?.total,
				docs,
				total,
				indexed,
				resultsQuery: action.query,
				selected,
				top: isRefined ? Math.min(prompt.top, selected) : 0,
			};
			// Enter came first (typed ahead, pasted, a burst over SSH): act on it now, as soon as
			// there is a match to go to or the answer is final.
			const isReady = prompt.isAccepting === true && (count > 0 || indexed >= 1);
			return isReady
				? reducePrompt(state, {...answered, isAccepting: false}, {type: 'accept'}, context)
				: {...state, prompt: answered};
		}
		case 'moveSelection':
		case 'moveDown':
		case 'moveUp':
		case 'pageDown':
		case 'pageUp': {
			const height = promptListHeight(state.rows);
			const delta = selectionDelta(action, height);
			const count = (prompt.titles?.length ?? 0) + prompt.results.length;
			const moved = moveCursor(prompt.selected, prompt.top, delta, count, height);
			return {...state, prompt: {...prompt, selected: moved.cursor, top: moved.top}};
		}
		case 'recallQuery': {
			const recalled = recallQuery(prompt, state.queryHistory, action.delta);
			return recalled === prompt ? state : {...state, prompt: recalled};
		}
		case 'accept': {
			if (prompt.query.trim() !== '' && prompt.resultsQuery !== prompt.query) {
				return {...state, prompt: {...prompt, isAccepting: true}};
			}
			const titles = prompt.titles ?? [];
			const hit = prompt.results[prompt.selected - titles.length];
			const kept = rememberQuery(state, prompt);
			const title = titles[prompt.selected];
			if (title !== undefined) {
				const docs = matchDocs(prompt.results, prompt.docs, context);
				const terms = matchedTerms(prompt.results, context);
				const search =
					docs.length === 0
						? null
						: {query: prompt.resultsQuery, docs, current: -1, terms, ...searchScope(state, prompt, context)};
				return openTitle({...kept, prompt: null}, title.article, search);
			}
			return hit === undefined
				? kept
				: jumpTo({...kept, prompt: null}, hit, prompt, context, searchScope(state, prompt, context));
		}
		case 'back': {
			const found = hasResults(prompt, prompt.titles?.length ?? 0);
			return {...(found ? rememberQuery(state, prompt) : state), prompt: null};
		}
		default: {
			return state;
		}
	}
}

/**
 * Enter on a title in the search prompt's list: opens that article at its head (the one
 * open stays as it was), with `n` / `N` armed with the search's comment matches (`search`,
 * no match visited yet), so `n` goes to the first match in (or after) the article.
 */
function openTitle(state: ExplorerState, article: number, search: ActiveSearch | null): ExplorerState {
	const base = state.thread?.article === article ? state.thread : openThread(article, state.thread?.isBodyFolded);
	return {
		...state,
		screen: 'thread',
		thread: {...base, filter: null, focus: -1, scroll: {item: -1, line: 0}, search},
	};
}

/** Opens `hit`'s article, unfolds its ancestors, focuses it, and arms `n` / `N` with every match of the search. */
function jumpTo(
	state: ExplorerState,
	hit: SearchHit,
	prompt: PromptState,
	context: ExplorerContext,
	scope: Pick<ActiveSearch, 'scope' | 'isPartial'>,
): ExplorerState {
	const docs = matchDocs(prompt.results, prompt.docs, context);
	const doc = context.docStart[hit.article]! + hit.row;
	const base = state.thread?.article === hit.article ? state.thread : openThread(hit.article);
	const thread = {
		...base,
		filter: null,
		focus: hit.row,
		scroll: {item: hit.row, line: 0},
		folded: withoutAncestors(base.folded, context.articles[hit.article]!.thread.parent, hit.row),
		search: {
			query: prompt.resultsQuery,
			docs,
			current: Math.max(0, docs.indexOf(doc)),
			terms: matchedTerms(prompt.results, context),
			...scope,
		},
	};
	return {...state, screen: 'thread', thread};
}

/** Where the prompt's search looked, and whether its answer was an early one (so a full one is to come). */
function searchScope(
	state: ExplorerState,
	prompt: PromptState,
	context: ExplorerContext,
): Pick<ActiveSearch, 'scope' | 'isPartial'> {
	return {scope: prompt.scope === 'all' ? 'all' : promptArticle(state, context), isPartial: (prompt.indexed ?? 1) < 1};
}

/** The distinct matched pieces of text (2+ characters, lower case) of an article's results. */
function matchedTerms(results: readonly SearchHit[], context: ExplorerContext): string[] {
	const terms = new Set<string>();
	for (const hit of results) {
		const text = context.articles[hit.article]!.thread.text[hit.row]!;
		for (const [from, to] of hit.textRanges) {
			if (to - from >= 2 && terms.size < 64) {
				terms.add(text.slice(from, to).toLowerCase());
			}
		}
	}
	return [...terms];
}
