import {existsSync} from 'node:fs';
import path from 'node:path';

/** A source file as the architecture test sees it: its path under source/, its text, what it imports. */
export interface SourceFile {
	readonly path: string;
	readonly text: string;
	/** Paths under source/ of the files it imports (relative imports only). */
	readonly imports: readonly string[];
}

/**
 * Which layers each layer may import, besides itself. This is the table of
 * docs/ARCHITECTURE.md; a change to one is a change to the other.
 */
export const layerRules: Readonly<Record<string, readonly string[]>> = {
	model: [],
	text: [],
	parse: ['model', 'text'],
	search: ['model', 'text'],
	layout: ['model', 'text'],
	explorer: ['model', 'text', 'layout', 'search'],
	keys: ['explorer', 'model', 'text'],
	screens: ['explorer', 'keys', 'layout', 'model', 'search', 'text'],
	terminal: ['text'],
	inputs: ['model', 'parse', 'text'],
	output: ['layout', 'model', 'search', 'text'],
	state: ['model', 'text'],
	config: ['keys', 'model', 'text'],
	ui: ['explorer', 'keys', 'layout', 'model', 'screens', 'search', 'terminal', 'text', 'output'],
	cli: [
		'config',
		'explorer',
		'inputs',
		'keys',
		'layout',
		'model',
		'output',
		'parse',
		'screens',
		'search',
		'state',
		'terminal',
		'text',
		'ui',
	],
};

const sourceRoot = path.resolve(import.meta.dirname, '..', '..', 'source');

/** The relative imports (static, dynamic and `export ... from`) of `file`, as paths under source/. */
export function importsOf(file: string, text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
		const spec = match[1]!;
		const joined = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
		const stem = joined.replace(/\.js$/, '');
		const candidates = [`${stem}.ts`, `${stem}.tsx`];
		found.push(candidates.find((candidate) => existsSync(path.join(sourceRoot, candidate))) ?? candidates[0]!);
	}
	return found;
}

/** Every strongly connected group of two or more files (or a file importing itself), each sorted. */
export function findCycles(files: readonly SourceFile[]): string[][] {
	const edges = new Map(files.map((file) => [file.path, file.imports]));
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const groups: string[][] = [];
	let counter = 0;
	// Tarjan's algorithm; the graph is small, so recursion depth is no concern.
	const visit = (node: string): void => {
		index.set(node, counter);
		low.set(node, counter);
		counter++;
		stack.push(node);
		onStack.add(node);
		for (const next of edges.get(node) ?? []) {
			if (!edges.has(next)) {
				continue;
			}
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(low.get(node)!, index.get(next)!));
			}
		}
		if (low.get(node) === index.get(node)) {
			const group: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				group.push(member);
			} while (member !== node);
			if (group.length > 1 || (edges.get(node) ?? []).includes(node)) {
				groups.push(group.sort());
			}
		}
	};
	for (const file of files) {
		if (!index.has(file.path)) {
			visit(file.path);
		}
	}
	return groups;
}
