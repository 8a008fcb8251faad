import {useCallback, useEffect, useMemo} from 'react';
import {articleName, articleRow} from '../core/article-rows.js';
import {contentHeight, contentWidth} from '../core/explorer-state.js';
import {countLabel} from '../core/format-count.js';
import {countThreads} from '../core/rows.js';
import {sanitizeLine} from '../core/sanitize.js';
import {focusPosition, threadWindow} from '../core/thread-window.js';
import type {Article} from '../core/types.js';
import {createExplorerContext, useExplorer} from '../hooks/use-explorer.js';
import {useKeymap} from '../hooks/use-keymap.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {ArticleList} from '../views/article-list.js';
import {HelpScreen} from '../views/help-screen.js';
import {ThreadScreen} from '../views/thread-screen.js';
import type {Theme} from '../views/theme.js';

/** Props of the explorer. */
export interface AppProps {
	readonly articles: readonly Article[];
	readonly theme: Theme;
	readonly columns: number;
	readonly rows: number;
	/** Called once when the user quits, with the exit status. */
	readonly onQuit: (exitCode: number) => void;
}

/** The explorer: wires state and keys to the views; it holds no state of its own. */
export function App({articles, theme, columns, rows, onQuit}: AppProps) {
	const context = useMemo(() => createExplorerContext(articles, theme.ascii), [articles, theme.ascii]);
	const [state, dispatch] = useExplorer(context, columns, rows);
	useKeymap(state.isHelpOpen ? 'help' : state.screen, dispatch);
	useTerminalSize(useCallback((width: number, height: number) => dispatch({type: 'resize', columns: width, rows: height}), [dispatch]));
	useEffect(() => {
		if (state.hasQuit) {
			onQuit(state.exitCode);
		}
	}, [state.hasQuit, state.exitCode, onQuit]);

	const dot = theme.ascii ? ' - ' : ' · ';
	if (state.isHelpOpen) {
		return <HelpScreen columns={state.columns} rows={state.rows} ascii={theme.ascii} />;
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
				status={focusPosition(state, state.thread, context, theme.ascii ? ' > ' : ' › ') + (state.isCompact ? `${dot}compact` : '')}
				hint={`j/k move${dot}h/l fold${dot}? help${dot}${back}`}
				columns={state.columns}
				rows={state.rows}
				theme={theme}
			/>
		);
	}
	const height = contentHeight(state.rows);
	const width = contentWidth(state.columns);
	const showSource = new Set(articles.slice(0, 2).map((article) => article.source)).size > 1 || articles.at(-1)?.source !== articles[0]?.source;
	const rowsOnScreen: string[] = [];
	for (let index = state.list.top; index < Math.min(articles.length, state.list.top + height); index++) {
		rowsOnScreen.push(articleRow(articles[index]!, width, showSource, theme.ascii));
	}
	const total = articles.reduce((sum, article) => sum + article.thread.size, 0);
	return (
		<ArticleList
			list={state.list}
			rows={rowsOnScreen}
			title={`comb${dot}${countLabel(articles.length, 'article', 'articles')}${dot}${countLabel(total, 'comment', 'comments')}`}
			status={articles.length === 0 ? 'no articles' : `article ${state.list.cursor + 1}/${articles.length}`}
			hint={`Enter open${dot}? help${dot}q quit`}
			columns={state.columns}
			height={state.rows}
			theme={theme}
		/>
	);
}
