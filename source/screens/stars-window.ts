import type {ExplorerContext} from '../explorer/context.js';
import {contentWidth, type ExplorerState, type ListState} from '../explorer/explorer-state.js';
import {starsHeight} from '../explorer/moves/recall-moves.js';
import {articleName} from '../layout/article-rows.js';
import type {Segment} from '../layout/screen-line.js';
import {countLabel, formatCount} from '../text/format-count.js';
import {sanitizeLine} from '../text/sanitize.js';
import {displayWidth, truncateToWidth} from '../text/width.js';
import type {PromptWindow} from './prompt-window.js';
import {snippet} from './snippet.js';

/**
 * The starred view (`S`): every starred comment of the loaded articles as
 * `author · article · start of its text`, in article and thread order; only the window's
 * rows are laid out. Drawn by the prompt screen, without a text cursor (nothing is typed).
 */
export function starsWindow(
	state: ExplorerState,
	stars: ListState,
	context: ExplorerContext,
	ascii: boolean,
): PromptWindow {
	const starred = context.recall?.starred() ?? [];
	const width = contentWidth(state.columns);
	const dot = ascii ? ' - ' : ' · ';
	const ellipsis = ascii ? '...' : '…';
	const rows: Segment[][] = [];
	for (const hit of starred.slice(stars.top, stars.top + starsHeight(state.rows))) {
		const article = context.articles[hit.article]!;
		const author = article.thread.author[hit.row]!;
		const line: Segment[] = [
			{text: author === '' ? '(anonymous)' : truncateToWidth(sanitizeLine(author), 24, ellipsis), style: 'author'},
			{text: dot + truncateToWidth(sanitizeLine(articleName(article)), 30, ellipsis) + dot, style: 'meta'},
		];
		const used = line.reduce((sum, segment) => sum + displayWidth(segment.text), 0);
		line.push(...snippet(article.thread.text[hit.row]!, [], Math.max(10, width - used), ellipsis));
		rows.push(line);
	}
	return {
		title: `starred comments${dot}${countLabel(starred.length, 'comment', 'comments')}`,
		input:
			starred.length === 0
				? 'none yet: s stars the focused comment'
				: `${formatCount(stars.cursor + 1)}/${formatCount(starred.length)}`,
		sigil: ascii ? '+' : '✦',
		rows,
		selected: starred.length === 0 ? -1 : stars.cursor - stars.top,
		status: `j/k move${dot}Enter jump${dot}Esc close`,
		hasCursor: false,
	};
}

/** The list's note on an article's new comments (`3 new`), or '' when none are unread. */
export function newLabel(count: number): string {
	return count > 0 ? `  ${formatCount(count)} new` : '';
}
