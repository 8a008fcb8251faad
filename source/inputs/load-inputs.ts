import {stat} from 'node:fs/promises';
import {resolve} from 'node:path';
import {parseBytes, startParse} from '../parse/parse.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Article} from '../model/types.js';
import {listTextFiles} from './list-folder.js';
import {describeReadError} from './read-errors.js';
import {type LoadProgress, yieldEveryMs, yieldToEventLoop} from './load-progress.js';
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
	/** The size of standard input when it is a regular file (`comb < file`), for progress. */
	readonly stdinSize?: number;
	/**
	 * Called as every input is read and parsed. When given, parsing runs in slices and lets
	 * the event loop run every {@link yieldEveryMs} (a loading screen draws and reads keys).
	 */
	readonly onProgress?: (progress: LoadProgress) => void;
}

/** Reports progress: a running tally over every input. */
class Tally {
	bytesBefore = 0;
	commentsBefore = 0;
	fileIndex = 0;
	fileCount = 0;
	constructor(private readonly report: ((progress: LoadProgress) => void) | undefined) {}

	get isOn(): boolean {
		return this.report !== undefined;
	}

	say(phase: LoadProgress['phase'], path: string, fileBytes: number | null, read: number, comments = 0): void {
		this.report?.({
			phase,
			path,
			fileIndex: this.fileIndex,
			fileCount: this.fileCount,
			// While parsing, the whole input has been read: the total never goes back.
			bytes: this.bytesBefore + (phase === 'parsing' && fileBytes !== null ? fileBytes : read),
			fileBytes,
			fileBytesRead: read,
			comments: this.commentsBefore + comments,
		});
	}

	/** One input done: its bytes and comments join the totals. */
	close(bytes: number, comments: number): void {
		this.bytesBefore += bytes;
		this.commentsBefore += comments;
	}
}

/**
 * Parses one input's bytes; with progress on, in slices with the event loop let run
 * between them, so the loading screen stays alive through a parse of seconds.
 */
async function parseInput(bytes: Buffer, path: string, tally: Tally): Promise<Article[]> {
	if (!tally.isOn) {
		return parseBytes(bytes, path);
	}
	const parse = startParse(bytes, path);
	// Slices of 1 MiB: a few milliseconds each, checked against the clock between them.
	const slice = 1 << 20;
	let since = Date.now();
	while (!parse.advance(parse.parsed + slice)) {
		if (Date.now() - since >= yieldEveryMs) {
			tally.say('parsing', path, bytes.length, parse.parsed, parse.comments);
			await yieldToEventLoop();
			since = Date.now();
		}
	}
	tally.close(bytes.length, parse.comments);
	return parse.articles;
}

/**
 * Loads every input in order: a file, a folder (its `*.txt` files in path order) or `-`
 * for standard input. An input that cannot be read is reported and the rest still load,
 * so one bad path never costs the others.
 */
export async function loadInputs(paths: readonly string[], options: LoadOptions): Promise<LoadResult> {
	const result: LoadResult = {articles: [], errors: [], warnings: []};
	const tally = new Tally(options.onProgress);
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
				tally.fileIndex++;
				tally.fileCount++;
				const size = options.stdinSize ?? null;
				tally.say('waiting', '-', size, 0);
				try {
					bytes = await readTextStream(options.stdin, (read, chunk) => {
						options.onStdinProgress?.(read, chunk);
						tally.say('reading', '-', size, read);
					});
				} catch (error) {
					result.errors.push(
						`cannot read -: ${error instanceof NotTextError ? error.message : sanitizeLine(describeReadError(error))}`,
					);
					continue;
				}
				for (const article of await parseInput(bytes, '-', tally)) {
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
				tally.fileCount++;
				tally.fileIndex++;
				await loadFile(path, result, false, tally);
			}
			continue;
		}
		const entries = (await listTextFiles(path)).filter((entry) => 'problem' in entry || isFirstTime(entry.path));
		tally.fileCount += entries.filter((entry) => !('problem' in entry)).length;
		for (const entry of entries) {
			if ('problem' in entry) {
				result.errors.push(sanitizeLine(entry.problem));
			} else {
				tally.fileIndex++;
				await loadFile(entry.path, result, true, tally, entry.fsPath);
			}
		}
	}
	return result;
}

async function loadFile(
	path: string,
	result: LoadResult,
	isInFolder: boolean,
	tally: Tally,
	fsPath: string | Buffer = path,
): Promise<void> {
	try {
		tally.say('reading', path, null, 0);
		const bytes = await readTextFile(fsPath, (read, size) => tally.say('reading', path, size, read));
		for (const article of await parseInput(bytes, path, tally)) {
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
