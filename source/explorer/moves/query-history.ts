import type {ExplorerState, PromptState} from '../explorer-state.js';

/** Most queries the history keeps (the oldest go first). */
export const historyLimit = 100;

/**
 * `history` with `query` added as its newest entry, as a shell keeps its history: the
 * query trimmed (spaces around it mean nothing to a search), a blank one not kept, nor one
 * equal to the newest entry (pressing Enter twice stores it once); at most `historyLimit`.
 */
export function remembered(history: readonly string[], query: string): readonly string[] {
	const entry = query.trim();
	if (entry === '' || history.at(-1) === entry) {
		return history;
	}
	const next = [...history, entry];
	return next.length > historyLimit ? next.slice(next.length - historyLimit) : next;
}

/** The state with the prompt's query entered in the history (when it is worth keeping, see `remembered`). */
export function rememberQuery(state: ExplorerState, prompt: PromptState): ExplorerState {
	const queryHistory = remembered(state.queryHistory, prompt.query);
	return queryHistory === state.queryHistory ? state : {...state, queryHistory};
}

/** Whether leaving the prompt now leaves it with results for what is typed (then the query is worth keeping). */
export function hasResults(prompt: PromptState, titles = 0): boolean {
	return prompt.resultsQuery === prompt.query && prompt.results.length + titles > 0;
}

/**
 * Up (`delta` -1) and Down (1) in the search prompt, as in a shell: Up shows the query
 * before the one shown (the newest first), staying on the oldest; Down the one after it,
 * and Down past the newest gives back what was typed before the first Up. A recalled
 * query replaces the line like typing would (the cursor at its end, the results cleared,
 * so its search runs); editing it ends the browsing (see the prompt's edits).
 */
export function recallQuery(prompt: PromptState, history: readonly string[], delta: -1 | 1): PromptState {
	const at = prompt.recalled?.at ?? history.length;
	const next = at + delta;
	if (next < 0 || next > history.length || next === at) {
		return prompt;
	}
	const draft = prompt.recalled?.draft ?? prompt.query;
	const isDraft = next === history.length;
	const query = isDraft ? draft : history[next]!;
	const recalled = isDraft ? undefined : {at: next, draft};
	return {...prompt, query, cursor: query.length, recalled, selected: 0, top: 0};
}
