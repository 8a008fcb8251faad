/**
 * A reader's session in process, shared by the key tests: keys go through the key table
 * (`pressKeys`) and the one reducer, and the invariants are checked after every key.
 */
import {expect} from 'vitest';
import type {Action} from '../../source/explorer/actions.js';
import {createExplorerContext} from '../../source/explorer/explorer-context.js';
import type {ExplorerState} from '../../source/explorer/explorer-state.js';
import type {Recall} from '../../source/explorer/recall.js';
import {initialState, reduce} from '../../source/explorer/reducer.js';
import {pressKeys} from '../../source/keys/press-keys.js';
import type {Article} from '../../source/model/types.js';
import {headItem} from '../../source/model/visibility.js';
import {invariantProblems} from './invariants.js';

/**
 * A session on `articles`: keys by name (`j`, `space`, `return` ...), the invariants checked
 * after each; `recall`, what comb remembers of earlier runs (none by default).
 */
export function startSession(articles: readonly Article[], columns = 80, rows = 30, recall: Recall | null = null) {
	const context = createExplorerContext(articles, true, recall);
	let state: ExplorerState = initialState(articles.length, columns, rows);
	const check = (what: string) => expect(invariantProblems(state, context), what).toEqual([]);
	return {
		context,
		get state() {
			return state;
		},
		/** Keys, one event each (space-separated names). */
		keys(line: string) {
			for (const name of line.split(' ').filter((key) => key !== '')) {
				state = pressKeys(state, [name], context);
				check(`after ${name} of "${line}"`);
			}
			return this;
		},
		/** One input event holding several keys at once (a burst). */
		burst(names: readonly string[]) {
			state = pressKeys(state, names, context);
			check(`after the burst ${names.join(' ')}`);
			return this;
		},
		act(action: Action) {
			state = reduce(state, action, context);
			check(`after ${action.type}`);
			return this;
		},
		/** The author of the focused comment (`head` for the article head). */
		get focus(): string {
			const thread = state.thread!;
			return thread.focus === headItem ? 'head' : context.articles[thread.article]!.thread.author[thread.focus]!;
		},
		/** The authors of the focused comment's row numbers, for a row list. */
		authors(rows: readonly number[]): string[] {
			return rows.map((row) => context.articles[state.thread!.article]!.thread.author[row]!);
		},
	};
}
