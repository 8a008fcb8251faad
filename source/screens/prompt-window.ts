import {articleName} from '../layout/article-rows.js';
import {contentWidth, type ExplorerState, type PickerState, type PromptState} from '../explorer/explorer-state.js';
import {countLabel, formatCount} from '../text/format-count.js';
import type {Segment} from '../layout/screen-line.js';
import type {ExplorerContext} from '../explorer/context.js';
import {promptListHeight} from '../explorer/moves/prompt-moves.js';
import {sanitizeLine} from '../text/sanitize.js';
import {snippet} from './snippet.js';
import {displayWidth, truncateToWidth} from '../text/width.js';
import {glyphsFor, labels} from '../text/glyphs.js';
import type {Article} from '../model/types.js';

/** What the search prompt or the author picker shows: already laid out, only the window. */
export interface PromptWindow {
	readonly title: string;
	/** The line being typed, after its sigil (`/` or `@`). */
	readonly input: string;
	/** Where the cursor is in `input` (UTF-16 units); at the end when absent. */
	readonly cursor?: number;
	readonly sigil: string;
	/** The entries on screen, each a line of segments. */
	readonly rows: ReadonlyArray<readonly Segment[]>;
	/** Index in `rows` of the selected entry, or -1. */
	readonly selected: number;
	readonly status: string;
	/** False for a list nothing is typed into (the starred view): no text cursor is drawn. */
	readonly hasCursor?: boolean;
}

/**
 * The search prompt: each result as `author · title · snippet` (the title only when
 * searching all articles), the matched characters in the snippet highlighted.
 */
export function searchWindow(
	state: ExplorerState,
	prompt: PromptState,
	context: ExplorerContext,
	ascii: boolean,
): PromptWindow {
	const width = contentWidth(state.columns);
	const {dot, ellipsis} = glyphsFor(ascii);
	const height = promptListHeight(state.rows);
	const rows: Segment[][] = [];
	const {author: authorWidth, title: titleWidth} = resultColumns(width, prompt.scope === 'all');
	const titles = prompt.titles ?? [];
	for (const {article, ranges} of titles.slice(prompt.top, prompt.top + height)) {
		rows.push(titleRow(context.articles[article]!, ranges, width, ascii));
	}
	const from = Math.max(0, prompt.top - titles.length);
	for (const hit of prompt.results.slice(from, from + height - rows.length)) {
		const article = context.articles[hit.article]!;
		const author = article.thread.author[hit.row]!;
		const line: Segment[] = [
			{
				text: author === '' ? labels.anonymous : truncateToWidth(sanitizeLine(author), authorWidth, ellipsis),
				style: 'author',
			},
		];
		if (prompt.scope === 'all') {
			line.push({text: dot + truncateToWidth(sanitizeLine(articleName(article)), titleWidth, ellipsis), style: 'meta'});
		}
		line.push({text: dot, style: 'meta'});
		const used = line.reduce((sum, segment) => sum + displayWidth(segment.text), 0);
		line.push(...snippet(article.thread.text[hit.row]!, hit.textRanges, Math.max(10, width - used), ellipsis));
		rows.push(line);
	}
	const isStale = prompt.resultsQuery !== prompt.query;
	// Near the end of a list the limit cut, say so (and that n still visits every match).
	const isNearCut =
		(prompt.total ?? 0) > prompt.results.length && prompt.selected >= titles.length + prompt.results.length - 30;
	const cut = isNearCut ? `${dot}best ${formatCount(prompt.results.length)} listed, n visits all` : '';
	const found =
		prompt.query.trim() === ''
			? 'type to search'
			: isStale
				? `searching${ellipsis}`
				: `${foundLabel(prompt, dot)}${cut}`;
	const indexing =
		prompt.indexed !== undefined && prompt.indexed < 1 ? `${dot}indexing ${Math.floor(prompt.indexed * 100)}%` : '';
	return {
		title: `search ${prompt.scope === 'all' ? 'all articles' : 'this article'}`,
		input: sanitizeLine(prompt.query),
		cursor: sanitizeLine(prompt.query.slice(0, prompt.cursor ?? prompt.query.length)).length,
		sigil: '/',
		rows,
		selected: prompt.results.length + titles.length === 0 ? -1 : prompt.selected - prompt.top,
		status: `${found}${indexing}${dot}Tab ${prompt.scope === 'all' ? 'this article' : 'all articles'}${dot}Enter jump${dot}Esc cancel`,
	};
}

