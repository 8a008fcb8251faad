import type {ExplorerState} from '../explorer/explorer-state.js';
import {countLabel, formatCount} from '../text/format-count.js';
import {glyphsFor, labels} from '../text/glyphs.js';
import {sanitizeLine} from '../text/sanitize.js';

/** What the article list says of its filters: after the title bar's counts, and the title filter's line while it is typed. */
export interface ListNotes {
	/** The filters in force and how many articles they keep (`title: bus (3/20 articles)`), or ''. */
	readonly filterNote: string;
	/** The title filter's line while it is typed (the status bar shows it, with its cursor), else null. */
	readonly input: {readonly text: string; readonly cursor: number} | null;
	/** The status bar's right side. */
	readonly hint: string;
}

/**
 * The article list's notes on its filters: the author filter's names and the title
 * filter's text in the title bar with the count they keep (`3/20 articles`); while the
 * title filter is typed, its line and what Enter and Esc do. `count` is the articles
 * listed, `total` all of them.
 */
export function listNotes(state: ExplorerState, count: number, total: number, ascii: boolean): ListNotes {
	const {dot} = glyphsFor(ascii);
	const kept = `${formatCount(count)}/${countLabel(total, 'article', 'articles')}`;
	const notes: string[] = [];
	if (state.listFilter !== null) {
		notes.push(`filter: ${state.listFilter.map((name) => sanitizeLine(name) || labels.anonymous).join(', ')}`);
	}
	const title = state.titleFilter;
	if (title !== null && title.query.trim() !== '') {
		notes.push(`title: ${sanitizeLine(title.query.trim())}`);
	}
	const isTyping = title?.isTyping === true && state.screen === 'list';
	const filterNote =
		notes.length === 0
			? ''
			: `${dot}${notes.join(dot)} (${title !== null && title.query.trim() !== '' ? kept : countLabel(count, 'article', 'articles')})`;
	return {
		filterNote,
		input: isTyping
			? {text: sanitizeLine(title.query), cursor: sanitizeLine(title.query.slice(0, title.cursor)).length}
			: null,
		hint: isTyping
			? `${kept}${dot}Enter keep${dot}Esc clear`
			: `Enter open${dot}/ search${dot}f title${dot}a author${dot}? help${dot}q quit`,
	};
}
