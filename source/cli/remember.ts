import {resolve} from 'node:path';
import type {Article} from '../model/types.js';
import {withComments} from '../model/sub-thread.js';
import {Memory} from '../state/memory.js';
import {stateFolder} from '../state/paths.js';
import {JsonStore} from '../state/store.js';

/**
 * comb's memory of the inputs: backed by the store under the state folder, or null when
 * the state is off. Warnings (an unreadable store set aside, a home that cannot be
 * written) go to `warn`, once each; nothing here ever stops comb.
 */
export function openMemory(
	articles: readonly Article[],
	paths: readonly string[],
	env: Readonly<Record<string, string | undefined>>,
	warn: (message: string) => void,
): Memory {
	const store = new JsonStore(stateFolder(env), warn);
	const inputs = paths.map((path) => (path === '-' ? '-' : resolve(path))).sort();
	return new Memory(articles, store, inputs);
}

/**
 * The articles as `--new` and `--starred` show them: only the comments not seen before
 * (`--new`) and / or starred (`--starred`), each under its nearest kept ancestor; an
 * article left with no comment is left out. Without a memory (state off) every comment
 * is new and none is starred.
 */
export function rememberedOnly(
	articles: readonly Article[],
	memory: Memory | null,
	only: {readonly isNew: boolean; readonly isStarred: boolean},
): Article[] {
	const kept: Article[] = [];
	articles.forEach((article, index) => {
		const fresh = only.isNew && memory !== null ? new Set(memory.unseenRows(index)) : null;
		const keep = (row: number) =>
			(fresh === null || fresh.has(row)) && (!only.isStarred || memory?.isStarred(index, row) === true);
		const shown = withComments(article, keep);
		if (shown.thread.size > 0) {
			kept.push(shown);
		}
	});
	return kept;
}
