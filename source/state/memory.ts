import type {Article} from '../model/types.js';
import {hash64} from './hash.js';
import {articleIds, commentIds} from './identity.js';
import {
	type ArticleRecord,
	isArticleRecord,
	isResumeRecord,
	isStarsRecord,
	mergeArticle,
	mergeResume,
	mergeStars,
	recordVersion,
	type ResumeRecord,
	type StarEntry,
	type StarsRecord,
} from './records.js';
import type {JsonStore} from './store.js';
import {pruneStore} from './prune.js';
import {QueryLog} from './query-log.js';

/** Where the reader was, in rows of the loaded articles. */
export interface Position {
	readonly screen: 'list' | 'thread';
	/** The open article's index, or -1. */
	readonly article: number;
	/** The focused row, or -1 for the head. */
	readonly focus: number;
	readonly folded: readonly number[];
}

/** A starred comment of the loaded articles. */
export interface StarredComment {
	readonly article: number;
	readonly row: number;
}

const day = 24 * 60 * 60 * 1000;

/**
 * What comb remembers about the loaded articles: which comments were seen, which are
 * starred, and where the reader was. Reads the store lazily (an article's record when it
 * is first asked about), keeps changes in memory and writes them with `save()`, merged
 * under the store's lock into what other processes wrote meanwhile. With no store
 * (`--no-state`) it remembers for this run only.
 *
 * "New" is fixed when first asked for an article: the comments not seen before this run.
 * Seeing them now does not unmark them (the reader still wants to find them); it lowers
 * `unreadCount`, and they are not new next time.
 */
export class Memory {
	private readonly ids: string[];
	private readonly comments = new Map<number, string[]>();
	private readonly records = new Map<number, ArticleRecord | null>();
	private readonly fresh = new Map<number, number[]>();
	private readonly seenNow = new Map<number, Uint8Array>();
	private readonly changed = new Set<number>();
	private readonly cleared = new Set<number>();
	private stars: StarsRecord | undefined;
	private readonly starChanges = new Map<string, StarEntry>();
	private position: Position | null = null;
	/** The search prompt's history across runs. */
	readonly queries: QueryLog;

	constructor(
		private readonly articles: readonly Article[],
		private readonly store: JsonStore | null,
		/** The inputs as given, resolved: the resume record's key. */
		private readonly inputs: readonly string[],
		private readonly now: () => number = Date.now,
	) {
		this.ids = articleIds(articles);
		this.queries = new QueryLog(store);
	}

	/** The identity of article `index`. */
	articleId(index: number): string {
		return this.ids[index]!;
	}

	/** The identities of article `index`'s comments, by row (computed once). */
	commentIds(index: number): readonly string[] {
		let ids = this.comments.get(index);
		if (ids === undefined) {
			ids = commentIds(this.articles[index]!.thread, this.ids[index]!);
			this.comments.set(index, ids);
		}
		return ids;
	}

	/** Whether the article was opened in an earlier run. */
	wasVisited(index: number): boolean {
		return this.record(index) !== null;
	}

	/** The rows not seen before this run, in order (all of them for an article never opened). */
	unseenRows(index: number): readonly number[] {
		let rows = this.fresh.get(index);
		if (rows === undefined) {
			const seen = new Set(this.record(index)?.seen);
			const ids = this.commentIds(index);
			rows = [];
			for (let row = 0; row < ids.length; row++) {
				if (!seen.has(ids[row]!)) {
					rows.push(row);
				}
			}
			this.fresh.set(index, rows);
		}
		return rows;
	}

	/**
	 * The rows the explorer marks as new: unseen ones of an article opened before and not
	 * marked read in this run (on a first visit every comment would be new, which says nothing).
	 */
	newRows(index: number): readonly number[] {
		return this.cleared.has(index) || !this.wasVisited(index) ? [] : this.unseenRows(index);
	}

	/** The new rows not yet on screen in this run: the list's and status bar's `3 new`. */
	unreadCount(index: number): number {
		const rows = this.newRows(index);
		const seen = this.seenNow.get(index);
		return seen === undefined ? rows.length : rows.filter((row) => seen[row] !== 1).length;
	}

	/** Records that `rows` of article `index` have been on screen. */
	markSeen(index: number, rows: Iterable<number>): void {
		let seen = this.seenNow.get(index);
		if (seen === undefined) {
			seen = new Uint8Array(this.articles[index]!.thread.size);
			this.seenNow.set(index, seen);
			this.changed.add(index);
		}
		for (const row of rows) {
			if (row >= 0 && row < seen.length && seen[row] !== 1) {
				seen[row] = 1;
				this.changed.add(index);
			}
		}
	}

	/** Every comment of article `index` counts as seen, and its new marks go. */
	markArticleRead(index: number): void {
		const size = this.articles[index]!.thread.size;
		this.markSeen(
			index,
			Array.from({length: size}, (_, row) => row),
		);
		this.cleared.add(index);
	}

