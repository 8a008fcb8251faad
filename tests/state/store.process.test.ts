/**
 * The reading state's store under the three things that break stores: a writer killed
 * mid-write (SIGKILL at random points), two writers at once, and a damaged file.
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildSync} from 'esbuild';
import {beforeAll, describe, expect, it} from 'vitest';
import {JsonStore} from '../../source/state/store.js';

let worker = '';

beforeAll(() => {
	const out = mkdtempSync(join(tmpdir(), 'comb-store-worker-'));
	worker = join(out, 'worker.mjs');
	buildSync({
		entryPoints: [join(import.meta.dirname, 'store-worker.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		outfile: worker,
		logLevel: 'silent',
	});
});

const isLog = (value: unknown): value is {items: string[]} =>
	typeof value === 'object' && value !== null && Array.isArray((value as {items: unknown}).items);

function scratch(): string {
	return mkdtempSync(join(tmpdir(), 'comb-store-'));
}

/** Runs the worker and SIGKILLs it `ms` after its first completed update; resolves with the updates it said were done. */
function killedWriter(folder: string, tag: string, ms: number): Promise<string[]> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [worker, folder, tag, '100000'], {stdio: ['ignore', 'pipe', 'inherit']});
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => {
			if (out === '') {
				setTimeout(() => child.kill('SIGKILL'), ms);
			}
			out += chunk.toString();
		});
		child.on('close', () => {
			const done = out.split('\n').filter((line) => line !== '');
			resolve(done.map((n) => `${tag}-${n}`));
		});
	});
}

describe('the store', () => {
	it('always parses and holds every completed update when its writer is SIGKILLed at random points', async () => {
		const folder = scratch();
		const completed: string[] = [];
		for (let round = 0; round < 12; round++) {
			completed.push(...(await killedWriter(folder, `r${round}`, Math.floor(Math.random() * 80))));
			const text = readFileSync(join(folder, 'log.json'), 'utf8');
			const items = new Set((JSON.parse(text) as {items: string[]}).items);
			for (const item of completed) {
				expect(items.has(item), `update ${item} completed before the kill`).toBe(true);
			}
		}
		expect(completed.length).toBeGreaterThan(12);
		// The next writer breaks the lock a killed one may have left, and goes on.
		const store = new JsonStore(folder, () => {});
		expect(store.update('log.json', isLog, (current) => ({items: [...(current?.items ?? []), 'after']}))).toBe(true);
		expect(readdirSync(folder).filter((name) => name.endsWith('.lock'))).toEqual([]);
	}, 60_000);

	it('loses no update when two processes write the same document at once', async () => {
		const folder = scratch();
		const run = (tag: string) =>
			new Promise<number>((resolve) => {
				const child = spawn(process.execPath, [worker, folder, tag, '150'], {stdio: 'ignore'});
				child.on('close', (code) => resolve(code ?? -1));
			});
		const codes = await Promise.all([run('a'), run('b')]);
		expect(codes).toEqual([0, 0]);
		const items = (JSON.parse(readFileSync(join(folder, 'log.json'), 'utf8')) as {items: string[]}).items;
		expect(items).toHaveLength(300);
		for (const tag of ['a', 'b']) {
			expect(items.filter((item) => item.startsWith(`${tag}-`))).toEqual(
				Array.from({length: 150}, (_, n) => `${tag}-${n}`),
			);
		}
	}, 60_000);

	it('sets a corrupt document aside with one warning and goes on', () => {
		const folder = scratch();
		writeFileSync(join(folder, 'log.json'), '{"items": ["half');
		const warnings: string[] = [];
		const store = new JsonStore(folder, (message) => warnings.push(message));
		expect(store.read('log.json', isLog)).toBeNull();
		expect(store.read('log.json', isLog)).toBeNull();
		expect(store.update('log.json', isLog, (current) => ({items: [...(current?.items ?? []), 'x']}))).toBe(true);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/unreadable; moved it to .*log\.json\.corrupt-\d+/);
		const aside = readdirSync(folder).filter((name) => name.startsWith('log.json.corrupt-'));
		expect(aside).toHaveLength(1);
		expect(readFileSync(join(folder, aside[0]!), 'utf8')).toBe('{"items": ["half');
		expect(store.read('log.json', isLog)).toEqual({items: ['x']});
	});

	it('sets aside a document of the wrong shape too', () => {
		const folder = scratch();
		writeFileSync(join(folder, 'log.json'), '[1, 2, 3]');
		const warnings: string[] = [];
		expect(new JsonStore(folder, (message) => warnings.push(message)).read('log.json', isLog)).toBeNull();
		expect(warnings).toHaveLength(1);
	});

	it('breaks a lock left by a process that is gone', () => {
		const folder = scratch();
		const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
		writeFileSync(join(folder, 'log.json.lock'), dead.stdout);
		const store = new JsonStore(folder, () => {});
		expect(store.update('log.json', isLog, () => ({items: ['y']}))).toBe(true);
		expect(existsSync(join(folder, 'log.json.lock'))).toBe(false);
	});

	it('warns once and throws nothing when the folder cannot be written', () => {
		// A regular file where the state folder's parent should be: no one, root included, can create it.
		const parent = scratch();
		writeFileSync(join(parent, 'ro'), 'not a folder');
		const warnings: string[] = [];
		const store = new JsonStore(join(parent, 'ro', 'comb'), (message) => warnings.push(message));
		const write = () => store.update('log.json', isLog, () => ({items: []}));
		expect(write()).toBe(false);
		expect(write()).toBe(false);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/cannot save the reading state/);
	});
});

describe('pruning', () => {
	it('keeps the most recently written article and resume records, up to the limits', async () => {
		const {pruneStore} = await import('../../source/state/prune.js');
		const {utimesSync} = await import('node:fs');
		const folder = scratch();
		const store = new JsonStore(folder, () => {});
		for (let index = 0; index < 6; index++) {
			store.update(`articles/a${index}.json`, isLog, () => ({items: []}));
			const when = new Date(Date.UTC(2026, 0, 1 + index));
			utimesSync(join(folder, 'articles', `a${index}.json`), when, when);
		}
		store.update('resume/r.json', isLog, () => ({items: []}));
		pruneStore(store, Date.now(), true, {articles: 4, resume: 1});
		expect(readdirSync(join(folder, 'articles')).sort()).toEqual(['a2.json', 'a3.json', 'a4.json', 'a5.json']);
		expect(readdirSync(join(folder, 'resume'))).toEqual(['r.json']);
	});
});