/** What a search found: `3 titles · 22 matches` (titles only when some match; `10+` when more than are listed). */
function foundLabel(prompt: PromptState, dot: string): string {
	const listed = prompt.titles?.length ?? 0;
	const total = prompt.titleTotal ?? listed;
	const titles =
		total === 0 ? '' : `${total > listed ? `${formatCount(listed)}+ titles` : countLabel(total, 'title', 'titles')}`;
	const comments =
		prompt.results.length === 0
			? titles === ''
				? 'no matches'
				: ''
			: countLabel(prompt.total ?? prompt.results.length, 'match', 'matches');
	return [titles, comments].filter((part) => part !== '').join(dot);
}

/**
 * An article whose title matches, above the comments: `article:`, the title with the
 * matched characters highlighted, and its comment count.
 */
function titleRow(
	article: Article,
	ranges: ReadonlyArray<readonly [number, number]>,
	width: number,
	ascii: boolean,
): Segment[] {
	const {dot, ellipsis} = glyphsFor(ascii);
	const count = dot + countLabel(article.thread.size, 'comment', 'comments');
	const room = Math.max(10, width - displayWidth(titleMark) - displayWidth(count));
	return [
		{text: titleMark, style: 'badge'},
		...snippet(articleName(article), ranges, room, ellipsis),
		{text: count, style: 'meta'},
	];
}

/** What marks an article among the search results (a fixed label, readable without colour and in ASCII). */
const titleMark = 'article: ';

/**
 * The widest a result's author and title may be in a row `width` columns wide: a fifth and
 * a quarter of it (24 and 48 at most; the author a quarter when no title is shown), so at
 * 80 columns the snippet keeps about half the row, and at 200 columns names and most
 * titles show whole beside a snippet of 120 columns.
 */
export function resultColumns(width: number, hasTitle: boolean): {author: number; title: number} {
	return {
		author: Math.max(8, Math.min(24, Math.floor(width / (hasTitle ? 5 : 4)))),
		title: Math.max(8, Math.min(48, Math.floor(width / 4))),
	};
}

/** The author picker: each author with a comment count, picked ones checked. */
export function pickerWindow(
	state: ExplorerState,
	picker: PickerState,
	context: ExplorerContext,
	ascii: boolean,
): PromptWindow {
	const scope = picker.scope === 'all' || state.thread === null ? 'all' : state.thread.article;
	const entries = context.pickerEntries(scope, picker.query);
	const height = promptListHeight(state.rows);
	const rows: Segment[][] = [];
	for (const entry of entries.slice(picker.top, picker.top + height)) {
		const isChosen = picker.chosen.includes(entry.name);
		rows.push([
			{text: isChosen ? '[x] ' : '[ ] ', style: isChosen ? 'mark' : 'guide'},
			{text: entry.name === '' ? labels.anonymous : sanitizeLine(entry.name), style: 'author'},
			{text: `  ${formatCount(entry.count)}`, style: 'meta'},
		]);
	}
	const {dot} = glyphsFor(ascii);
	return {
		title: `filter by author${dot}${scope === 'all' ? 'all articles' : 'this article'}`,
		input: sanitizeLine(picker.query),
		sigil: '@',
		rows,
		selected: entries.length === 0 ? -1 : picker.cursor - picker.top,
		status: `${countLabel(entries.length, 'author', 'authors')}${picker.chosen.length > 0 ? `${dot}${picker.chosen.length} picked` : ''}${dot}Space pick${dot}Enter apply${dot}Esc cancel`,
	};
}
