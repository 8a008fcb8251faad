/**
 * Inputs of hostile shapes for the end-to-end shape tests: built in pieces (no input is
 * held whole in memory) in a temporary folder of the test file's own, and comb run there
 * with a time limit.
 */
import {Buffer} from 'node:buffer';
import {closeSync, mkdtempSync, openSync, rmSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, expect} from 'vitest';
import {parseArticles, type JsonArticle} from './json-shape.js';
import {runComb, type CombRun} from './run-comb.js';

export const deepLevels = 100_000;
export const flatReplies = 1_000_000;
export const longBytes = 50_000_000;
export const articleCount = 100_000;

/** Writes `pieces` to `path` through one 16 MB buffer, so no input is held whole in memory. */
export function writeInPieces(path: string, pieces: Iterable<string | Buffer>): number {
	const fd = openSync(path, 'w');
	const buffer = Buffer.alloc(16 << 20);
	let used = 0;
	let total = 0;
	const flush = (): void => {
		writeSync(fd, buffer, 0, used);
		total += used;
		used = 0;
	};
	try {
		for (const piece of pieces) {
			const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
			if (used + bytes.length > buffer.length) {
				flush();
			}
			if (bytes.length > buffer.length) {
				writeSync(fd, bytes);
				total += bytes.length;
			} else {
				used += bytes.copy(buffer, used);
			}
		}
		flush();
	} finally {
		closeSync(fd);
	}
	return total;
}

/** A chain `levels` deep: each header one column deeper than the last, no bodies. */
export function* deepChain(levels: number): Generator<Buffer> {
	yield Buffer.from('Deep\n\n');
	const tabs = Buffer.alloc(Math.ceil(levels / 8), 0x09);
	const spaces = Buffer.alloc(8, 0x20);
	const bullet = Buffer.from('•\n');
	for (let k = 1; k <= levels; k++) {
		yield tabs.subarray(0, Math.floor(k / 8));
		yield spaces.subarray(0, k % 8);
		yield bullet;
		if (k === 1) {
			yield Buffer.from('\n'); // the first header must stand alone to start the comments
		}
	}
}

export function* flatThread(replies: number): Generator<string> {
	yield 'Flat\n\n  • root\n\n    the root\n\n';
	for (let i = 0; i < replies; i++) {
		// 5,000 distinct authors: more than the parser's first author table holds.
		yield `    • r${i % 5000}\n\n      reply ${i}\n\n`;
	}
}

export function* manyArticles(count: number): Generator<string> {
	for (let i = 0; i < count; i++) {
		// After a comment, an unindented line starts the next article.
		yield `Title ${i}\n\n  • author ${i}\n\n    text ${i}\n`;
	}
}

export const longWords = 'lorem ipsum dolor sit amet '
	.repeat(Math.ceil(longBytes / 27))
	.slice(0, longBytes)
	.trimEnd();

/**
 * A temporary folder for one test file's inputs, built by `build` before its tests (it
 * returns the sizes it wrote, logged) and removed after; `comb` runs comb in it.
 */
export function shapesFolder(build: (file: (name: string) => string) => Record<string, number>) {
	let work = '';
	const file = (name: string): string => join(work, name);
	beforeAll(() => {
		work = mkdtempSync(join(tmpdir(), 'comb-shapes-'));
		const started = Date.now();
		const sizes = build(file);
		console.log(
			`inputs built in ${Date.now() - started} ms: ${Object.entries(sizes)
				.map(([name, size]) => `${name} ${(size / 1e6).toFixed(1)} MB`)
				.join(', ')}`,
		);
	}, 120_000);
	afterAll(() => {
		if (work !== '') {
			rmSync(work, {recursive: true, force: true});
		}
	});
	/** comb in the work folder, killed after `limit` ms; logs its time, exit code and output size. */
	const comb = (args: readonly string[], limit: number): Promise<CombRun> =>
		runComb(args, {cwd: work, timeout: limit, log: true});
	return {file, comb, folder: (): string => work};
}

export function articlesOf(run: CombRun): JsonArticle[] {
	return parseArticles(run.stdout);
}

export function expectClean(run: CombRun): void {
	expect(run.stderr).toBe('');
	expect(run.signal).toBeNull();
	expect(run.code).toBe(0);
}

/** The time limit of one run: generous, since two cores may also run other test files. */
export const limit = 25_000;