	/** Whether comment `row` of article `index` is starred. */
	isStarred(index: number, row: number): boolean {
		const id = this.commentIds(index)[row]!;
		return (this.starChanges.get(id) ?? this.starsOnDisk().stars[id])?.on === true;
	}

	/** Stars or unstars a comment; returns whether it is starred now. */
	toggleStar(index: number, row: number): boolean {
		const article = this.articles[index]!;
		const on = !this.isStarred(index, row);
		this.starChanges.set(this.commentIds(index)[row]!, {
			article: this.ids[index]!,
			title: article.title,
			author: article.thread.author[row]!,
			excerpt: article.thread.text[row]!.slice(0, 200),
			on,
			at: this.now(),
		});
		return on;
	}

	/** The starred comments among the loaded articles, in article and thread order. */
	starred(): StarredComment[] {
		const wanted = new Set<string>();
		const all = {...this.starsOnDisk().stars, ...Object.fromEntries(this.starChanges)};
		for (const [id, entry] of Object.entries(all)) {
			if (entry.on) {
				wanted.add(`${entry.article}:${id}`);
			}
		}
		const byArticle = new Set([...wanted].map((key) => key.slice(0, 16)));
		const found: StarredComment[] = [];
		for (let index = 0; index < this.articles.length; index++) {
			if (byArticle.has(this.ids[index]!)) {
				this.commentIds(index).forEach((id, row) => {
					if (wanted.has(`${this.ids[index]}:${id}`)) {
						found.push({article: index, row});
					}
				});
			}
		}
		return found;
	}

	/** Where the reader was when these inputs were last closed, or null. Rows no longer there are dropped. */
	resume(): Position | null {
		const record = this.store?.read(this.resumeName(), isResumeRecord) ?? null;
		const index = record?.article === null || record === null ? -1 : this.ids.indexOf(record.article);
		if (record === null || (record.article !== null && index < 0)) {
			return null;
		}
		if (index < 0) {
			return {screen: 'list', article: -1, focus: -1, folded: []};
		}
		const rows = new Map(this.commentIds(index).map((id, row) => [id, row]));
		return {
			screen: record.screen,
			article: index,
			focus: record.focus === null ? -1 : (rows.get(record.focus) ?? -1),
			folded: record.folded.flatMap((id) => (rows.has(id) ? [rows.get(id)!] : [])),
		};
	}

	/** Notes where the reader is now (saved by the next `save()`). */
	setPosition(position: Position): void {
		this.position = position;
	}

	/** Writes what changed since the last save. */
	save(): void {
		this.queries.save();
		const store = this.store;
		if (store === null) {
			return;
		}
		let wrote = false;
		for (const index of this.changed) {
			const article = this.articles[index]!;
			const ids = this.commentIds(index);
			const seenNow = this.seenNow.get(index);
			const seen = [...(this.record(index)?.seen ?? [])];
			ids.forEach((id, row) => {
				if (seenNow?.[row] === 1) {
					seen.push(id);
				}
			});
			const mine: ArticleRecord = {
				version: recordVersion,
				title: article.title,
				date: article.date,
				source: article.source,
				visited: this.now(),
				seen: [...new Set(seen)].sort(),
			};
			wrote =
				store.update(`articles/${this.ids[index]}.json`, isArticleRecord, (disk) => mergeArticle(disk, mine)) || wrote;
		}
		this.changed.clear();
		if (this.starChanges.size > 0) {
			const mine: StarsRecord = {version: recordVersion, stars: Object.fromEntries(this.starChanges)};
			store.update('stars.json', isStarsRecord, (disk) => {
				const merged = mergeStars(disk, mine, this.now() - 30 * day);
				this.stars = merged;
				return merged;
			});
			this.starChanges.clear();
		}
		if (this.position !== null) {
			store.update(this.resumeName(), isResumeRecord, (disk) => mergeResume(disk, this.resumeRecord(this.position!)));
			this.position = null;
		}
		if (wrote) {
			pruneStore(store, this.now());
		}
	}

	private resumeRecord(position: Position): ResumeRecord {
		const ids = position.article < 0 ? [] : this.commentIds(position.article);
		return {
			version: recordVersion,
			inputs: this.inputs,
			at: this.now(),
			screen: position.screen,
			article: position.article < 0 ? null : this.ids[position.article]!,
			focus: position.focus < 0 ? null : (ids[position.focus] ?? null),
			folded: position.folded.flatMap((row) => (ids[row] === undefined ? [] : [ids[row]!])),
		};
	}

	private resumeName(): string {
		return `resume/${hash64(JSON.stringify(this.inputs))}.json`;
	}

	private record(index: number): ArticleRecord | null {
		if (!this.records.has(index)) {
			this.records.set(index, this.store?.read(`articles/${this.ids[index]}.json`, isArticleRecord) ?? null);
		}
		return this.records.get(index)!;
	}

	private starsOnDisk(): StarsRecord {
		this.stars ??= this.store?.read('stars.json', isStarsRecord) ?? {version: recordVersion, stars: {}};
		return this.stars;
	}
}
