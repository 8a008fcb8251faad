import {useEffect, useRef} from 'react';
import type {ExplorerContext} from '../../explorer/context.js';
import type {ExplorerState} from '../../explorer/explorer-state.js';
import {rowsOnScreen} from '../../screens/thread-window.js';

/** How long after the last change the memory is written (and on quit, at once, by the caller). */
const saveDelayMs = 1500;

/**
 * Tells the memory what the reader sees: the comments in the open article's window count
 * as seen (when no help, prompt or other view covers them), and where the reader is. It
 * writes a moment after things settle, so scrolling does not write on every key.
 */
export function useRecall(state: ExplorerState, context: ExplorerContext): void {
	const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
	const recall = context.recall;
	useEffect(() => {
		if (recall === null) {
			return;
		}
		const thread = state.thread;
		const isCovered = state.isHelpOpen || state.prompt !== null || state.picker !== null || state.stars !== null;
		if (state.screen === 'thread' && thread !== null && !isCovered) {
			recall.markSeen(thread.article, rowsOnScreen(state, thread, context));
		}
		recall.setPosition({
			screen: state.screen,
			article: thread?.article ?? -1,
			focus: thread?.focus ?? -1,
			folded: thread === null ? [] : [...thread.folded],
		});
		if (timer.current !== null) {
			clearTimeout(timer.current);
		}
		timer.current = setTimeout(() => {
			timer.current = null;
			recall.save();
		}, saveDelayMs);
		timer.current.unref?.();
	}, [state, context, recall]);
	// A query entered in the prompt's history is saved with the rest (across runs).
	useEffect(() => {
		recall?.queries?.keep(state.queryHistory);
	}, [state.queryHistory, recall]);
	useEffect(
		() => () => {
			if (timer.current !== null) {
				clearTimeout(timer.current);
			}
		},
		[],
	);
}
