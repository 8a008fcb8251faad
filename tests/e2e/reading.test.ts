/** Reading comfort in a real terminal (tmux): the first screen, the list at 80 columns, the help to its end, load errors. */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {TmuxSession} from './tmux.js';

let session: TmuxSession | undefined;

afterEach(() => {
	session?.kill();
	session = undefined;
});

function startComb(args: string, columns = 80, rows = 24, env: Record<string, string> = {}): TmuxSession {
	session = TmuxSession.start(`node dist/cli.js ${args}`, columns, rows, env);
	return session;
}

describe('reading comfort at 80x24', () => {
	it('an article opens on its title, the start of its text and its first comments; t shows the text, kept for the next article', async () => {
		const terminal = startComb('data/');
		await terminal.waitFor('article 1/');
		terminal.keys('j', 'Enter');
		let screen = await terminal.waitFor('more lines · t');
		expect(screen).toContain('U.S.-led Coalition Hands Over Key Base');
		const lines = screen.split('\n');
		expect(lines.slice(0, 8).join('\n')).toContain('The U.S.-led coalition announced on March 26');
		expect(screen).toMatch(/… \d+ more lines · t/);
		// The first comments are on the first screen.
		expect(screen).toContain('Damien C');
		expect(screen).toContain('This bases was not used for attacking ISIS');
		terminal.keys('t');
		screen = await terminal.waitFor((text) => !/more lines · t/.test(text));
		expect(screen).toContain('A spokesman for the coalition');
		// Back to the list, into another article: its text is shown whole too.
		terminal.keys('q', 'j', 'Enter');
		screen = await terminal.waitFor('article · 37 comments');
		expect(screen).not.toMatch(/more lines · t/);
		terminal.keys('t');
		await terminal.waitFor('more lines · t');
	});

	it('the list at 80 columns: titles first and long, dates and counts in columns, no paths', async () => {
		const terminal = startComb('data/ data/coalition-base.txt');
		const screen = await terminal.waitFor('article 1/');
		const rows = screen.split('\n').slice(1, 8);
		expect(rows[0]).toMatch(/^▌ Airport Expansion: What the Inspector’s Final Re… {2}March 3, 2022 {3}10 comments$/);
		const countEnds = rows.map((row) => row.trimEnd().length);
		expect(new Set(countEnds).size).toBe(1);
		expect(rows.filter((row) => row.includes('U.S.-led Coalition'))).toHaveLength(1);
		expect(screen).not.toContain('data/');
		// Named twice, the sample is listed once.
		expect(screen.split('\n').filter((row) => row.includes('U.S.-led Coalition'))).toHaveLength(1);
	});

	it('the help scrolls to its end with G and comes back with g', async () => {
		const terminal = startComb('data/coalition-base.txt');
		await terminal.waitFor('article · 13 comments');
		terminal.keys('?');
		let screen = await terminal.waitFor('comb: keys');
		expect(screen).toMatch(/1-22\/\d+/);
		expect(screen).not.toContain('Search syntax');
		terminal.keys('G');
		screen = await terminal.waitFor('both / either');
		expect(screen).toContain('Search syntax');
		expect(screen).toContain('Typed line (search prompt, title filter)');
		terminal.keys('g');
		screen = await terminal.waitFor('1-22/');
		terminal.keys('x');
		await terminal.waitFor('article · 13 comments');
	});

	it('a file that cannot be read is said in the explorer when it opens, and listed in the help', async () => {
		const terminal = startComb('data/ missing.txt');
		let screen = await terminal.waitFor('cannot read missing.txt');
		expect(screen.trimEnd().split('\n').at(-1)).toContain('cannot read missing.txt: no such file or directory');
		terminal.keys('j');
		screen = await terminal.waitFor('article 2/');
		terminal.keys('?');
		screen = await terminal.waitFor('Problems while loading');
		expect(screen).toContain('cannot read missing.txt');
	});

	it('the mouse wheel scrolls the article and a click focuses a comment', async () => {
		const terminal = startComb('data/coalition-base.txt');
		await terminal.waitFor('article · 13 comments');
		// SGR reports, as a terminal sends them for the wheel and a left click.
		terminal.tmux('send-keys', '-t', 'comb', '-l', '\u001B[<65;10;5M');
		terminal.tmux('send-keys', '-t', 'comb', '-l', '\u001B[<65;10;5M');
		let screen = await terminal.waitFor('comment 1/13');
		expect(screen.split('\n')[1]).not.toContain('U.S.-led Coalition');
		const row = screen.split('\n').findIndex((line) => line.includes('verner')) + 1;
		terminal.tmux('send-keys', '-t', 'comb', '-l', `\u001B[<0;10;${row}M`);
		screen = await terminal.waitFor('comment 3/13');
		expect(screen).toMatch(/▌ verner/);
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('turns SGR mouse reporting on, off again on quitting, and not at all with --no-mouse', async () => {
		let terminal = startComb('data/coalition-base.txt');
		await terminal.waitFor('article · 13 comments');
		expect(terminal.pane('mouse_sgr_flag')).toBe('1');
		expect(terminal.pane('mouse_standard_flag')).toBe('1');
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
		expect(terminal.pane('mouse_sgr_flag')).toBe('0');
		expect(terminal.pane('mouse_standard_flag')).toBe('0');
		terminal.kill();
		terminal = startComb('--no-mouse data/coalition-base.txt');
		await terminal.waitFor('article · 13 comments');
		expect(terminal.pane('mouse_standard_flag')).toBe('0');
	});

	it('draws a link in a comment as an OSC 8 hyperlink in the raw output, with its whole URL', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'comb-link-'));
		const url = 'https://www.example.com/news/2020/03/26/the-coalition-hands-over-the-key-base-to-iraqi-forces.html';
		writeFileSync(
			join(folder, 'links.txt'),
			`May 2024\n\nLinks\n\n\nBody.\n\n\n\n\n\t• alice\n\n\t\tSee ${url}. Or javascript:alert(1) here.\n`,
		);
		const raw = join(folder, 'raw.log');
		const terminal = startComb(`${folder}/links.txt`);
		terminal.tmux('pipe-pane', '-o', '-t', 'comb', `cat >> ${raw}`);
		terminal.keys('j');
		await terminal.waitFor('comment 1/1');
		terminal.keys('v', 'v');
		await terminal.waitFor('full view');
		await new Promise((resolve) => setTimeout(resolve, 300));
		const bytes = readFileSync(raw, 'utf8');
		expect(bytes).toContain(`\u001B]8;;${url}\u001B\\`);
		expect(bytes).toContain('\u001B]8;;\u001B\\');
		expect(bytes).not.toContain('\u001B]8;;javascript');
	});

	it('draws each row of a URL too long for the width as its own OSC 8 hyperlink to the whole URL', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'comb-link-'));
		const url = `https://www.example.com/archive/${'a-very-long-path-segment/'.repeat(8)}end.html`;
		writeFileSync(
			join(folder, 'long.txt'),
			`May 2024\n\nLinks\n\n\nBody.\n\n\n\n\n\t• alice\n\n\t\tRead ${url} today.\n`,
		);
		const raw = join(folder, 'raw.log');
		const terminal = startComb(`${folder}/long.txt`);
		terminal.tmux('pipe-pane', '-o', '-t', 'comb', `cat >> ${raw}`);
		terminal.keys('j');
		await terminal.waitFor('comment 1/1');
		await new Promise((resolve) => setTimeout(resolve, 300));
		const bytes = readFileSync(raw, 'utf8');
		// The rows the URL takes on screen.
		const rows = terminal
			.screen()
			.split('\n')
			.filter((line) => /a-very-long-path-segment|end\.html/.test(line)).length;
		expect(rows).toBeGreaterThanOrEqual(3);
		// Every hyperlink goes to the whole URL, and its texts are the pieces of every row, the last one too.
		const links = [...bytes.matchAll(/\u001B]8;;([^\u001B]*)\u001B\\([^\u001B]*)\u001B]8;;\u001B\\/g)];
		expect(new Set(links.map((match) => match[1]))).toEqual(new Set([url]));
		// Each drawing of the comment draws the URL's rows in order: the texts join into the URL, once per drawing.
		const drawings = links.length / rows;
		expect(drawings).toBeGreaterThanOrEqual(1);
		expect(links.map((match) => match[2]).join('')).toBe(url.repeat(drawings));
	});
});

