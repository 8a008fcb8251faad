import {afterEach, describe, expect, it} from 'vitest';
import {TmuxSession} from './tmux.js';

let session: TmuxSession | undefined;

afterEach(() => {
	session?.kill();
	session = undefined;
});

describe('finding in a real terminal at 80x24', () => {
	it('searches the sample for a phrase with a typo, jumps to a result and cycles through the matches', async () => {
		session = TmuxSession.start('node dist/cli.js data/coalition-base.txt', 80, 24);
		const terminal = session;
		await terminal.waitFor('article · 13 comments');
		terminal.keys('/');
		await terminal.waitFor('search this article');
		terminal.keys('-l', 'temprary movment');
		let screen = await terminal.waitFor('2 matches');
		expect(screen).toMatch(/▌ Azriel Herskowitz · .*temporary movement/);
		expect(screen).toMatch(/John Wallace · .*temporary movement/);
		terminal.keys('C-n', 'Enter');
		screen = await terminal.waitFor('match 2/2');
		expect(screen).toContain('comment 7/13');
		expect(screen).toMatch(/▌ ├─ John Wallace/);
		terminal.keys('n');
		screen = await terminal.waitFor('match 1/2');
		expect(screen).toMatch(/▌ Azriel Herskowitz/);
		terminal.keys('N');
		await terminal.waitFor('match 2/2');
		terminal.keys('Escape');
		screen = await terminal.waitFor((text) => !text.includes('match 2/2'));
		expect(screen).toContain('comment 7/13');
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('filters by an author from the picker, cycles their comments and clears the filter', async () => {
		session = TmuxSession.start('node dist/cli.js data/many-authors.txt', 80, 24);
		const terminal = session;
		await terminal.waitFor('article · 66 comments');
		terminal.keys('a');
		let screen = await terminal.waitFor('filter by author');
		expect(screen).toMatch(/\[ \] MarcoP +11/);
		terminal.keys('-l', 'marco');
		await terminal.waitFor((text) => text.includes('@ marco') && text.includes('1 author'));
		terminal.keys('Enter');
		await terminal.waitFor('filter: MarcoP');
		terminal.keys('G');
		screen = await terminal.waitFor((text) => /… \d+ hidden/.test(text));
		terminal.keys('g');
		await terminal.waitFor('article · 66 comments');
		terminal.keys('n');
		screen = await terminal.waitFor('comment 1/66');
		expect(screen).toMatch(/▌ MarcoP/);
		terminal.keys('n');
		screen = await terminal.waitFor((text) => /comment (\d+)\/66/.test(text) && !text.includes('comment 1/66'));
		const focused = /comment (\d+)\/66/.exec(screen)![1];
		expect(screen).toMatch(/▌ .*MarcoP/);
		terminal.keys('Escape');
		screen = await terminal.waitFor((text) => !text.includes('filter: MarcoP'));
		expect(screen).toContain(`comment ${focused}/66`);
		terminal.keys('G');
		screen = await terminal.waitFor('comment 66/66');
		expect(screen).not.toMatch(/… \d+ hidden/);
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('opens with --search and --author already applied', async () => {
		session = TmuxSession.start(
			'node dist/cli.js --author "John Wallace" --search "rocket nose" data/coalition-base.txt',
			80,
			24,
		);
		const terminal = session;
		let screen = await terminal.waitFor('1 match');
		expect(screen).toContain('/ rocket nose');
		expect(screen).toMatch(/Amon -Ra- DeArmond · .*rocket nose/);
		terminal.keys('Escape');
		await terminal.waitFor('filter: John Wallace');
		terminal.keys('G');
		// The whole filtered thread fits under the short article text: wait for the focus itself.
		screen = await terminal.waitFor((text) => /▌ .*John Wallace/.test(text));
		expect(screen).toMatch(/… \d+ hidden/);
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('recalls an earlier query with Up, filters the list by title with f, and lists titles from the list', async () => {
		session = TmuxSession.start('node dist/cli.js data/', 80, 24);
		const terminal = session;
		await terminal.waitFor('11 articles');
		terminal.keys('f');
		terminal.keys('-l', 'clos');
		let screen = await terminal.waitFor('title: clos (2/11 articles)');
		expect(screen).toMatch(/▌ City to Close Old Town/);
		expect(screen).toContain('Allotment waiting list to close');
		expect(screen).not.toContain('Airport Expansion');
		terminal.keys('Enter', 'j');
		screen = await terminal.waitFor('article 2/2');
		terminal.keys('Escape');
		screen = await terminal.waitFor('article 6/11');
		terminal.keys('/');
		terminal.keys('-l', 'bus');
		screen = await terminal.waitFor('1 title · 11 matches');
		expect(screen).toMatch(/▌ article: Night bus route 7 .*· 4 comments/);
		terminal.keys('Enter');
		screen = await terminal.waitFor('11 matches "bus"');
		expect(screen).toMatch(/^Night bus route 7/);
		terminal.keys('n');
		screen = await terminal.waitFor('match 1/11 "bus"');
		// n goes on to the first match in reading order, in whatever article holds it.
		const openTitle = screen.split('\n')[0]!.slice(0, 30);
		terminal.keys('q');
		// The list cursor follows the article open last.
		screen = await terminal.waitFor((text) => /article \d+\/11/.test(text));
		expect(screen.split('\n').find((row) => row.startsWith('▌ '))).toContain(openTitle);
		terminal.keys('/');
		terminal.keys('-l', 'ferry');
		await terminal.waitFor((text) => text.includes('1 title') && text.includes('/ ferry'));
		terminal.keys('Up');
		screen = await terminal.waitFor('/ bus');
		await terminal.waitFor('1 title · 11 matches');
		terminal.keys('Down');
		await terminal.waitFor('/ ferry');
		terminal.keys('Escape');
		await terminal.waitFor((text) => /article \d+\/11/.test(text));
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});
});
