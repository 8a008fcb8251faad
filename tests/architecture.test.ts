import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {findCycles, importsOf, layerRules, type SourceFile} from './support/architecture.js';

const root = path.resolve(import.meta.dirname, '..', 'source');

function listFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const full = path.join(folder, name);
		return statSync(full).isDirectory() ? listFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
	});
}

const files: SourceFile[] = listFiles(root).map((full) => {
	const relative = path.relative(root, full).split(path.sep).join('/');
	const text = readFileSync(full, 'utf8');
	return {path: relative, text, imports: importsOf(relative, text)};
});

/**
 * Files known to be over 300 lines, each named here until it is split: the search
 * engine's two files are rewritten by the search-relevance work, which splits them.
 */
const awaitingSplit = ['search/search.ts', 'search/search-index.ts'];

/** The layer of a file: its first folder under source/. */
function layerOf(file: string): string {
	return file.split('/')[0] ?? '';
}

describe('architecture (docs/ARCHITECTURE.md)', () => {
	it('names every folder of source/ in the layer rules', () => {
		const layers = new Set(files.map((file) => layerOf(file.path)));
		expect([...layers].filter((layer) => !(layer in layerRules))).toEqual([]);
	});

	it('imports only what each layer may import', () => {
		const forbidden = files.flatMap((file) =>
			file.imports
				.filter((target) => layerOf(target) !== layerOf(file.path))
				.filter((target) => !(layerRules[layerOf(file.path)] ?? []).includes(layerOf(target)))
				.map((target) => `${file.path} -> ${target}`),
		);
		expect(forbidden).toEqual([]);
	});

	it('has no import cycle between files', () => {
		expect(findCycles(files)).toEqual([]);
	});

	it('keeps model/ and text/ free of imports of ours and of React or Ink', () => {
		const pure = files.filter((file) => ['model', 'text'].includes(layerOf(file.path)));
		expect(pure.flatMap((file) => file.imports.filter((target) => layerOf(target) !== layerOf(file.path)))).toEqual([]);
		const core = files.filter((file) => !['ui', 'cli'].includes(layerOf(file.path)));
		const reactUsers = core.filter((file) => /from '(react|ink)[/']/.test(file.text)).map((file) => file.path);
		expect(reactUsers).toEqual([]);
	});

	it('keeps folders to 16 files and files to 300 lines', () => {
		const perFolder = new Map<string, number>();
		for (const file of files) {
			const folder = path.posix.dirname(file.path);
			perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
		}
		expect([...perFolder].filter(([, count]) => count > 16)).toEqual([]);
		const long = files.filter((file) => file.text.split('\n').length > 300).map((file) => file.path);
		expect(long.filter((file) => !awaitingSplit.includes(file))).toEqual([]);
		// Each file awaiting its split must still need it, so the list cannot go stale.
		expect(awaitingSplit.filter((file) => !long.includes(file))).toEqual([]);
	});

	it('points nowhere outside the repository: every document it names is ours', () => {
		const named = files.flatMap((file) =>
			[...file.text.matchAll(/[\w./-]*\b[A-Z]+\.md\b/g)].map((match) => [file.path, match[0]] as const),
		);
		const missing = named.filter(([, name]) => !existsSync(path.resolve(root, '..', name.replace(/^\//, ''))));
		expect(missing).toEqual([]);
		const outside = files
			.filter((file) => /\.\.\/shared|DEVELOPERS\.md|\/work\//.test(file.text))
			.map((file) => file.path);
		expect(outside).toEqual([]);
	});

	it('finds a cycle and a forbidden import when there is one (the checks can fail)', () => {
		const fake: SourceFile[] = [
			{path: 'model/a.ts', text: '', imports: ['model/b.ts']},
			{path: 'model/b.ts', text: '', imports: ['model/a.ts']},
		];
		expect(findCycles(fake)).toEqual([['model/a.ts', 'model/b.ts']]);
		expect(importsOf('model/a.ts', "import {x} from '../explorer/x.js';")).toEqual(['explorer/x.ts']);
	});
});
