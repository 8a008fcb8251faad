/** The search prompt's history across runs (issue 11, point 4): kept in the reading state, merged between processes. */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {Memory} from '../../source/state/memory.js';
import {appendQueries, keptQueries, QueryLog} from '../../source/state/query-log.js';
import {JsonStore} from '../../source/state/store.js';
import {article, c} from '../support/trees.js';

const articles = [article([c('ann')], {title: 'Story'})];
const folder = () => mkdtempSync(join(tmpdir(), 'comb-queries-'));
const store = (path: string) => new JsonStore(path, () => {});

/** A run that types `queries` into the prompt's history (one appended at a time, as the explorer does) and saves. */
function run(path: string, queries: readonly string[]): readonly string[] {
	const memory = new Memory(articles, store(path), ['a']);
	let history = memory.queries.read();
	const before = history;
	memory.queries.keep(history);
	for (const query of queries) {
		history = [...history, query];
		memory.queries.keep(history);
	}
	memory.save();
	return before;
}

describe('the query history across runs', () => {
	it('gives the next run the queries of the one before, oldest first', () => {
		const path = folder();
		expect(run(path, ['bus', 'ferry'])).toEqual([]);
		expect(run(path, ['tram'])).toEqual(['bus', 'ferry']);
		expect(run(path, [])).toEqual(['bus', 'ferry', 'tram']);
	});

	it('keeps both runs queries when two combs save one after the other', () => {
		const path = folder();
		const one = new Memory(articles, store(path), ['a']);
		const two = new Memory(articles, store(path), ['b']);
		for (const [memory, query] of [
			[one, 'from one'],
			[two, 'from two'],
		] as const) {
			memory.queries.keep(memory.queries.read());
			memory.queries.keep([query]);
		}
		one.save();
		two.save();
		expect(run(path, [])).toEqual(['from one', 'from two']);
	});

	it('keeps the newest hundred, and a query equal to the one before it once', () => {
		expect(appendQueries(['a'], ['a', 'b', 'b', 'a'])).toEqual(['a', 'b', 'a']);
		const many = Array.from({length: 130}, (_, index) => `q${index}`);
		const path = folder();
		run(path, many);
		const kept = run(path, []);
		expect(kept).toHaveLength(keptQueries);
		expect(kept.at(-1)).toBe('q129');
		expect(kept[0]).toBe('q30');
	});

	it('sets a damaged record aside and starts afresh', () => {
		const path = folder();
		writeFileSync(join(path, 'queries.json'), '{"version": 1, "queries": [3]}');
		expect(run(path, ['bus'])).toEqual([]);
		expect(JSON.parse(readFileSync(join(path, 'queries.json'), 'utf8')).queries).toEqual(['bus']);
	});

	it('remembers nothing without a store (the state off)', () => {
		const log = new QueryLog(null);
		log.keep([]);
		log.keep(['bus']);
		log.save();
		expect(log.read()).toEqual([]);
	});
});
