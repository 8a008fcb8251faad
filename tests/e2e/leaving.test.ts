/** Leaving comb in a real terminal (tmux, an interactive bash): nothing of comb's is left for the shell to read. */
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
});
