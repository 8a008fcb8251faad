import type {JsonStore} from './store.js';

/** `queries.json`: the search prompt's queries of earlier runs, oldest first. */
export interface QueriesRecord {
	readonly version: 1;
	readonly queries: readonly string[];
}

/** Most queries kept across runs (the oldest go first), as in the prompt's history. */
export const keptQueries = 100;

const name = 'queries.json';

/** Whether `value` is a sound queries record. */
export function isQueriesRecord(value: unknown): value is QueriesRecord {
	const record = value as Partial<QueriesRecord> | null;
	return (
		typeof record === 'object' &&
		record !== null &&
		record.version === 1 &&
		Array.isArray(record.queries) &&
		record.queries.every((query) => typeof query === 'string')
	);
}

/** `queries` with `added` appended in order, none equal to the one before it, the newest `keptQueries` kept. */
export function appendQueries(queries: readonly string[], added: readonly string[]): string[] {
	const next = [...queries];
	for (const query of added) {
		if (next.at(-1) !== query) {
			next.push(query);
		}
	}
	return next.slice(Math.max(0, next.length - keptQueries));
}

/**
 * The search prompt's history across runs, in the reading state: read once at start, and
 * the queries this run adds appended to what is on disk when saved (under the store's lock,
 * so two combs that search at once keep both their queries). With no store (`--no-state`)
 * it remembers nothing: the history is this run's only.
 */
export class QueryLog {
	private loaded: readonly string[] | undefined;
	private last: readonly string[] | undefined;
	private readonly added: string[] = [];

	constructor(private readonly store: JsonStore | null) {}

	/** The queries of earlier runs, oldest first (read from the store once). */
	read(): readonly string[] {
		this.loaded ??= this.store?.read(name, isQueriesRecord)?.queries.slice(-keptQueries) ?? [];
		return this.loaded;
	}

	/**
	 * Notes the prompt's history as it is now: the explorer only ever appends one query to
	 * it (a new array each time), so a new array adds its newest entry to what is saved.
	 */
	keep(history: readonly string[]): void {
		if (this.last === undefined) {
			this.last = history;
			return;
		}
		const newest = history.at(-1);
		if (history !== this.last && newest !== undefined && newest !== this.last.at(-1)) {
			this.added.push(newest);
		}
		this.last = history;
	}

	/** Appends the queries added since the last save to the record on disk. */
	save(): void {
		if (this.store === null || this.added.length === 0) {
			return;
		}
		const added = this.added.splice(0);
		const wrote = this.store.update(name, isQueriesRecord, (current) => ({
			version: 1 as const,
			queries: appendQueries(current?.queries ?? [], added),
		}));
		if (!wrote) {
			this.added.unshift(...added);
		}
	}
}
