import {readdir, realpath, stat} from 'node:fs/promises';
import {sep} from 'node:path';
import {describeReadError} from './read-errors.js';

/** A file found in a folder, or a problem met while walking it. */
export type FolderEntry = {readonly path: string} | {readonly problem: string};

/**
 * Every `*.txt` file below `folder`, recursively, in path order (whole paths sorted by
 * code unit), then the problems met on the way. Dot-folders
 * and `node_modules` are skipped; symbolic links are followed, but a folder already
 * walked (a link loop) is not entered twice. Iterative, so depth costs no stack.
 */
export async function listTextFiles(folder: string): Promise<FolderEntry[]> {
	const files: string[] = [];
	const problems: FolderEntry[] = [];
	const seen = new Set<string>();
	const stack: string[] = [folder];
	while (stack.length > 0) {
		const current = stack.pop()!;
		let entries;
		try {
			const real = await realpath(current);
			if (seen.has(real)) {
				continue;
			}
			seen.add(real);
			entries = await readdir(current, {withFileTypes: true});
		} catch (error) {
			problems.push({problem: `cannot read ${current}: ${describeReadError(error)}`});
			continue;
		}
		const names = entries.map((entry) => entry.name).sort(byCodeUnit);
		const subfolders: string[] = [];
		for (const name of names) {
			// Not path.join: it would turn `./dir` into `dir`, and `source` keeps the path as given.
			const path = current.endsWith(sep) ? current + name : current + sep + name;
			const kind = await entryKind(path);
			if (kind === 'folder') {
				if (!name.startsWith('.') && name !== 'node_modules') {
					subfolders.push(path);
				}
			} else if (kind === 'file' && name.endsWith('.txt')) {
				files.push(path);
			} else if (kind instanceof Error && name.endsWith('.txt')) {
				problems.push({problem: `cannot read ${path}: ${describeReadError(kind)}`});
			}
		}
		stack.push(...subfolders);
	}
	return [...files.sort(byCodeUnit).map((path) => ({path})), ...problems];
}

async function entryKind(path: string): Promise<'folder' | 'file' | 'other' | Error> {
	try {
		const info = await stat(path);
		return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}

function byCodeUnit(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
