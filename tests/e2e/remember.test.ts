/**
 * What comb remembers, in a real terminal at 80x24: reopening resumes at the article,
 * comment and folds; a star survives the restart; a re-scrape's new comment is marked
 * and counted; a rebinding from the config file works and shows in the help. Each run
 * has its own XDG folders.
 */
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {TmuxSession} from './tmux.js';

let session: TmuxSession | undefined;

afterEach(() => {
	session?.kill();
	session = undefined;
});

const head = 'March 3, 2022\n\nRunway report published\n\nThe body.\n\n';
const before = `${head}  • ann\n\n    First.\n\n    • bob\n\n      A reply.\n\n  • cat\n\n    Third.\n`;
const after = `${head}  • zed\n\n    Brand new.\n\n  • ann\n\n    First.\n\n    • bob\n\n      A reply.\n\n  • cat\n\n    Third.\n`;

function home() {
	const root = mkdtempSync(join(tmpdir(), 'comb-e2e-home-'));
	const env = {XDG_STATE_HOME: join(root, 'state'), XDG_CONFIG_HOME: join(root, 'config'), COMB_STATE: 'on'};
	const file = join(root, 'story.txt');
	return {root, env, file};
}

async function run(h: ReturnType<typeof home>, ready: string, args = ''): Promise<TmuxSession> {
	session = TmuxSession.start(`node dist/cli.js ${args} ${h.file}`, 80, 24, h.env);
	await session.waitFor(ready);
	return session;
}

async function quit(terminal: TmuxSession): Promise<void> {
	terminal.keys('q');
	expect(await terminal.exitStatus()).toBe(0);
	terminal.kill();
}

describe('comb remembers', () => {
	it('resumes where the reader was, keeps stars, and marks what a re-scrape added', async () => {
		const h = home();
		writeFileSync(h.file, before);
		let terminal = await run(h, 'article · 3 comments');
		terminal.keys('j');
		await terminal.waitFor('comment 1/3');
		terminal.keys('s');
		await terminal.waitFor('starred');
		terminal.keys('h');
		await terminal.waitFor('+1 reply');
		terminal.keys('j');
		await terminal.waitFor('comment 3/3');
		await quit(terminal);

		// The same file again: on cat, ann still folded and starred.
		terminal = await run(h, 'comment 3/3');
		let screen = terminal.screen();
		expect(screen).toMatch(/ann ✦ \+1 reply/);
		await quit(terminal);

		// A re-scrape with a new thread at the top: it is marked and counted, the rest not.
		writeFileSync(h.file, after);
		terminal = await run(h, '1 new');
		terminal.keys('g');
		screen = await terminal.waitFor('article · 4 comments');
		expect(screen).toMatch(/zed ●/);
		expect(screen).not.toMatch(/(ann|cat).*●/);
		terminal.keys('S');
		screen = await terminal.waitFor('starred comments');
		expect(screen).toContain('ann · Runway report published');
		terminal.keys('Enter');
		await terminal.waitFor('comment 2/4');
		await quit(terminal);
	}, 60_000);

	it('uses the keys of the config file, and its help shows them', async () => {
		const h = home();
		writeFileSync(h.file, before);
		mkdirSync(join(h.root, 'config', 'comb'), {recursive: true});
		writeFileSync(join(h.root, 'config', 'comb', 'config.toml'), '[keys]\nmove-down = "x"\n');
		const terminal = await run(h, 'article · 3 comments');
		terminal.keys('j');
		terminal.keys('x');
		await terminal.waitFor('comment 1/3');
		terminal.keys('?');
		const help = await terminal.waitFor('next / previous comment');
		expect(help).toMatch(/x\/k ↑ +next \/ previous comment/);
		terminal.keys('q');
		await terminal.waitFor('comment 1/3');
		await quit(terminal);
	}, 60_000);

	it('recalls the queries of an earlier run with Up, and none with --no-state', async () => {
		const h = home();
		writeFileSync(h.file, before);
		let terminal = await run(h, 'article · 3 comments');
		terminal.keys('/');
		terminal.keys('-l', 'reply');
		await terminal.waitFor('1 match');
		terminal.keys('Enter');
		await terminal.waitFor('match 1/1');
		await quit(terminal);

		// It resumes at the match: wait for the title bar.
		terminal = await run(h, '3 comments · 2 threads');
		terminal.keys('/');
		await terminal.waitFor('search this article');
		terminal.keys('Up');
		await terminal.waitFor('/ reply');
		await terminal.waitFor('1 match');
		terminal.keys('C-u');
		terminal.kill();

		terminal = await run(h, '3 comments · 2 threads', '--no-state');
		terminal.keys('/');
		await terminal.waitFor('search this article');
		terminal.keys('Up', '-');
		const screen = await terminal.waitFor('/ -');
		expect(screen).not.toContain('reply');
	});
});
