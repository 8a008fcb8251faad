import type {ThreadLayout} from '../layout/layout.js';
import type {FilterRows} from '../model/author-filter.js';
import type {AuthorEntry} from '../model/authors.js';
import type {Article} from '../model/types.js';
import type {Recall} from './recall.js';
import type {TitleHit} from './explorer-state.js';

/**
 * What the reducer reads besides the state: the articles and what is derived from them
 * (layouts, filter rows, picker entries), cached so the same inputs give the same object.
 * It is read-only: the reducer never changes anything through it.
 */
export interface ExplorerContext {
	readonly articles: readonly Article[];
	/** The comment number of each article's first row (and the total at the end): comments numbered in reading order. */
	readonly docStart: Int32Array;
	/** The layout of an article at a width and view mode; the same object for the same inputs. */
	layout(article: number, width: number, isCompact: boolean, isBodyFolded: boolean): ThreadLayout;
	/** What an author filter shows of an article; the same object for the same inputs. */
	filterRows(article: number, authors: readonly string[]): FilterRows;
	/** The authors of an article (or of all), narrowed by the picker's text, most active first. */
	pickerEntries(scope: number | 'all', query: string): readonly AuthorEntry[];
	/** The articles the list shows under its author filter, with each one's count of their comments. */
	/** Lines the help has at this terminal size, when the app knows (the help scrolls no further); else unbounded. */
	helpLength?(columns: number, rows: number): number;
	listArticles(authors: readonly string[]): ReadonlyArray<{readonly article: number; readonly count: number}>;
	/** The best articles (at most `titleHitLimit`) whose title matches `query`, for the search prompt's list, and how many match; the same object for the same query. */
	titleHits(query: string): {readonly hits: readonly TitleHit[]; readonly total: number};
	/** The articles whose title matches `query` (best first; see search/title-match.ts), among those `authors` wrote in when given. */
	titleArticles(
		query: string,
		authors: readonly string[] | null,
	): ReadonlyArray<{readonly article: number; readonly count?: number}>;
	/** Memory of earlier runs (new comments, stars), or null when the state is off. */
	readonly recall: Recall | null;
}
