/** Leaving comb in a real terminal (tmux, an interactive bash): nothing of comb's is left for the shell to read. */
import {execFileSync} from 'node:child_process';
import {afterEach, describe, expect, it} from 'vitest';
import {TmuxSession} from './tmux.js';

let session: TmuxSession | undefined;

afterEach(() => {
	session?.kill();
	session = undefined;
});

function shell(columns = 80, rows = 24): TmuxSession {
	session = TmuxSession.start('bash --norc -i', columns, rows, {PS1: 'SHELL$ ', COMB_STATE: 'off'});
	return session;
}

/** Runs `command` at the shell prompt. */
function run(terminal: TmuxSession, command: string): void {
	terminal.keys('-l', command);
	terminal.keys('Enter');
}

describe('leaving', () => {
	it('a key and q at once: comb leaves at once and the terminal answer to its last frame never reaches the shell', async () => {
		const terminal = shell();
		await terminal.waitFor('SHELL$');
		run(terminal, 'node dist/cli.js data/');
		await terminal.waitFor('article 1/');
		const start = Date.now();
		// One write: the move's frame is still awaiting the terminal's answer when q quits.
		terminal.keys('-l', 'jq');
		// The second prompt: comb has left.
		await terminal.waitFor((screen) => screen.split('\n').filter((line) => line.startsWith('SHELL$')).length >= 2);
		expect(Date.now() - start).toBeLessThan(900);
		await new Promise((resolve) => setTimeout(resolve, 1500));
		const screen = terminal.screen();
		expect(screen).not.toMatch(/1;2c|\^\[\[/);
		run(terminal, 'echo STATUS:$?');
		expect(await terminal.waitFor('STATUS:0')).not.toMatch(/1;2c/);
	});

	it('comb - typed at the terminal: after Ctrl-D the explorer reads keys from the terminal and stays until q', async () => {
		const terminal = shell();
		await terminal.waitFor('SHELL$');
		run(terminal, 'node dist/cli.js -');
		await terminal.waitFor('type or paste, then Ctrl-D');
		for (const line of ['Typed title', '', '  • ann', '', '    first', '', '  • bob', '', '    second']) {
			terminal.keys('-l', line);
			terminal.keys('Enter');
		}
		terminal.keys('C-d');
		await terminal.waitFor('Typed title');
		await new Promise((resolve) => setTimeout(resolve, 1500));
		let screen = terminal.screen();
		expect(terminal.pane('alternate_on')).toBe('1');
		expect(screen).not.toMatch(/quit[a-z]|1;2c/);
		terminal.keys(']');
		screen = await terminal.waitFor('comment 1/2');
		terminal.keys(']');
		await terminal.waitFor('comment 2/2');
		terminal.keys('q');
		await terminal.waitFor((text) => text.split('\n').filter((line) => line.startsWith('SHELL$')).length >= 2);
		run(terminal, 'echo STATUS:$?');
		screen = await terminal.waitFor('STATUS:');
		expect(screen).toContain('STATUS:0');
		expect(screen).not.toMatch(/1;2c/);
	});

	it('kill %1 on a comb suspended with Ctrl-Z ends it (143) without stopping again on the terminal', async () => {
		const terminal = shell();
		await terminal.waitFor('SHELL$');
		run(terminal, 'node dist/cli.js data/');
		await terminal.waitFor('article 1/');
		terminal.keys('C-z');
		await terminal.waitFor('Stopped');
		run(terminal, 'kill %1');
		await new Promise((resolve) => setTimeout(resolve, 800));
		run(terminal, 'jobs; echo JOBS-DONE');
		const screen = await terminal.waitFor('JOBS-DONE\n');
		expect(screen).toMatch(/Terminated/);
		expect(screen).not.toMatch(/Stopped \(tty output\)/);
		expect(terminal.pane('alternate_on')).toBe('0');
	});

	it('while loading: Ctrl-Z, then kill %1 ends it without stopping again on the terminal', async () => {
		const terminal = shell();
		await terminal.waitFor('SHELL$');
		// The producer outlives the SIGTERM, so comb is still loading when it comes.
		run(terminal, "(trap '' TERM; sleep 20) | node dist/cli.js");
		await terminal.waitFor('waiting for standard input');
		terminal.keys('C-z');
		await terminal.waitFor('Stopped');
		const tty = terminal.pane('pane_tty').replace('/dev/', '');
		const combOnTerminal = () => execFileSync('ps', ['-t', tty, '-o', 'stat=,comm='], {encoding: 'utf8'});
		expect(combOnTerminal()).toMatch(/T\S*\s+comb/);
		run(terminal, 'kill %1');
		const deadline = Date.now() + 3000;
		while (/comb/.test(combOnTerminal()) && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		expect(combOnTerminal()).not.toMatch(/comb/);
		expect(terminal.screen()).not.toMatch(/\(tty output\)/);
	});
});
