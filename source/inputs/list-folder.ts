import {Buffer} from 'node:buffer';
import {readdir, realpath, stat} from 'node:fs/promises';
import {sep} from 'node:path';
import {describeReadError} from './read-errors.js';

/**
 * A file found in a folder (`path` to show, `fsPath` to open: names that are not valid
 * UTF-8 are shown with U+FFFD but opened by their real bytes), or a problem met.
 */
export type FolderEntry = {readonly path: string; readonly fsPath: Buffer} | {readonly problem: string};

/**
 * Every `*.txt` file below `folder`, recursively, in path order (whole paths sorted by
 * code unit), then the problems met on the way. Dot-folders
 * and `node_modules` are skipped; symbolic links are followed, but a folder already
 * walked (a link loop) is not entered twice. Iterative, so depth costs no stack.
 */
export async function listTextFiles(folder: string): Promise<FolderEntry[]> {
	const files: Array<{path: string; fsPath: Buffer}> = [];
	const problems: FolderEntry[] = [];
	const seen = new Set<string>();
	const separator = Buffer.from(sep);
	const stack: Buffer[] = [Buffer.from(folder)];
	while (stack.length > 0) {
		const current = stack.pop()!;
		let names: Buffer[];
		try {
			const real = await realpath(current);
			if (seen.has(real)) {
				continue;
			}
			seen.add(real);
			names = await readdir(current, {encoding: 'buffer'});
		} catch (error) {
			problems.push({problem: `cannot read ${current.toString('utf8')}: ${describeReadError(error)}`});
			continue;
		}
		names.sort((a, b) => byCodeUnit(a.toString('utf8'), b.toString('utf8')));
		const subfolders: Buffer[] = [];
		for (const nameBytes of names) {
			const name = nameBytes.toString('utf8');
			// Not path.join: it would turn `./dir` into `dir`, and `source` keeps the path as given.
			const fsPath =
				current.at(-1) === separator[0]
					? Buffer.concat([current, nameBytes])
					: Buffer.concat([current, separator, nameBytes]);
			const path = fsPath.toString('utf8');
			const kind = await entryKind(fsPath);
			if (kind === 'folder') {
				if (!name.startsWith('.') && name !== 'node_modules') {
					subfolders.push(fsPath);
				}
			} else if (kind === 'file' && name.endsWith('.txt')) {
				files.push({path, fsPath});
			} else if (kind instanceof Error && name.endsWith('.txt')) {
				problems.push({problem: `cannot read ${path}: ${describeReadError(kind)}`});
			}
		}
		// Reversed, so the stack pops them in name order: a folder reached twice (through a
		// link) is listed under the first path met in that order, not the last.
		for (let index = subfolders.length - 1; index >= 0; index--) {
			stack.push(subfolders[index]!);
		}
	}
	return [...files.sort((a, b) => byCodeUnit(a.path, b.path)), ...problems];
}

async function entryKind(path: Buffer): Promise<'folder' | 'file' | 'other' | Error> {
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
