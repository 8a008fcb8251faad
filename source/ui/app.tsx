import {useCallback, useEffect, useMemo} from 'react';
import type {Action} from '../explorer/actions.js';
import {articleName} from '../layout/article-rows.js';
import {listColumns, listRow, measureList} from '../layout/list-columns.js';
import {type CopyResult, commentCopy, threadCopy} from '../output/copy-text.js';
import {contentHeight, contentWidth, type ThreadState} from '../explorer/explorer-state.js';
import type {ExplorerContext} from '../explorer/context.js';
import {listedEntries, listLength} from '../explorer/moves/list-position.js';
import {listNotes} from '../screens/list-notes.js';
import {pickerWindow, searchWindow} from '../screens/prompt-window.js';
import {countLabel, formatCount} from '../text/format-count.js';
import {countThreads} from '../model/rows.js';
import {sanitizeLine} from '../text/sanitize.js';
import {focusPosition, threadWindow} from '../screens/thread-window.js';
import type {Article} from '../model/types.js';
import {createExplorerContext, useExplorer} from './hooks/use-explorer.js';
import {useKeymap} from './hooks/use-keymap.js';
import {useSearch} from './hooks/use-search.js';
import {promptArticle, searchToRefine} from '../explorer/moves/search-steps.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {ArticleList} from './views/article-list.js';
import {HelpScreen} from './views/help-screen.js';
import {helpLines} from '../screens/help-text.js';
import {PromptScreen} from './views/prompt-screen.js';
import {ThreadScreen} from './views/thread-screen.js';
import type {Theme} from './views/theme.js';
import {minimumSize} from '../terminal/capabilities.js';
import {Box, Text} from 'ink';
import type {Recall} from '../explorer/recall.js';
import {newLabel, starsWindow} from '../screens/stars-window.js';
import {tooSmallLines} from '../screens/too-small.js';
import {useRecall} from './hooks/use-recall.js';
import {glyphsFor, labels} from '../text/glyphs.js';

/** The status bar's notes on what is active in an article: search, filter, marks, view. */
function threadModes(thread: ThreadState, isCompact: boolean, ascii: boolean, context: ExplorerContext): string[] {
	const notes: string[] = [];
	if (thread.search !== null) {
		// No match visited yet (an article opened from its title in the results): how many there are.
		const where =
			thread.search.current < 0
				? countLabel(thread.search.docs.length, 'match', 'matches')
				: `match ${formatCount(thread.search.current + 1)}/${formatCount(thread.search.docs.length)}`;
		notes.push(`${where} "${sanitizeLine(thread.search.query)}"`);
	}
	if (thread.filter !== null) {
		const chosen = context.filterRows(thread.article, thread.filter).chosen;
		const position = chosen.indexOf(thread.focus);
		const where =
			position >= 0
				? `${formatCount(position + 1)}/${formatCount(chosen.length)}`
				: countLabel(chosen.length, 'comment', 'comments');
		notes.push(`filter: ${thread.filter.map((name) => sanitizeLine(name) || labels.anonymous).join(', ')} (${where})`);
	}
	if (thread.marks.threadStarter) {
		notes.push('OP marked');
	}
	if (thread.marks.author !== null) {
		notes.push(`${glyphsFor(ascii).star} ${sanitizeLine(thread.marks.author)}`);
	}
	if (isCompact) {
		notes.push('compact');
	}
	// The comments marked new in this article (they keep their mark while the reader is here).
	const marked = context.recall?.newRows(thread.article).length ?? 0;
	if (marked > 0) {
		notes.push(`${formatCount(marked)} new`);
	}
	return notes;
}

const noProblems: readonly string[] = [];

