import type {Scroll} from './window/viewport.js';
import type {FoldSet} from '../model/visibility.js';

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
	/** Whether the article text is shortened to its first lines (`t` shows it whole); kept from article to article. */
	readonly isBodyFolded: boolean;
	/** The chosen authors of an author filter, or null: then only their comments (and context) show. */
	readonly filter: readonly string[] | null;
	/** `o`: mark replies by each thread's starter; `m`: mark every comment by this author. */
	readonly marks: Marks;
	/** The search being stepped through with `n` / `N`, or null. */
	readonly search: ActiveSearch | null;
}

/** Which comments carry a mark. */
export interface Marks {
	readonly threadStarter: boolean;
	readonly author: string | null;
}

/**
 * A search the reader jumped into: every match of it, in reading order (article by
 * article, thread order inside one), as comment numbers (`ExplorerContext.docStart`).
 */
export interface ActiveSearch {
	readonly query: string;
	readonly docs: Int32Array;
	/** Index in `docs` of the match last jumped to. */
	readonly current: number;
	/** The matched words (lower case), highlighted wherever they show in the matching comments. */
	readonly terms: readonly string[];
	/** Where it looked: every article, or the one of that number. */
	readonly scope?: 'all' | number;
	/**
	 * Whether `docs` come from an early answer over a partly built index: the full answer
	 * replaces them when it comes (`searchRefined`), so `n` / `N` reach every match.
	 */
	readonly isPartial?: boolean;
}

/** One search result: a comment, and where the query matched in it. */
export interface SearchHit {
	readonly article: number;
	readonly row: number;
	/** Matched ranges in the comment's text and author: [start, end) in UTF-16 units. */
	readonly textRanges: ReadonlyArray<readonly [number, number]>;
	readonly authorRanges: ReadonlyArray<readonly [number, number]>;
}

/** An article whose title matches a search, and where in the title (ranges in UTF-16 units). */
export interface TitleHit {
	readonly article: number;
	readonly ranges: ReadonlyArray<readonly [number, number]>;
}

/** The search prompt (`/`): what is typed, where it looks, and what it found so far. */
export interface PromptState {
	readonly query: string;
	/** Where the cursor is in `query` (UTF-16 units); at the end when absent. */
	readonly cursor?: number;
	readonly scope: 'article' | 'all';
	/** Results for `resultsQuery`, best first; they lag `query` while a search runs. */
	readonly results: readonly SearchHit[];
	/** Every match of `resultsQuery` in reading order (comment numbers), when the search gave them. */
	readonly docs?: Int32Array;
	/** How many comments match `resultsQuery` (more than `results` holds when many do). */
	readonly total?: number;
	/** The share of comments the results cover: below 1 while the index is still being built. */
	readonly indexed?: number;
	readonly resultsQuery: string;
	/** Articles whose title matches `resultsQuery` (searching all articles), best first: listed above the comments. */
	readonly titles?: readonly TitleHit[];
	/** How many titles match `resultsQuery` (more than `titles` holds when many do). */
	readonly titleTotal?: number;
	/** Index in the titles, then the results, of the entry under the cursor. */
	readonly selected: number;
	readonly top: number;
	/** Enter was pressed before the results for `query` came: they are acted on when they do. */
	readonly isAccepting?: boolean;
	/** While Up / Down browse the history: the entry shown, and what was typed before the first Up. */
	readonly recalled?: {readonly at: number; readonly draft: string};
}

/** The author picker (`a`): the narrowing text, the cursor and the authors chosen so far. */
export interface PickerState {
	readonly query: string;
	readonly scope: 'article' | 'all';
	readonly cursor: number;
	readonly top: number;
	readonly chosen: readonly string[];
	/** `chosen` as the picker opened (the filter in force): while it is the same array, Enter adds the author under the cursor. */
	readonly opened?: readonly string[];
}

/** Work a key asks for that is not a change of state: stopping to the shell, or a copy (of what was focused then). */
export type Effect =
	| {readonly type: 'suspend'}
	| {readonly type: 'copy'; readonly isThread: boolean; readonly article: number; readonly row: number}
	| {readonly type: 'star' | 'markRead'; readonly article: number; readonly row: number}
	| {readonly type: 'copyText'; readonly text: string; readonly what: string};

/** The article list's title filter (`f`): the text, where its cursor is, and whether it is being typed. */
export interface TitleFilter {
	readonly query: string;
	readonly cursor: number;
	readonly isTyping: boolean;
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
	/** The first help line on screen while the help scrolls. */
	readonly helpTop: number;
	/** The search prompt, when open. */
	readonly prompt: PromptState | null;
	/** The author picker, when open. */
	readonly picker: PickerState | null;
	/** The starred comments' view (`S`), its cursor and window, when open. */
	readonly stars: ListState | null;
	/** The article list's author filter (articles those authors wrote in), or null. */
	readonly listFilter: readonly string[] | null;
	/** The article list's title filter (only articles whose title matches are listed, best first), or null. */
	readonly titleFilter: TitleFilter | null;
	/** One line per comment (`v`); kept across articles. */
	readonly isCompact: boolean;
	/** Terminal size in cells. */
	readonly columns: number;
	readonly rows: number;
	/** Work for outside the reducer that keys asked for (suspend, copy), in order; the app does it and clears them. */
	readonly effects: readonly Effect[];
	/** A one-off message for the status bar (what was copied), cleared by the next key. */
	readonly notice: string | null;
	/** The link of the focused comment `L` copied last (the next `L` copies the one after it), or null. */
	readonly lastLink: {readonly article: number; readonly row: number; readonly index: number} | null;
	/** The queries of this session, oldest first (Up / Down in the prompt recall them); see moves/query-history.ts. */
	readonly queryHistory: readonly string[];
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

/**
 * A fresh reading position at the top of `article`, its text shortened unless the reader
 * asked for it whole (`t`) in the article read before: the first screen shows comments.
 */
export function openThread(article: number, isBodyFolded = true): ThreadState {
	return {
		article,
		focus: -1,
		scroll: {item: -1, line: 0},
		folded: new Set(),
		isBodyFolded,
		filter: null,
		marks: {threadStarter: false, author: null},
		search: null,
	};
}

/** The explorer as it starts: on the list, or inside the only article when there is one. */
export function initialState(articleCount: number, columns: number, rows: number): ExplorerState {
	const single = articleCount === 1;
	return {
		screen: single ? 'thread' : 'list',
		list: {cursor: 0, top: 0},
		thread: single ? openThread(0) : null,
		isHelpOpen: false,
		helpTop: 0,
		prompt: null,
		picker: null,
		stars: null,
		listFilter: null,
		titleFilter: null,
		isCompact: false,
		columns,
		rows,
		effects: [],
		notice: null,
		lastLink: null,
		queryHistory: [],
		hasQuit: false,
		exitCode: 0,
	};
}
