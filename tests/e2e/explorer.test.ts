import {afterEach, describe, expect, it} from 'vitest';
import {TmuxSession} from './tmux.js';

let session: TmuxSession | undefined;

afterEach(() => {
	session?.kill();
	session = undefined;
});

/** Starts comb after printing a marker, so a restored main screen can be recognised. */
function startComb(args: string, columns = 80, rows = 24, env: Record<string, string> = {}): TmuxSession {
	session = TmuxSession.start(`echo BEFORE-COMB; node dist/cli.js ${args}`, columns, rows, env);
	return session;
}

/** The terminal is as comb found it: main screen (with the marker), cursor shown. */
function expectRestored(terminal: TmuxSession): void {
	expect(terminal.pane('alternate_on')).toBe('0');
	expect(terminal.pane('cursor_flag')).toBe('1');
	expect(terminal.screen()).toContain('BEFORE-COMB');
}

describe('the explorer in a real terminal at 80x24', () => {
	it('opens the single sample article, moves, folds, unfolds, shows help and quits cleanly', async () => {
		const terminal = startComb('data/coalition-base.txt');
		let screen = await terminal.waitFor('article · 13 comments');
		expect(terminal.pane('alternate_on')).toBe('1');
		expect(screen).toContain('U.S.-led Coalition Hands Over Key Base');
		expect(screen.split('\n')[0]).toContain('13 comments · 10 threads');

		// Jump to Azriel Herskowitz's thread (the sixth top-level comment) and fold it.
		terminal.keys(']', ']', ']', ']', ']', ']');
		screen = await terminal.waitFor('comment 6/13');
		expect(screen).toMatch(/▌ Azriel Herskowitz/);
		terminal.keys('h');
		screen = await terminal.waitFor('+3 replies');
		expect(screen).not.toContain('rocket nose');
		terminal.keys('l');
		// Unfolded, its replies are back below it (the window still ends at the focus).
		screen = await terminal.waitFor(
			(text) => !text.includes('+3 replies') && text.includes('Iranian Shia terrorists alike'),
		);

		// l on an unfolded comment goes to its first reply; p comes back.
		terminal.keys('l');
		screen = await terminal.waitFor('comment 7/13');
		expect(screen).toMatch(/▌ ├─ John Wallace/);
		terminal.keys('p');
		await terminal.waitFor('comment 6/13');

		terminal.keys('?');
		screen = await terminal.waitFor('closes');
		expect(screen).toContain('next / previous comment');
		terminal.keys('x');
		await terminal.waitFor('comment 6/13');

		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
		expectRestored(terminal);
	});

	it('picks an article from the list of a folder and goes back with q', async () => {
		const terminal = startComb('data/');
		let screen = await terminal.waitFor('article 1/');
		expect(screen).toMatch(/comb · \d+ articles/);
		terminal.keys('j', 'Enter');
		screen = await terminal.waitFor('q list');
		expect(screen).toContain('U.S.-led Coalition Hands Over Key Base');
		terminal.keys('q');
		await terminal.waitFor('article 2/');
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
		expectRestored(terminal);
	});

	it('reads the data from a pipe and the keys from the terminal', async () => {
		session = TmuxSession.start('echo BEFORE-COMB; cat data/coalition-base.txt | node dist/cli.js', 80, 24);
		const terminal = session;
		await terminal.waitFor('article · 13 comments');
		terminal.keys('G');
		const screen = await terminal.waitFor('comment 13/13');
		expect(screen).toMatch(/▌ goingbrokes/);
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
		expectRestored(terminal);
	});

	it('quits at once on Ctrl-C with status 130 and restores the terminal', async () => {
		const terminal = startComb('data/');
		await terminal.waitFor('article 1/');
		terminal.keys('Enter');
		await terminal.waitFor('q list');
		terminal.keys('C-c');
		expect(await terminal.exitStatus()).toBe(130);
		expectRestored(terminal);
	});

	it('restores the terminal on SIGTERM', async () => {
		const terminal = startComb('data/coalition-base.txt');
		await terminal.waitFor('article · 13 comments');
		process.kill(terminal.pid(), 'SIGTERM');
		expect(await terminal.exitStatus()).toBe(143);
		expectRestored(terminal);
	});

	it('redraws to the new size when the terminal is resized', async () => {
		const terminal = startComb('data/coalition-base.txt', 100, 30);
		await terminal.waitFor('article · 13 comments');
		terminal.resize(60, 20);
		const screen = await terminal.waitFor((text) => text.split('\n')[19]?.startsWith('article') === true);
		for (const line of screen.split('\n')) {
			expect(line.length).toBeLessThanOrEqual(60);
		}
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});
});
