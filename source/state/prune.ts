import type {JsonStore} from './store.js';

/** Article records kept: the most recently read ones; older are pruned. */
export const maxArticleRecords = 5000;
/** Resume records kept (one per set of inputs). */
export const maxResumeRecords = 500;

let lastPrune = 0;

/**
 * Keeps the store bounded: at most `maxArticleRecords` article records and
 * `maxResumeRecords` resume records, the least recently written pruned first. Runs at
 * most once a minute per process (listing a folder is cheap, but not free).
 */
export function pruneStore(
	store: JsonStore,
	now: number,
	force = false,
	limits: {articles: number; resume: number} = {articles: maxArticleRecords, resume: maxResumeRecords},
): void {
	if (!force && now - lastPrune < 60_000) {
		return;
	}
	lastPrune = now;
	for (const [folder, limit] of [
		['articles', limits.articles],
		['resume', limits.resume],
	] as const) {
		const files = store.list(folder);
		if (files.length > limit) {
			files.sort((a, b) => b.modified - a.modified);
			for (const file of files.slice(limit)) {
				store.remove(file.name);
			}
		}
	}
}