/** Props of the explorer. */
export interface AppProps {
	readonly articles: readonly Article[];
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	/** Called once when the user quits, with the exit status. */
	readonly onQuit: (exitCode: number) => void;
	/**
	 * Suspends comb to the shell (Ctrl-Z); the terminal is restored while it is stopped.
	 * Returns why it could not (no shell with job control above comb), for the status bar.
	 */
	readonly onSuspend?: () => string | undefined;
	/** Hands over a way to put a message in the status bar from outside the keys (a signal). */
	readonly connect?: (notify: (text: string) => void) => void;
	/** Puts text on the user's clipboard (OSC 52); says whether it had to be cut. */
	readonly onCopy?: (text: string) => Pick<CopyResult, 'isCut' | 'characters' | 'totalCharacters' | 'bytes'>;
	/** The reading width text wraps at (`--text-width`; 0: the full width); 100 when absent. */
	readonly textWidth?: number;
	/** What went wrong loading the inputs (each a sanitized line): listed at the top of the help. */
	readonly problems?: readonly string[];
	/** Actions to apply once at start (`--search`, `--author` from the command line). */
	readonly initialActions?: readonly Action[];
	/** What comb remembers of earlier runs, or null when the state is off. */
	readonly recall?: Recall | null;
}

/** The explorer: wires state and keys to the views; it holds no state of its own. */
export function App({
	articles,
	theme,
	columns,
	rows,
	onQuit,
	onSuspend,
	onCopy,
	connect,
	initialActions,
	recall = null,
	problems = noProblems,
	textWidth,
}: AppProps) {
	const context = useMemo(
		() => ({
			...createExplorerContext(articles, theme.ascii, recall, textWidth),
			helpLength: (width: number, height: number) => helpLines(width, height - 2, theme.ascii, problems).length,
		}),
		[articles, theme.ascii, recall, problems, textWidth],
	);
	const [state, send] = useExplorer(context, columns, rows);
	const dispatch = useCallback((action: Action) => send({action}), [send]);
	useEffect(() => {
		for (const action of initialActions ?? []) {
			dispatch(action);
		}
	}, [initialActions, dispatch]);
	useKeymap(send);
	useEffect(() => {
		connect?.((text) => dispatch({type: 'notify', text}));
	}, [connect, dispatch]);
	// Effects that keys queued: carried out here, in order, then cleared.
	useEffect(() => {
		if (state.effects.length === 0) {
			return;
		}
		for (const effect of state.effects) {
			if (effect.type === 'suspend') {
				const refusal = onSuspend?.();
				if (refusal !== undefined) {
					dispatch({type: 'notify', text: refusal});
				}
			} else if (effect.type === 'star' || effect.type === 'markRead') {
				if (effect.type === 'markRead') {
					recall?.markArticleRead(effect.article);
				} else {
					const isOn = recall?.toggleStar(effect.article, effect.row) === true;
					dispatch({type: 'notify', text: isOn ? 'starred (S lists the starred comments)' : 'unstarred'});
				}
				recall?.save();
			} else if (effect.type === 'copyText') {
				const isCut = onCopy?.(effect.text).isCut ?? false;
				const where = onCopy === undefined ? 'nowhere to copy to' : `copied to the clipboard${isCut ? ', cut' : ''}`;
				dispatch({type: 'notify', text: `${effect.what}: ${effect.text} (${where})`});
			} else if (effect.type === 'copy' && onCopy !== undefined) {
				const rowsOf = articles[effect.article]!.thread;
				const text = effect.isThread ? threadCopy(rowsOf, effect.row) : commentCopy(rowsOf, effect.row);
				const sent = onCopy(text);
				const author = rowsOf.author[effect.row] === '' ? labels.anonymous : sanitizeLine(rowsOf.author[effect.row]!);
				const what = effect.isThread ? `the thread below ${author}` : `the comment by ${author}`;
				dispatch({
					type: 'notify',
					text: sent.isCut
						? `copied the first ${formatCount(sent.characters)} of ${countLabel(sent.totalCharacters, 'character', 'characters')} of ${what} (the ${Math.round(sent.bytes / 1000)} kB a terminal takes; OSC 52)`
						: `copied ${what} to the clipboard (${countLabel(sent.characters, 'character', 'characters')}; OSC 52)`,
				});
			}
		}
		dispatch({type: 'effectsDone'});
	}, [state.effects, articles, onCopy, onSuspend, dispatch, recall]);
	useRecall(state, context);
	useSearch(state.prompt, promptArticle(state, context), searchToRefine(state), context, dispatch);
	useTerminalSize(
		useCallback(
			(width: number, height: number) => dispatch({type: 'resize', columns: width, rows: height}),
			[dispatch],
		),
	);
	useEffect(() => {
		if (state.hasQuit) {
			onQuit(state.exitCode);
		}
	}, [state.hasQuit, state.exitCode, onQuit]);

	const listMeasure = useMemo(() => measureList(articles), [articles]);
	const totalComments = useMemo(() => articles.reduce((sum, article) => sum + article.thread.size, 0), [articles]);
	const {dot} = glyphsFor(theme.ascii);
	if (state.columns < minimumSize.columns || state.rows < minimumSize.rows) {
		return (
			<Box flexDirection="column">
				{tooSmallLines(state.columns, state.rows, minimumSize).map((line) => (
					<Text key={line} wrap="truncate">
						{line}
					</Text>
				))}
			</Box>
		);
	}
	if (state.isHelpOpen) {
		return (
			<HelpScreen
				columns={state.columns}
				rows={state.rows}
				ascii={theme.ascii}
				top={state.helpTop}
				problems={problems}
			/>
		);
	}
	if (state.prompt !== null) {
		return (
			<PromptScreen
				window={searchWindow(state, state.prompt, context, theme.ascii)}
				columns={state.columns}
				rows={state.rows}
				theme={theme}
			/>
		);
	}
	if (state.stars !== null) {
		return (
			<PromptScreen
				window={starsWindow(state, state.stars, context, theme.ascii)}
				columns={state.columns}
				rows={state.rows}
				theme={theme}
			/>
		);
	}
	if (state.picker !== null) {
		return (
			<PromptScreen
				window={pickerWindow(state, state.picker, context, theme.ascii)}
				columns={state.columns}
				rows={state.rows}
				theme={theme}
			/>
		);
	}
	if (state.screen === 'thread' && state.thread !== null) {
		const article = articles[state.thread.article]!;
		const title = sanitizeLine(articleName(article));
		const counts = `${countLabel(article.thread.size, 'comment', 'comments')}${dot}${countLabel(countThreads(article.thread), 'thread', 'threads')}`;
		const back = articles.length > 1 ? 'q list' : 'q quit';
		return (
			<ThreadScreen
				title={title}
				counts={counts}
				lines={threadWindow(state, state.thread, context)}
				status={
					state.notice ??
					[
						focusPosition(state, state.thread, context, theme.ascii),
						...threadModes(state.thread, state.isCompact, theme.ascii, context),
					].join(dot)
				}
				hint={`j/k move${dot}h/l fold${dot}? help${dot}${back}`}
				columns={state.columns}
				rows={state.rows}
				theme={theme}
			/>
		);
	}
	const height = contentHeight(state.rows);
	const width = contentWidth(state.columns);
	// `N new` ends a title's cell when comb remembers what was read: room for it where the screen has some to spare.
	const columnsOfList = listColumns(listMeasure, width, state.listFilter !== null, recall === null ? 0 : 10);
	const listed = listedEntries(state, context);
	const count = listLength(state, context);
	const rowsOnScreen: string[] = [];
	for (let position = state.list.top; position < Math.min(count, state.list.top + height); position++) {
		const entry = listed?.[position];
		const fresh = newLabel(recall?.unreadCount(entry?.article ?? position) ?? 0);
		rowsOnScreen.push(listRow(articles[entry?.article ?? position]!, columnsOfList, theme.ascii, entry?.count, fresh));
	}
	const {filterNote, input, hint} = listNotes(state, count, articles.length, theme.ascii);
	return (
		<ArticleList
			list={state.list}
			rows={rowsOnScreen}
			title={`comb${dot}${countLabel(articles.length, 'article', 'articles')}${dot}${countLabel(totalComments, 'comment', 'comments')}${filterNote}`}
			status={state.notice ?? (count === 0 ? 'no articles' : `article ${state.list.cursor + 1}/${count}`)}
			hint={hint}
			input={input}
			columns={state.columns}
			height={state.rows}
			theme={theme}
		/>
	);
}
