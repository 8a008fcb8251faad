import type {Scroll} from './viewport.js';
import type {FoldSet} from './visibility.js';

/** The reading position inside one article. */
export interface ThreadState {
	/** Index of the article in the loaded list. */
	readonly article: number;
	/** The focused item: -1 for the article head, else a comment row. Always shown. */
	readonly focus: number;
	/** The top of the window. */
	readonly scroll: Scroll;
	/** Folded comments. */
	readonly folded: FoldSet;
	/** Whether the article body is folded away (`t`). */
	readonly isBodyFolded: boolean;
}

/** The article list's cursor and window. */
export interface ListState {
	readonly cursor: number;
	readonly top: number;
}

/** Everything the explorer shows; views draw it and nothing else. */
export interface ExplorerState {
	readonly screen: 'list' | 'thread';
	readonly list: ListState;
	/** The open article, or null before one was opened. */
	readonly thread: ThreadState | null;
	readonly isHelpOpen: boolean;
	/** One line per comment (`v`); kept across articles. */
	readonly isCompact: boolean;
	/** Terminal size in cells. */
	readonly columns: number;
	readonly rows: number;
	/** Whether the user asked to quit. */
	readonly hasQuit: boolean;
	/** The exit status to quit with: 0, or 130 after Ctrl-C. */
	readonly exitCode: number;
}

/** Lines above and below the scrolling area: the title bar and the status bar. */
export const chromeLines = 2;

/** Columns left of every item for the focus marker. */
export const gutterColumns = 2;

/** Lines the scrolling area has at this terminal height (at least 1). */
export function contentHeight(rows: number): number {
	return Math.max(1, rows - chromeLines);
}

/** Columns the items get at this terminal width (at least 10). */
export function contentWidth(columns: number): number {
	return Math.max(10, columns - gutterColumns);
}

/** A fresh reading position at the top of `article`. */
export function openThread(article: number): ThreadState {
	return {article, focus: -1, scroll: {item: -1, line: 0}, folded: new Set(), isBodyFolded: false};
}

/** The explorer as it starts: on the list, or inside the only article when there is one. */
export function initialState(articleCount: number, columns: number, rows: number): ExplorerState {
	const single = articleCount === 1;
	return {
		screen: single ? 'thread' : 'list',
		list: {cursor: 0, top: 0},
		thread: single ? openThread(0) : null,
		isHelpOpen: false,
		isCompact: false,
		columns,
		rows,
		hasQuit: false,
		exitCode: 0,
	};
}
