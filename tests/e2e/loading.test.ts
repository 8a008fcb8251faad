/** The loading screen in a real terminal (tmux): progress while an input arrives, keys kept for after, Ctrl-C. */
import {execFileSync} from 'node:child_process';
import {afterEach, describe, expect, it} from 'vitest';
import {TmuxSession} from './tmux.js';

let session: TmuxSession | undefined;

afterEach(() => {
	session?.kill();
	session = undefined;
});

function start(command: string, columns = 80, rows = 24): TmuxSession {
	session = TmuxSession.start(command, columns, rows);
	return session;
}

describe('loading an input that takes a while', () => {
	it('shows progress full screen, keeps the keys typed meanwhile unechoed, and acts on them once it opens', async () => {
		// Five articles arrive at once; standard input then stays open for 4 s more.
		const terminal = start(
			'(cat data/several-articles.txt data/coalition-base.txt data/deep-thread.txt; sleep 4) | node dist/cli.js',
		);
		let screen = await terminal.waitFor('reading standard input');
		expect(terminal.pane('alternate_on')).toBe('1');
		expect(screen).toMatch(/\d+\.\d MB read/);
		expect(screen).toContain('Ctrl-C stops');
		terminal.keys('j', 'j', 'j');
		screen = await terminal.waitFor('3 keys typed, kept for when it opens');
		// Typed keys are not echoed over the screen.
		expect(screen).not.toMatch(/j{2,}|\^\[/);
		screen = await terminal.waitFor('article 4/5');
		expect(screen).not.toContain('keys typed');
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('Ctrl-C while waiting puts the terminal back as it was (echo on, main screen) and exits 130', async () => {
		const terminal = start("sleep 5 | node dist/cli.js; s=$?; stty -a | tr ' ' '\\n' | grep -x -- '-*echo'; (exit $s)");
		await terminal.waitFor('waiting for standard input');
		terminal.keys('x', 'C-c');
		expect(await terminal.exitStatus()).toBe(130);
		const screen = terminal.screen();
		expect(screen.split('\n')).toContain('echo');
		expect(terminal.pane('alternate_on')).toBe('0');
		expect(terminal.pane('cursor_flag')).toBe('1');
	});

	it('a load problem met on the way shows in the explorer, and on stderr once it closes', async () => {
		const terminal = start('(sleep 4; cat data/coalition-base.txt) | node dist/cli.js - no-such-file.txt');
		await terminal.waitFor('waiting for standard input');
		let screen = await terminal.waitFor('cannot read no-such-file.txt');
		expect(screen).toContain('U.S.-led Coalition Hands Over Key Base');
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(2);
		screen = terminal.screen();
		expect(screen).toContain('comb: cannot read no-such-file.txt');
		expect(terminal.pane('alternate_on')).toBe('0');
	});

	it('killed while loading (SIGKILL, as out of memory would): the watcher puts the terminal back, cooked', async () => {
		// The shell reports the status once sleep ends too.
		// The status is echoed a second later: the watcher leaves the alternate screen after the shell sees comb die.
		const terminal = start('sleep 6 | node dist/cli.js 2>&1; s=$?; sleep 1; (exit $s)');
		await terminal.waitFor('waiting for standard input');
		const paneTty = terminal.pane('pane_tty');
		expect(execFileSync('stty', ['-F', paneTty, '-a'], {encoding: 'utf8'})).toMatch(/-icanon/);
		process.kill(terminal.pid(), 'SIGKILL');
		expect(await terminal.exitStatus()).toBe(137);
		await terminal.waitFor((screen) => screen.replace(/\n/g, '').includes('restored it'));
		expect(terminal.pane('alternate_on')).toBe('0');
		expect(execFileSync('stty', ['-F', paneTty, '-a'], {encoding: 'utf8'})).toMatch(/[^-]icanon/);
	});

	it('killed in the explorer with the data piped in (keys from /dev/tty): the watcher restores the cooked modes too', async () => {
		const terminal = start('cat data/coalition-base.txt | node dist/cli.js 2>&1; s=$?; sleep 1; (exit $s)');
		await terminal.waitFor('13 comments');
		const paneTty = terminal.pane('pane_tty');
		expect(execFileSync('stty', ['-F', paneTty, '-a'], {encoding: 'utf8'})).toMatch(/-icanon/);
		process.kill(terminal.pid(), 'SIGKILL');
		expect(await terminal.exitStatus()).toBe(137);
		await terminal.waitFor((screen) => screen.replace(/\n/g, '').includes('restored it'));
		expect(execFileSync('stty', ['-F', paneTty, '-a'], {encoding: 'utf8'})).toMatch(/[^-]icanon/);
	});

	it('an empty pipe: says there are no articles and exits (the keyboard opened for the explorer is let go)', async () => {
		const terminal = start('true | node dist/cli.js');
		expect(await terminal.exitStatus()).toBe(0);
		expect(terminal.screen()).toContain('comb: no articles in standard input');
	});

	it('Ctrl-Z while loading suspends to the shell with the terminal cooked; fg brings the loading screen back', async () => {
		session = TmuxSession.start('bash --norc -i', 80, 24, {PS1: 'SHELL$ '});
		const terminal = session;
		await terminal.waitFor('SHELL$');
		terminal.keys('-l', '(sleep 7; cat data/coalition-base.txt) | node dist/cli.js');
		terminal.keys('Enter');
		await terminal.waitFor('waiting for standard input');
		terminal.keys('j');
		await terminal.waitFor('1 key typed');
		terminal.keys('C-z');
		// At once, long before the input comes (a replayed Ctrl-Z would stop the explorer only then).
		let screen = await terminal.waitFor((text) => /Stopped/.test(text), 2500);
		expect(screen).not.toContain('waiting for standard input');
		expect(terminal.pane('alternate_on')).toBe('0');
		// comb is stopped, not the explorer opened and suspended by a replayed Ctrl-Z.
		expect(screen).toMatch(/Stopped[\s\S]*node di\s*st\/cli\.js/);
		terminal.keys('-l', 'fg');
		terminal.keys('Enter');
		// Back on the loading screen (or already in the explorer if the input came meanwhile), keys kept.
		screen = await terminal.waitFor((text) => text.includes('1 key typed') || text.includes('13 comments'));
		expect(terminal.pane('alternate_on')).toBe('1');
		// The j typed before the stop acts once the explorer opens: the focus goes to the first comment.
		screen = await terminal.waitFor('comment 1/13');
		expect(screen).toContain('13 comments');
		terminal.keys('q');
		await terminal.waitFor('SHELL$');
	});

	it('keys typed while loading keep their order and their breaks: a search typed and left with Esc, then j', async () => {
		const terminal = start(
			'(cat data/several-articles.txt data/coalition-base.txt data/deep-thread.txt; sleep 4) | node dist/cli.js',
		);
		await terminal.waitFor('reading standard input');
		terminal.keys('/', 'a', 'b', 'c');
		await new Promise((resolve) => setTimeout(resolve, 200));
		terminal.keys('Escape');
		await new Promise((resolve) => setTimeout(resolve, 400));
		terminal.keys('j');
		await terminal.waitFor('6 keys typed');
		// Esc closed the prompt (it did not join j as Alt-j), and j moved down the list.
		const screen = await terminal.waitFor('article 2/5');
		expect(screen).not.toContain('abc');
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('a row as wide as the terminal keeps its last column (each row is erased before it is written)', async () => {
		// "reading standard input" is 22 columns: the whole width of this terminal.
		const terminal = start("(printf 'x\\n'; sleep 3) | node dist/cli.js", 22, 12);
		const screen = await terminal.waitFor('reading standard');
		expect(screen.split('\n')).toContain('reading standard input');
	});
});
