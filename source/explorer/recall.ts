/**
 * What the explorer may ask of comb's memory of earlier runs (state/memory.ts implements
 * it; the explorer does not import it, only this shape). The reducer only reads it; the
 * app tells it what was on screen, carries out star and mark-read effects, and saves.
 */
export interface Recall {
	/** The comments of `article` to mark as new this run, in row order (fixed for the run). */
	newRows(article: number): readonly number[];
	/** How many of those have not been on screen yet in this run. */
	unreadCount(article: number): number;
	isStarred(article: number, row: number): boolean;
	/** The starred comments of the loaded articles, in article and thread order. */
	starred(): ReadonlyArray<{readonly article: number; readonly row: number}>;
	markSeen(article: number, rows: Iterable<number>): void;
	markArticleRead(article: number): void;
	/** Stars or unstars; returns whether the comment is starred now. */
	toggleStar(article: number, row: number): boolean;
	setPosition(position: {screen: 'list' | 'thread'; article: number; focus: number; folded: readonly number[]}): void;
	/** The search prompt's queries of earlier runs, and where this run's are noted (saved with the rest); absent: not kept. */
	readonly queries?: {read(): readonly string[]; keep(history: readonly string[]): void};
	/** Writes what changed (the store merges it with other processes' changes). */
	save(): void;
}
