/**
 * comb remembering, end to end: `--new` after a re-scrape, `--mark-read`, `--starred`,
 * turning the state off, a damaged or unwritable store, and the config file. Each test
 * has its own XDG folders in a temporary directory: nothing touches the real home.
 */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadInputs} from '../../source/inputs/load-inputs.js';
import {Memory} from '../../source/state/memory.js';
import {JsonStore} from '../../source/state/store.js';
import {runComb} from '../support/run-comb.js';

const head = 'March 3, 2022\n\nRunway report published\n\nThe body.\n\n';
const crawl1 = `${head}  • ann\n\n    First.\n\n    • bob\n\n      A reply.\n\n  • cat\n\n    Third.\n`;
// The re-scrape: a new reply under ann (dan), and cat edited.
const crawl2 = `${head}  • ann\n\n    First.\n\n    • bob\n\n      A reply.\n\n    • dan\n\n      Late reply.\n\n  • cat\n\n    Third, edited.\n`;

/** A fresh home: XDG folders and a folder for inputs. */
function home() {
	const root = mkdtempSync(join(tmpdir(), 'comb-home-'));
	const env = {XDG_STATE_HOME: join(root, 'state'), XDG_CONFIG_HOME: join(root, 'config'), COMB_STATE: undefined};
	const file = (name: string, text: string) => {
		mkdirSync(join(root, 'in'), {recursive: true});
		writeFileSync(join(root, 'in', name), text);
		return join(root, 'in', name);
	};
	return {root, env, file, state: join(root, 'state', 'comb')};
}

const authorsOf = (json: string): string[] => {
	const walk = (nodes: Array<{author: string; replies: unknown[]}>): string[] =>
		nodes.flatMap((node) => [node.author, ...walk(node.replies as typeof nodes)]);
	const parsed = JSON.parse(json) as {articles: Array<{comments: Array<{author: string; replies: unknown[]}>}>};
	return parsed.articles.flatMap((article) => walk(article.comments));
};

describe('--new', () => {
	it('shows everything the first time, nothing once marked read, then exactly what a re-scrape added or changed', async () => {
		const h = home();
		const first = h.file('crawl1.txt', crawl1);
		const one = await runComb(['--json', '--new', first], {env: h.env});
		expect(authorsOf(one.stdout)).toEqual(['ann', 'bob', 'cat']);
		// Without --mark-read, --new marks nothing: cron can look without losing anything.
		expect(authorsOf((await runComb(['--json', '--new', first], {env: h.env})).stdout)).toHaveLength(3);
		const marked = await runComb(['--print', '--new', '--mark-read', first], {env: h.env});
		expect(marked.code).toBe(0);
		expect(authorsOf((await runComb(['--json', '--new', first], {env: h.env})).stdout)).toEqual([]);
		const second = h.file('crawl2.txt', crawl2);
		const fresh = await runComb(['--json', '--new', second], {env: h.env});
		expect(authorsOf(fresh.stdout)).toEqual(['dan', 'cat']);
		const printed = await runComb(['--print', '--new', second], {env: h.env});
		expect(printed.stdout).toContain('Late reply.');
		expect(printed.stdout).not.toContain('A reply.');
		expect(fresh.stderr).toBe('');
	});

	it('remembers nothing with --no-state or COMB_STATE=off', async () => {
		const h = home();
		const first = h.file('crawl1.txt', crawl1);
		await runComb(['--print', '--new', '--mark-read', '--no-state', first], {env: h.env});
		await runComb(['--print', '--new', '--mark-read', first], {env: {...h.env, COMB_STATE: 'off'}});
		expect(existsSync(h.state)).toBe(false);
		expect(authorsOf((await runComb(['--json', '--new', first], {env: h.env})).stdout)).toHaveLength(3);
	});

	it('sets a corrupt store aside with one warning and goes on', async () => {
		const h = home();
		const first = h.file('crawl1.txt', crawl1);
		await runComb(['--print', '--new', '--mark-read', first], {env: h.env});
		const [record] = readdirSync(join(h.state, 'articles'));
		writeFileSync(join(h.state, 'articles', record!), '{"version": 1, "seen": [');
		const run = await runComb(['--json', '--new', '--mark-read', first], {env: h.env});
		expect(run.code).toBe(0);
		expect(authorsOf(run.stdout)).toHaveLength(3);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/^comb: the reading state .* was unreadable; moved it to .*\.corrupt-\d+/);
		expect(readdirSync(join(h.state, 'articles')).some((name) => name.includes('.corrupt-'))).toBe(true);
	});

	it('works with a state folder it cannot write: one warning, the output is whole', async () => {
		// A regular file where the state folder should be: no one, root included, can write there.
		const h = home();
		writeFileSync(join(h.root, 'state'), 'not a folder');
		const run = await runComb(['--print', '--new', '--mark-read', h.file('a.txt', crawl1)], {env: h.env});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Third.');
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
	});
});

describe('--starred', () => {
	it('exports the starred comments of the inputs, found again in a re-scrape', async () => {
		const h = home();
		const first = h.file('crawl1.txt', crawl1);
		const loaded = await loadInputs([first], {stdin: process.stdin, isStdinFolder: false});
		const memory = new Memory(loaded.articles, new JsonStore(h.state, () => {}), [first]);
		memory.toggleStar(0, 1);
		memory.save();
		const second = h.file('crawl2.txt', crawl2);
		const run = await runComb(['--json', '--starred', second], {env: h.env});
		expect(authorsOf(run.stdout)).toEqual(['bob']);
		const printed = await runComb(['--print', '--starred', second], {env: h.env});
		expect(printed.stdout).toContain('A reply.');
		expect(printed.stdout).not.toContain('First.');
	});
});

describe('the config file', () => {
	it('--config-path says where it is read from', async () => {
		const h = home();
		const run = await runComb(['--config-path'], {env: h.env});
		expect(run.stdout).toBe(`${join(h.root, 'config', 'comb', 'config.toml')}\n`);
	});

	it('a wrong one is one clear error per problem, with file and line, exit 2', async () => {
		const h = home();
		mkdirSync(join(h.root, 'config', 'comb'), {recursive: true});
		const path = join(h.root, 'config', 'comb', 'config.toml');
		writeFileSync(path, 'ascii = true\n\n[keys]\nfly-away = "f"\n');
		const run = await runComb(['--print', h.file('a.txt', crawl1)], {env: h.env});
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(
			`comb: ${path}:4: unknown command "fly-away" in [keys] (see comb --help for the commands)\n`,
		);
	});

	it('sets defaults (width, ascii) and its rebinding shows in comb --help', async () => {
		const h = home();
		mkdirSync(join(h.root, 'config', 'comb'), {recursive: true});
		writeFileSync(join(h.root, 'config', 'comb', 'config.toml'), 'width = 30\n[keys]\ntoggle-star = "x"\n');
		const help = await runComb(['--help'], {env: h.env});
		expect(help.stdout).toMatch(/toggle-star +x\b/);
		const printed = await runComb(['--print', h.file('a.txt', crawl1)], {env: h.env});
		expect(Math.max(...printed.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(30);
	});
});
