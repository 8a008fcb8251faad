import {useMemo, useReducer} from 'react';
import type {Action} from '../../explorer/actions.js';
import type {ExplorerContext} from '../../explorer/context.js';
import type {ExplorerState} from '../../explorer/explorer-state.js';
import {initialState, reduce} from '../../explorer/reducer.js';
import {pressKeys} from '../../keys/press-keys.js';
import {pressMouse, type Pointer} from '../../keys/mouse-actions.js';

export {createExplorerContext} from '../../explorer/explorer-context.js';

/** What reaches the explorer: named keys from the keyboard, or an action from the app (results, resize, ...). */
export type ExplorerInput =
	| {readonly keys: readonly string[]}
	| {readonly action: Action}
	| {readonly pointer: Pointer};

/**
 * The explorer's state and its one dispatch: keys go through the key table (`pressKeys`)
 * and every change through the one reducer.
 */
export function useExplorer(
	context: ExplorerContext,
	columns: number,
	rows: number,
): readonly [ExplorerState, (input: ExplorerInput) => void] {
	const reducer = useMemo(
		() => (state: ExplorerState, input: ExplorerInput) =>
			'keys' in input
				? pressKeys(state, input.keys, context)
				: 'pointer' in input
					? pressMouse(state, input.pointer, context)
					: reduce(state, input.action, context),
		[context],
	);
	// The prompt's history starts with the queries of earlier runs (none when the state is off).
	return useReducer(reducer, undefined, () => ({
		...initialState(context.articles.length, columns, rows),
		queryHistory: context.recall?.queries?.read() ?? [],
	}));
}
