import type {Article, Thread, ThreadMeta} from './types.js';

/**
 * The thread of only the rows `keep` marks, in the same order: each kept comment hangs
 * under its nearest kept ancestor (top level when none is kept), so a kept reply to a
 * dropped comment moves up rather than vanishing. Used by `--new` and `--starred`.
 */
export function subThread(thread: Thread, keep: (row: number) => boolean): Thread {
	const rows: number[] = [];
	const newIndex = new Int32Array(thread.size).fill(-1);
	for (let row = 0; row < thread.size; row++) {
		if (keep(row)) {
			newIndex[row] = rows.length;
			rows.push(row);
		}
	}
	const size = rows.length;
	const parent = new Int32Array(size);
	const depth = new Int32Array(size);
	const end = new Int32Array(size);
	rows.forEach((row, index) => {
		let ancestor = thread.parent[row]!;
		while (ancestor >= 0 && newIndex[ancestor]! < 0) {
			ancestor = thread.parent[ancestor]!;
		}
		const mapped = ancestor < 0 ? -1 : newIndex[ancestor]!;
		parent[index] = mapped;
		depth[index] = mapped < 0 ? 0 : depth[mapped]! + 1;
		end[index] = index;
	});
	for (let index = size - 1; index >= 0; index--) {
		const up = parent[index]!;
		if (up >= 0 && end[index]! > end[up]!) {
			end[up] = end[index]!;
		}
	}
	const meta = thread.meta === undefined ? undefined : keptMeta(thread.meta, newIndex);
	return {
		size,
		author: rows.map((row) => thread.author[row]!),
		text: rows.map((row) => thread.text[row]!),
		line: Int32Array.from(rows, (row) => thread.line[row]!),
		depth,
		parent,
		end,
		...(meta === undefined ? {} : {meta}),
	};
}

/** The metadata entries of the kept rows, renumbered; undefined when none is kept. */
function keptMeta(meta: ThreadMeta, newIndex: Int32Array): ThreadMeta | undefined {
	const entries: number[] = [];
	meta.rows.forEach((row, entry) => {
		if (newIndex[row]! >= 0) {
			entries.push(entry);
		}
	});
	if (entries.length === 0) {
		return undefined;
	}
	return {
		rows: Int32Array.from(entries, (entry) => newIndex[meta.rows[entry]!]!),
		time: entries.map((entry) => meta.time[entry]),
		score: Float64Array.from(entries, (entry) => meta.score[entry]!),
		replyTo: entries.map((entry) => meta.replyTo[entry]),
		note: entries.map((entry) => meta.note[entry]),
	};
}

/** `article` with only the comments `keep` marks (see `subThread`). */
export function withComments(article: Article, keep: (row: number) => boolean): Article {
	return {...article, thread: subThread(article.thread, keep)};
}
