import {contentWidth, type ExplorerState, type ThreadState} from '../explorer-state.js';
import type {ExplorerContext} from '../context.js';
import {filteredItems, foldedItems, type ShownItems} from '../../model/shown-items.js';
import type {ItemWalker} from './viewport.js';
import {headItem} from '../../model/visibility.js';

/** What the open article shows: its author filter's rows when one is on, else its folded tree. */
export function shownFor(thread: ThreadState, context: ExplorerContext): ShownItems {
	const rows = context.articles[thread.article]!.thread;
	return thread.filter === null
		? foldedItems(rows, thread.folded)
		: filteredItems(context.filterRows(thread.article, thread.filter));
}

/** The window's view of the shown items of the open article, measured by its layout. */
export function walkerFor(state: ExplorerState, thread: ThreadState, context: ExplorerContext): ItemWalker {
	const layout = context.layout(thread.article, contentWidth(state.columns), state.isCompact, thread.isBodyFolded);
	const shown = shownFor(thread, context);
	return {
		first: headItem,
		next: (item) => shown.next(item),
		previous: (item) => shown.previous(item),
		height: (item) => layout.height(item, shown),
	};
}
