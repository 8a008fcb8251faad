export {createExplorerContext} from '../../explorer/explorer-context.js';
import {useMemo, useReducer} from 'react';
import type {Action} from '../../explorer/actions.js';
import type {ExplorerState} from '../../explorer/explorer-state.js';
import {initialState, reduce, type ExplorerContext} from '../../explorer/navigate.js';

/** The explorer's state and its one dispatch, every change going through `reduce`. */
export function useExplorer(
	context: ExplorerContext,
	columns: number,
	rows: number,
): readonly [ExplorerState, (action: Action) => void] {
	const reducer = useMemo(() => (state: ExplorerState, action: Action) => reduce(state, action, context), [context]);
	return useReducer(reducer, undefined, () => initialState(context.articles.length, columns, rows));
}
