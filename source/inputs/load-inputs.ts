import {stat} from 'node:fs/promises';
import {resolve} from 'node:path';
import {parseBytes} from '../parse/parse.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Article} from '../model/types.js';
import {listTextFiles} from './list-folder.js';
import {describeReadError} from './read-errors.js';
import {NotTextError, readTextFile, readTextStream} from './read-input.js';

/** What loading the inputs gave: the articles in input order and what went wrong. */
export interface LoadResult {
	readonly articles: Article[];
	/**
	 * Inputs that could not be read: each a line for stderr, sanitized (a file name can hold
	 * escape sequences); any of them means exit code 2.
	 */
	readonly errors: string[];
	/** Files skipped inside folders (binary): each a sanitized line for stderr; exit code unchanged. */
	readonly warnings: string[];
}

/** Where loading reads standard input from, and how it reports progress. */
export interface LoadOptions {
	readonly stdin: NodeJS.ReadableStream;
	/** Whether standard input is a folder (`comb < dir`): reported instead of read as empty. */
	readonly isStdinFolder?: boolean;
	/** Called as standard input is read, with the bytes read so far and the latest chunk. */
	readonly onStdinProgress?: (bytes: number, chunk: Uint8Array) => void;
}

/**
 * Loads every input in order: a file, a folder (its `*.txt` files in path order) or `-`
 * for standard input. An input that cannot be read is reported and the rest still load,
 * so one bad path never costs the others.
 */
export async function loadInputs(paths: readonly string[], options: LoadOptions): Promise<LoadResult> {
	const result: LoadResult = {articles: [], errors: [], warnings: []};
	let stdinRead = false;
	// A file named twice (`comb a.txt a.txt`, or a file and its folder) is read once, where it first comes.
	const seen = new Set<string>();
	const isFirstTime = (path: string): boolean => {
		const key = resolve(path);
		if (seen.has(key)) {
			return false;
		}
		seen.add(key);
		return true;
	};
	for (const path of paths) {
		if (path === '-') {
			if (!stdinRead) {
				stdinRead = true;
				if (options.isStdinFolder === true) {
					result.errors.push('cannot read -: is a directory');
					continue;
				}
				let bytes: Awaited<ReturnType<typeof readTextStream>>;
				try {
					bytes = await readTextStream(options.stdin, options.onStdinProgress);
				} catch (error) {
					result.errors.push(
						`cannot read -: ${error instanceof NotTextError ? error.message : sanitizeLine(describeReadError(error))}`,
					);
					continue;
				}
				for (const article of parseBytes(bytes, '-')) {
					result.articles.push(article);
				}
			}
			continue;
		}
		let isFolder = false;
		try {
			isFolder = (await stat(path)).isDirectory();
		} catch (error) {
			result.errors.push(sanitizeLine(`cannot read ${path}: ${describeReadError(error)}`));
			continue;
		}
		if (!isFolder) {
			if (isFirstTime(path)) {
				await loadFile(path, result, false);
			}
			continue;
		}
		for (const entry of await listTextFiles(path)) {
			if ('problem' in entry) {
				result.errors.push(sanitizeLine(entry.problem));
			} else if (isFirstTime(entry.path)) {
				await loadFile(entry.path, result, true, entry.fsPath);
			}
		}
	}
	return result;
}

async function loadFile(
	path: string,
	result: LoadResult,
	isInFolder: boolean,
	fsPath: string | Buffer = path,
): Promise<void> {
	try {
		const bytes = await readTextFile(fsPath);
		for (const article of parseBytes(bytes, path)) {
			result.articles.push(article);
		}
	} catch (error) {
		if (error instanceof NotTextError && isInFolder) {
			result.warnings.push(sanitizeLine(`skipping ${path}: ${error.message}`));
		} else {
			result.errors.push(
				sanitizeLine(
					`cannot read ${path}: ${error instanceof NotTextError ? error.message : describeReadError(error)}`,
				),
			);
		}
	}
}