// vitest's FORCE_COLOR=0 reaches the pane and turns every style off: unset, so colour is comb's own choice.
for (const {name, env} of [
	{name: 'with colour', env: {}},
	{name: 'without colour (NO_COLOR=1)', env: {NO_COLOR: '1'}},
]) {
	describe(`reading comfort at 200x60 ${name}`, () => {
		it('the list shows whole titles and dates, the first screen its text and comments, the wheel and a click work', async () => {
			session = TmuxSession.start('unset FORCE_COLOR; node dist/cli.js data/', 200, 60, env);
			const terminal = session;
			let screen = await terminal.waitFor('article 1/');
			// Whole titles and dates, in columns, beside each other.
			expect(screen).toMatch(/The footbridge repaint: what colour\? +Thursday, October 3, 2024 +4 comments +4 threads/);
			expect(screen).not.toContain('data/');
			terminal.keys('j', 'j', 'Enter');
			screen = await terminal.waitFor('article · 37 comments');
			const lines = screen.split('\n');
			expect(lines[1]).toContain('Offshore Wind Farm Plan Splits Coastal Town');
			expect(screen).toMatch(/… \d+ more lines · t/);
			// The text wraps at the reading width (100 columns), not the full 200.
			const text = lines.find((line) => line.includes('Plans for 48 turbines'))!;
			expect(text.trimEnd().length).toBeGreaterThan(80);
			expect(text.trimEnd().length).toBeLessThanOrEqual(102);
			expect(screen).toContain('Ewan McLeod');
			// Colour only when allowed; bold (names, title) either way.
			const styled = terminal.screenWithStyles();
			const colours = /\u001B\[[0-9;]*(?:3[0-7]|9[0-7]|38;)[0-9;]*m/;
			expect(colours.test(styled)).toBe(!('NO_COLOR' in env));
			expect(styled).toMatch(/\u001B\[[0-9;]*1m/);
			terminal.tmux('send-keys', '-t', 'comb', '-l', '\u001B[<65;10;5M');
			screen = await terminal.waitFor('comment 1/37');
			expect(screen.split('\n')[1]).not.toContain('Offshore Wind Farm');
			const row = screen.split('\n').findIndex((line) => line.includes('├─ Ewan McLeod')) + 1;
			expect(row).toBeGreaterThan(1);
			terminal.tmux('send-keys', '-t', 'comb', '-l', `\u001B[<0;30;${row}M`);
			screen = await terminal.waitFor('comment 3/37');
			expect(screen).toMatch(/▌ +├─ Ewan McLeod/);
		});
	});
}
