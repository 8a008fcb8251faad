import {execFileSync, spawnSync} from 'node:child_process';
import {closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {root, TmuxSession} from './tmux.js';

/**
 * Pipes and SSH: comb in terminals that are not a plain local xterm (no colour, no
 * UTF-8, TERM=dumb, no controlling terminal, CI set), and the terminal-level features
 * (resize, Ctrl-Z, SIGHUP, bursts of keys, OSC 52 copy, a pipe plus a file).
 */

let session: TmuxSession | undefined;
let scratch: string;
/** A copy of data/coalition-base.txt whose text is ASCII only (its comment bullets stay: they are syntax, never drawn). */
let asciiSample: string;

beforeAll(() => {
	scratch = mkdtempSync(join(tmpdir(), 'comb-terminal-'));
	const bullet = /^\s*[•◦▪‣●] /;
	const text = readFileSync(join(root, 'data/coalition-base.txt'), 'utf8')
		.split('\n')
		.map((line) =>
			bullet.test(line)
				? line
				: line
						.replaceAll(/[‘’]/g, "'")
						.replaceAll(/[“”]/g, '"')
						.replaceAll(/[—–]/g, '-')
						.replaceAll('…', '...')
						.replaceAll(/[^\n\x20-\x7e]/g, '?'),
		)
		.join('\n');
	asciiSample = join(scratch, 'coalition-ascii.txt');
	writeFileSync(asciiSample, text);
});

afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

afterEach(() => {
	session?.kill();
	session = undefined;
});

/** Unicode expected by the test: pin a UTF-8 locale whatever the machine's is. */
const utf8 = {LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8'};

/** Starts `command` after printing a marker, so a restored main screen can be recognised. */
function start(command: string, columns = 100, rows = 30, env: Record<string, string> = {}): TmuxSession {
	session = TmuxSession.start(`echo BEFORE-COMB; ${command}`, columns, rows, env);
	return session;
}

/** The terminal is as comb found it: main screen (with the marker), cursor shown. */
function expectRestored(terminal: TmuxSession): void {
	expect(terminal.pane('alternate_on')).toBe('0');
	expect(terminal.pane('cursor_flag')).toBe('1');
	expect(terminal.screen()).toContain('BEFORE-COMB');
}

/** The parameter lists of every SGR sequence (`ESC [ ... m`) in `text`. */
function sgrParameters(text: string): string[] {
	return [...text.matchAll(/\x1b\[([0-9;:]*)m/g)].map((match) => match[1]!);
}

/** The SGR parameters in `parameters` that set a colour (foreground or background, 16, 256 or true colour). */
function colourParameters(parameters: string, allowDefaults: boolean): number[] {
	const found: number[] = [];
	const numbers = parameters === '' ? [0] : parameters.split(/[;:]/).map(Number);
	for (let index = 0; index < numbers.length; index++) {
		const value = numbers[index]!;
		if (value === 38 || value === 48) {
			found.push(value);
			// Skip the colour's own arguments (5;n or 2;r;g;b).
			index += numbers[index + 1] === 5 ? 2 : 4;
		} else if (
			(value >= 30 && value <= 37) ||
			(value >= 40 && value <= 47) ||
			(value >= 90 && value <= 97) ||
			(value >= 100 && value <= 107)
		) {
			found.push(value);
		} else if (!allowDefaults && (value === 39 || value === 49)) {
			found.push(value);
		}
	}
	return found;
}

/** Lines holding a character outside printable ASCII. */
function nonAsciiLines(screen: string): string[] {
	return screen.split('\n').filter((line) => /[^\x20-\x7e]/.test(line));
}

/** The first child process of `parent` whose command name is `name`. */
function childNamed(parent: number, name: string): number | undefined {
	let children: string[];
	try {
		children = execFileSync('pgrep', ['-P', String(parent)], {encoding: 'utf8'})
			.trim()
			.split('\n');
	} catch {
		return undefined;
	}
	const found = children.find((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name);
	return found === undefined ? undefined : Number(found);
}

/** The state letter of a process (`S` sleeping, `T` stopped...). */
function processState(pid: number): string {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]!;
}

/** Waits until `test` holds, polling every 50 ms. */
async function until(test: () => boolean, what: string, timeout = 10_000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline) {
		if (test()) {
			return;
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`timed out waiting for ${what}`);
}

/** tmux's newest paste buffer, or `undefined` when there is none. */
function pasteBuffer(terminal: TmuxSession): string | undefined {
	try {
		return terminal.tmux('show-buffer');
	} catch {
		return undefined;
	}
}

describe('terminals without colour or UTF-8', () => {
	it('NO_COLOR: no colour escapes anywhere, the focus still shown by the bar and inverse video', async () => {
		const raw = join(scratch, 'no-color.raw');
		// The shell waits for Enter, so the pane's output is recorded from comb's very first byte.
		// vitest's FORCE_COLOR=0 reaches the pane through tmux's environment, and it turns off
		// bold and inverse too (chalk's level 0): unset it, as NO_COLOR alone is the case here.
		const terminal = start('unset FORCE_COLOR; read -r _; node dist/cli.js data/coalition-base.txt', 100, 30, {
			...utf8,
			NO_COLOR: '1',
		});
		terminal.tmux('pipe-pane', '-o', '-t', 'comb', `cat >> '${raw}'`);
		terminal.keys('Enter');
		await terminal.waitFor('article · 13 comments');
		terminal.keys(']');
		const screen = await terminal.waitFor('comment 1/13');
		expect(screen).toMatch(/▌ Damien C/);

		const styled = terminal.screenWithStyles();
		// tmux's capture writes `0;39;49`-style resets of its own after attributes: defaults are allowed there.
		expect(sgrParameters(styled).flatMap((parameters) => colourParameters(parameters, true))).toEqual([]);
		// The focused author in inverse video, right after the bar.
		expect(styled).toMatch(/▌ (?:\x1b\[[0-9;]*m)*\x1b\[(?:[0-9;]*;)?7m(?:\x1b\[[0-9;]*m)*Damien C/);
		// What comb itself sent sets no colour at all, not even the defaults.
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
		const bytes = readFileSync(raw, 'utf8');
		expect(bytes).toContain('Damien C');
		expect(sgrParameters(bytes).flatMap((parameters) => colourParameters(parameters, false))).toEqual([]);
		expectRestored(terminal);
	});

	it('--ascii: everything comb draws is ASCII: guides |- `- |, focus marker >', async () => {
		const terminal = start(`node dist/cli.js --ascii '${asciiSample}'`, 100, 30, utf8);
		// Soft checks: every screen is looked at even when one of them has a stray symbol.
		let screen = await terminal.waitFor('j/k move - h/l fold');
		expect.soft(nonAsciiLines(screen), 'the article head').toEqual([]);
		// Azriel Herskowitz's thread: three replies, the last one drawn with a corner.
		terminal.keys(']', ']', ']', ']', ']', ']', 'l');
		screen = await terminal.waitFor('comment 7/13');
		expect(screen).toMatch(/^> \|- John Wallace/m);
		expect(screen).toMatch(/^\| \| {2,}Aw Azriel/m);
		expect.soft(nonAsciiLines(screen), 'a reply').toEqual([]);
		terminal.keys('j', 'j');
		screen = await terminal.waitFor('comment 9/13');
		expect(screen).toMatch(/^> `- Amon -Ra- DeArmond/m);
		expect(screen).toMatch(/^ {2}\|- Zionism = EVIL/m);
		expect.soft(nonAsciiLines(screen), 'the last reply').toEqual([]);
		terminal.keys('?');
		screen = await terminal.waitFor('closes');
		expect.soft(nonAsciiLines(screen), 'the help').toEqual([]);
		terminal.keys('x');
		await terminal.waitFor('comment 9/13');
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('a locale that is not UTF-8 (LANG=C LC_ALL=C) falls back to ASCII by itself', async () => {
		const terminal = start(`node dist/cli.js '${asciiSample}'`, 100, 30, {LANG: 'C', LC_ALL: 'C'});
		let screen = await terminal.waitFor('j/k move - h/l fold');
		expect.soft(nonAsciiLines(screen), 'the article head').toEqual([]);
		terminal.keys(']', ']', ']', ']', ']', ']', 'l');
		screen = await terminal.waitFor('comment 7/13');
		expect(screen).toMatch(/^> \|- John Wallace/m);
		expect.soft(nonAsciiLines(screen), 'a reply').toEqual([]);
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});
});

describe('terminals where the explorer cannot or should not open', () => {
	it('TERM=dumb prints the text instead of opening the explorer, and exits 0', async () => {
		const terminal = start('node dist/cli.js data/coalition-base.txt', 100, 30, {...utf8, TERM: 'dumb'});
		expect(await terminal.exitStatus()).toBe(0);
		const screen = terminal.screen();
		// The end of the printed thread, just above the exit status; never the explorer's status bar.
		expect(screen).toMatch(/goingbrokes\n {3}US is not Iraq’s friend[^\n]*\n[^\n]*\nCOMB-EXIT:0/);
		expect(screen).not.toContain('q quit');
		// No colour and no attributes on a dumb terminal.
		expect(terminal.screenWithStyles()).not.toContain('\x1b[');
		expect(terminal.pane('alternate_on')).toBe('0');
	});

	it('TERM=dumb with -i: the explicit flag opens the explorer anyway', async () => {
		const terminal = start('node dist/cli.js -i data/coalition-base.txt', 100, 30, {...utf8, TERM: 'dumb'});
		await terminal.waitFor('article · 13 comments');
		expect(terminal.pane('alternate_on')).toBe('1');
		terminal.keys(']');
		await terminal.waitFor('comment 1/13');
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
		expectRestored(terminal);
	});

	it('with no controlling terminal (setsid, stdout a file) prints; -i says why it cannot open and exits 2', () => {
		const output = join(scratch, 'setsid-out.txt');
		const fd = openSync(output, 'w');
		const printed = spawnSync('setsid', ['-w', 'node', 'dist/cli.js', 'data/coalition-base.txt'], {
			cwd: root,
			stdio: ['ignore', fd, 'pipe'],
			encoding: 'utf8',
			timeout: 10_000,
		});
		closeSync(fd);
		expect(printed.stderr).toBe('');
		expect(printed.status).toBe(0);
		const text = readFileSync(output, 'utf8');
		expect(text.split('\n')[0]).toBe('U.S.-led Coalition Hands Over Key Base To Iraqi Forces (Photos)');
		expect(text).toContain('goingbrokes');
		expect(text).not.toContain('\x1b');

		const refused = spawnSync('setsid', ['-w', 'node', 'dist/cli.js', '-i', 'data/coalition-base.txt'], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
			timeout: 10_000,
		});
		expect(refused.status).toBe(2);
		expect(refused.stdout).toBe('');
		expect(refused.stderr).toMatch(/^comb: cannot open the explorer: .+\n$/);
	});

	it('under setsid with stdout still a terminal but no keyboard: prints, and -i explains ENXIO with exit 2', async () => {
		const terminal = start(
			'setsid -w node dist/cli.js -i data/coalition-base.txt < /dev/null; echo I-EXIT:$?; setsid -w node dist/cli.js data/coalition-base.txt < /dev/null',
			100,
			30,
			utf8,
		);
		expect(await terminal.exitStatus()).toBe(0);
		const screen = terminal.screen();
		expect(screen).toMatch(/goingbrokes\n {3}US is not Iraq’s friend[^\n]*\n[^\n]*\nCOMB-EXIT:0/);
		expect(terminal.pane('alternate_on')).toBe('0');
		const history = terminal.tmux('capture-pane', '-p', '-S', '-', '-t', 'comb');
		expect(history).toContain(
			'comb: cannot open the explorer: no terminal to read keys from (/dev/tty: ENXIO)\nI-EXIT:2',
		);
	});

	it('a set CI variable does not silence the explorer', async () => {
		const terminal = start('node dist/cli.js data/coalition-base.txt', 100, 30, {...utf8, CI: 'true'});
		await terminal.waitFor('article · 13 comments');
		expect(terminal.pane('alternate_on')).toBe('1');
		terminal.keys(']', ']');
		const screen = await terminal.waitFor('comment 2/13');
		expect(screen).toMatch(/▌ Ivanus59/);
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
		expectRestored(terminal);
	});
});

describe('the explorer in a real terminal', () => {
	it('fits every size it is resized to: no line too long, status bar on the last row, focus on screen', async () => {
		const terminal = start('node dist/cli.js data/coalition-base.txt', 100, 30, utf8);
		await terminal.waitFor('article · 13 comments');
		terminal.keys(']', ']', ']', ']', ']', ']');
		await terminal.waitFor('comment 6/13');
		for (const [columns, rows] of [
			[60, 20],
			[100, 30],
		] as const) {
			terminal.resize(columns, rows);
			const screen = await terminal.waitFor((text) => {
				const lines = text.split('\n');
				return (
					lines.length >= rows &&
					lines[rows - 1]!.startsWith('comment 6/13') &&
					lines.slice(0, rows).every((line) => line.length <= columns)
				);
			});
			const lines = screen.split('\n');
			expect(lines[rows - 1]).toMatch(/^comment 6\/13/);
			for (const line of lines) {
				expect(line.length).toBeLessThanOrEqual(columns);
			}
			expect(screen).toMatch(/▌ Azriel Herskowitz/);
			expect(terminal.pane('window_width')).toBe(String(columns));
		}
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('Ctrl-Z suspends to the shell with the terminal restored; fg brings it back redrawn', async () => {
		session = TmuxSession.start('bash --norc -i', 100, 30, {...utf8, PS1: 'SHELL$ '});
		const terminal = session;
		await terminal.waitFor('SHELL$');
		terminal.keys('-l', 'echo BEFORE-COMB; node dist/cli.js data/coalition-base.txt');
		terminal.keys('Enter');
		await terminal.waitFor('article · 13 comments');
		terminal.keys(']');
		await terminal.waitFor('comment 1/13');

		terminal.keys('C-z');
		let screen = await terminal.waitFor((text) => /Stopped +node dist\/cli\.js/.test(text));
		expect(screen).toContain('BEFORE-COMB');
		expect(screen).not.toContain('comment 1/13');
		expect(terminal.pane('alternate_on')).toBe('0');
		expect(terminal.pane('cursor_flag')).toBe('1');
		const bash = childNamed(Number(terminal.pane('pane_pid')), 'bash')!;
		const comb = childNamed(bash, 'comb') ?? childNamed(bash, 'node');
		expect(comb).toBeDefined();
		await until(() => processState(comb!) === 'T', 'comb to be stopped');

		terminal.keys('-l', 'fg');
		terminal.keys('Enter');
		screen = await terminal.waitFor(
			(text) => text.includes('comment 1/13') && text.includes('13 comments · 10 threads'),
		);
		expect(terminal.pane('alternate_on')).toBe('1');
		expect(screen).toMatch(/▌ Damien C/);
		expect(screen).not.toContain('SHELL$');
		// Still answers keys.
		terminal.keys(']');
		await terminal.waitFor('comment 2/13');

		terminal.keys('q');
		await terminal.waitFor((text) => !text.includes('comment 2/13'));
		terminal.keys('-l', 'echo STATUS:$?');
		terminal.keys('Enter');
		screen = await terminal.waitFor((text) => /STATUS:\d+\n/.test(text));
		expect(screen).toContain('STATUS:0');
		expect(terminal.pane('alternate_on')).toBe('0');
		expect(terminal.pane('cursor_flag')).toBe('1');
	});

	it('SIGHUP restores the terminal and exits 129', async () => {
		const terminal = start('node dist/cli.js data/coalition-base.txt', 100, 30, utf8);
		await terminal.waitFor('article · 13 comments');
		process.kill(terminal.pid(), 'SIGHUP');
		expect(await terminal.exitStatus()).toBe(129);
		expectRestored(terminal);
	});

	it('a burst of 20 j in one read moves 20 comments', async () => {
		const terminal = start('node dist/cli.js data/many-authors.txt', 100, 30, utf8);
		await terminal.waitFor('article · 66 comments');
		terminal.keys('-l', 'j'.repeat(20));
		const screen = await terminal.waitFor('comment 20/66');
		expect(screen).toContain('▌');
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('a burst that opens the search prompt and types into it keeps every character for the prompt', async () => {
		const terminal = start('node dist/cli.js data/coalition-base.txt', 100, 30, utf8);
		await terminal.waitFor('article · 13 comments');
		// What a fast typist or a batching SSH link delivers in one read.
		terminal.keys('-l', '/temprary movment');
		const screen = await terminal.waitFor('2 matches', 5000);
		expect(screen).toMatch(/▌ Azriel Herskowitz · .*temporary movement/);
		terminal.keys('Escape');
		await terminal.waitFor('article · 13 comments');
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('reads one article from a pipe and one from a file, keys from the terminal', async () => {
		const terminal = start('cat data/coalition-base.txt | node dist/cli.js data/deep-thread.txt -', 100, 30, utf8);
		let screen = await terminal.waitFor('article 1/2');
		expect(screen).toMatch(/comb · 2 articles/);
		expect(screen).toContain('Offshore Wind Farm Plan Splits Coas');
		expect(screen).toContain('U.S.-led Coalition Hands Over Key Base');
		terminal.keys('j');
		await terminal.waitFor('article 2/2');
		terminal.keys('Enter');
		screen = await terminal.waitFor('article · 13 comments');
		expect(screen).toContain('q list');
		terminal.keys('G');
		screen = await terminal.waitFor('comment 13/13');
		expect(screen).toMatch(/▌ goingbrokes/);
		terminal.keys('q');
		await terminal.waitFor('article 2/2');
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
		expectRestored(terminal);
	});
});

/**
 * tmux 3.3a with `set-clipboard on` keeps a plain OSC 52 an application sends in a paste
 * buffer (and passes it on to the outer terminal). An OSC 52 wrapped in tmux's DCS
 * pass-through (`ESC P tmux; ... ESC \\`) is never stored: it goes, only with
 * `allow-passthrough on` (off by default since 3.3), to the outer terminal. comb runs with
 * TMUX set here, as it would for a person inside tmux.
 */
describe('copying with OSC 52 inside tmux (set-clipboard on)', () => {
	/** comb on the sample in a tmux that stores what applications copy, focused on Damien C's comment. */
	async function onDamien(): Promise<TmuxSession> {
		const terminal = start('node dist/cli.js data/coalition-base.txt', 100, 30, utf8);
		terminal.tmux('set-option', '-g', 'set-clipboard', 'on');
		await terminal.waitFor('article · 13 comments');
		terminal.keys(']');
		await terminal.waitFor('comment 1/13');
		return terminal;
	}

	const damien = readFileSync(join(root, 'data/coalition-base.txt'), 'utf8');
	const damienText = /• Damien C\n\n {4}(.+)\n {4}(.+)\n/.exec(damien)!;

	it('y copies the focused comment: author line, then its text', async () => {
		const terminal = await onDamien();
		terminal.keys('y');
		await terminal.waitFor('copied the comment by Damien C');
		await until(() => pasteBuffer(terminal) !== undefined, 'a tmux paste buffer', 3000).catch(() => {});
		expect(pasteBuffer(terminal)).toBe(`Damien C\n${damienText[1]}\n${damienText[2]}`);
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('Y copies the thread below the focus in the indented • form', async () => {
		const terminal = await onDamien();
		terminal.keys('Y');
		await terminal.waitFor('copied the thread below Damien C');
		await until(() => pasteBuffer(terminal) !== undefined, 'a tmux paste buffer', 3000).catch(() => {});
		expect(pasteBuffer(terminal)).toBe(`  • Damien C\n\n    ${damienText[1]}\n    ${damienText[2]}`);
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});

	it('a copy typed in the same burst as a move copies the newly focused comment', async () => {
		const terminal = start('node dist/cli.js data/coalition-base.txt', 100, 30, utf8);
		await terminal.waitFor('article · 13 comments');
		// `]` then `y` arrive in one read, as they do over SSH or with a fast typist.
		terminal.keys('-l', ']y');
		await terminal.waitFor('copied the comment by Damien C', 5000);
		terminal.keys('q');
		expect(await terminal.exitStatus()).toBe(0);
	});
});
