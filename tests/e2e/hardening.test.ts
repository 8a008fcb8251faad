import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {root, TmuxSession} from './tmux.js';

/**
 * comb as a tmux pane's own command (no shell with job control above it, as with
 * `ssh -t host comb f`), then the pane or the whole terminal taken away: the exit status
 * is written to a file by the `sh -c` wrapper, since the pane is gone when it is known.
 */

let scratch: string;
const sockets: string[] = [];
let counter = 0;

beforeAll(() => {
	scratch = mkdtempSync(join(tmpdir(), 'comb-hardening-'));
});

afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

afterEach(() => {
	for (const socket of sockets.splice(0)) {
		try {
			execFileSync('tmux', ['-L', socket, 'kill-server'], {stdio: 'ignore'});
		} catch {}
	}
});

/** A pane running `node dist/cli.js args` directly (no interactive shell); returns its socket and status file. */
function paneCommand(
	args: string,
	columns = 100,
	rows = 30,
	locale = 'C.UTF-8',
	before = '',
): {socket: string; statusFile: string} {
	const socket = `comb-hard-${process.pid}-${counter++}`;
	sockets.push(socket);
	const statusFile = join(scratch, `${socket}.status`);
	// The wrapper ignores SIGHUP itself so it outlives the terminal and records comb's status.
	const script = `trap "" HUP; unset CI; export TERM=xterm-256color LANG=${locale} LC_ALL=${locale}; ${before}node dist/cli.js ${args}; echo $? > ${statusFile}; sleep 5`;
	execFileSync(
		'tmux',
		['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-s', 'comb', '-x', String(columns), '-y', String(rows)],
		{cwd: root, env: {...process.env, TMUX: ''}},
	);
	execFileSync('tmux', ['-L', socket, 'set-option', '-g', 'remain-on-exit', 'on'], {env: {...process.env, TMUX: ''}});
	execFileSync('tmux', ['-L', socket, 'respawn-pane', '-k', '-t', 'comb', '-c', root, 'sh', '-c', script], {
		env: {...process.env, TMUX: ''},
	});
	return {socket, statusFile};
}

function tmux(socket: string, ...args: string[]): string {
	return execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8', env: {...process.env, TMUX: ''}});
}

async function until<T>(test: () => T | undefined, what: string, timeout = 10_000): Promise<T> {
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline) {
		const value = test();
		if (value !== undefined) {
			return value;
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`timed out waiting for ${what}`);
}

function screenOf(socket: string): string {
	return tmux(socket, 'capture-pane', '-p', '-t', 'comb');
}

async function statusOf(statusFile: string): Promise<number> {
	const text = await until(
		() =>
			existsSync(statusFile) && readFileSync(statusFile, 'utf8').endsWith('\n')
				? readFileSync(statusFile, 'utf8')
				: undefined,
		'the exit status',
	);
	return Number(text.trim());
}

describe('a terminal that goes away', () => {
	for (const [how, end] of [
		['the tmux server is killed', (socket: string) => tmux(socket, 'kill-server')],
		['the pane is killed', (socket: string) => tmux(socket, 'kill-pane', '-t', 'comb')],
	] as const) {
		it(`${how}: comb exits 129 (SIGHUP), no abort from Node's exit-time terminal reset`, async () => {
			const {socket, statusFile} = paneCommand('data/coalition-base.txt');
			await until(() => (screenOf(socket).includes('13 comments') ? true : undefined), 'the first frame');
			end(socket);
			expect(await statusOf(statusFile)).toBe(129);
		});
	}

	it('the pane is killed while the loading screen shows: comb exits 129 at once, and nothing is said', async () => {
		const errors = join(scratch, `loading-${counter}.err`);
		const {socket, statusFile} = paneCommand(`2>${errors}`, 100, 30, 'C.UTF-8', 'sleep 8 | ');
		await until(
			() => (screenOf(socket).includes('waiting for standard input') ? true : undefined),
			'the loading screen',
		);
		const shell = tmux(socket, 'display-message', '-p', '-t', 'comb', '#{pane_pid}').trim();
		const comb = execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'})
			.trim()
			.split('\n')
			.find((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'sleep')!;
		tmux(socket, 'kill-pane', '-t', 'comb');
		// At once: not when the input ends (sleep 8) and the explorer finds no terminal.
		await until(() => (existsSync(`/proc/${comb}`) ? undefined : true), 'comb to exit', 3000);
		expect(await statusOf(statusFile)).toBe(129);
		expect(readFileSync(errors, 'utf8')).toBe('');
	});

	it('SIGTERM with the terminal still there: exit 143, the main screen back with auto-wrap on', async () => {
		const {socket, statusFile} = paneCommand('data/coalition-base.txt');
		await until(() => (screenOf(socket).includes('13 comments') ? true : undefined), 'the first frame');
		const shell = tmux(socket, 'display-message', '-p', '-t', 'comb', '#{pane_pid}').trim();
		const comb = execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim().split('\n')[0]!;
		process.kill(Number(comb), 'SIGTERM');
		expect(await statusOf(statusFile)).toBe(143);
		expect(
			tmux(socket, 'display-message', '-p', '-t', 'comb', '#{alternate_on} #{cursor_flag} #{wrap_flag}').trim(),
		).toBe('0 1 1');
	});
});

/** The pid of comb in the pane (the `sh -c` wrapper's child). */
function combPid(socket: string): number {
	const shell = tmux(socket, 'display-message', '-p', '-t', 'comb', '#{pane_pid}').trim();
	return Number(execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim().split('\n')[0]);
}

function processState(pid: number): string {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]!;
}

async function screenWith(socket: string, text: string): Promise<string> {
	return until(() => {
		const screen = screenOf(socket);
		return screen.includes(text) ? screen : undefined;
	}, `"${text}" on screen`);
}

describe('Ctrl-Z with no job-control shell above comb (an orphaned process group)', () => {
	it('Ctrl-Z and an outside SIGTSTP do not suspend: the explorer stays and says why', async () => {
		const {socket, statusFile} = paneCommand('data/coalition-base.txt');
		await screenWith(socket, '13 comments');
		tmux(socket, 'send-keys', '-t', 'comb', ']');
		await screenWith(socket, 'comment 1/13');
		tmux(socket, 'send-keys', '-t', 'comb', 'C-z');
		await screenWith(socket, 'cannot suspend');
		const pid = combPid(socket);
		expect(processState(pid)).not.toBe('T');
		expect(tmux(socket, 'display-message', '-p', '-t', 'comb', '#{alternate_on}').trim()).toBe('1');
		tmux(socket, 'send-keys', '-t', 'comb', ']');
		await screenWith(socket, 'comment 2/13');
		process.kill(pid, 'SIGTSTP');
		await screenWith(socket, 'cannot suspend');
		expect(processState(pid)).not.toBe('T');
		tmux(socket, 'send-keys', '-t', 'comb', ']');
		await screenWith(socket, 'comment 3/13');
		tmux(socket, 'send-keys', '-t', 'comb', 'q');
		expect(await statusOf(statusFile)).toBe(0);
	});

	it('kill -STOP then kill -CONT from outside: comb redraws its screen', async () => {
		const {socket, statusFile} = paneCommand('data/coalition-base.txt');
		await screenWith(socket, '13 comments');
		const pid = combPid(socket);
		process.kill(pid, 'SIGSTOP');
		await until(() => (processState(pid) === 'T' ? true : undefined), 'comb stopped');
		// Something else scribbles on the terminal while comb is stopped.
		const paneTty = tmux(socket, 'display-message', '-p', '-t', 'comb', '#{pane_tty}').trim();
		execFileSync('sh', ['-c', `printf '\\033[H\\033[2JSCRIBBLE' > ${paneTty}`]);
		await screenWith(socket, 'SCRIBBLE');
		process.kill(pid, 'SIGCONT');
		await until(() => {
			const screen = screenOf(socket);
			return !screen.includes('SCRIBBLE') && screen.includes('13 comments') ? true : undefined;
		}, 'the redrawn screen');
		tmux(socket, 'send-keys', '-t', 'comb', 'q');
		expect(await statusOf(statusFile)).toBe(0);
	});
});

describe('SIGTSTP from outside under a job-control shell', () => {
	it('stops comb like Ctrl-Z (terminal restored, the shell says Stopped); fg redraws it', async () => {
		const terminal = TmuxSession.start('bash --norc -i', 100, 30, {LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', PS1: 'SHELL$ '});
		try {
			await terminal.waitFor('SHELL$');
			terminal.keys('-l', 'node dist/cli.js data/coalition-base.txt');
			terminal.keys('Enter');
			await terminal.waitFor('article · 13 comments');
			const bash = Number(execFileSync('pgrep', ['-P', terminal.pane('pane_pid')], {encoding: 'utf8'}).trim());
			const comb = Number(
				execFileSync('pgrep', ['-P', String(bash)], {encoding: 'utf8'})
					.trim()
					.split('\n')[0],
			);
			process.kill(comb, 'SIGTSTP');
			await terminal.waitFor((text) => /Stopped +node dist\/cli\.js/.test(text));
			expect(terminal.pane('alternate_on')).toBe('0');
			expect(terminal.pane('cursor_flag')).toBe('1');
			expect(processState(comb)).toBe('T');
			terminal.keys('-l', 'fg');
			terminal.keys('Enter');
			await terminal.waitFor((text) => text.includes('13 comments · 10 threads') && !text.includes('SHELL$'));
			expect(terminal.pane('alternate_on')).toBe('1');
			terminal.keys(']');
			await terminal.waitFor('comment 1/13');
			terminal.keys('q');
		} finally {
			terminal.kill();
		}
	});
});

describe('emoji sequences in tmux (which draws 👍🏽 4 columns wide, 🧑🏿‍🤝‍🧑🏻 6)', () => {
	it('the title bar keeps its counts, every row stays in place, auto-wrap is off while comb runs', async () => {
		const file = join(scratch, 'emoji.txt');
		const title = `Thumbs ${'👍🏽 🧑🏿‍🤝‍🧑🏻 👨‍👩‍👧 🏳️‍🌈 '.repeat(8)}end`;
		const comments = Array.from(
			{length: 12},
			(_, index) => `  • author${index} 👍🏽🏳️‍🌈\n\n    comment ${index} ${'👍🏽 yes 🧑🏿‍🤝‍🧑🏻 '.repeat(12)}\n`,
		).join('\n');
		writeFileSync(file, `${title}\n\n${comments}`);
		const {socket, statusFile} = paneCommand(file, 80, 24);
		let screen = await screenWith(socket, 'comments');
		expect(tmux(socket, 'display-message', '-p', '-t', 'comb', '#{wrap_flag}').trim()).toBe('0');
		for (const key of [']', ']', 'j', 'j', 'j', 'G', 'g']) {
			tmux(socket, 'send-keys', '-t', 'comb', key);
			await new Promise((resolve) => setTimeout(resolve, 150));
			screen = screenOf(socket);
			const rows = screen.split('\n');
			expect(rows[0], 'title bar').toMatch(/12 comments · 12 threads\s*$/);
			expect(rows[23], 'status bar').toMatch(/q quit\s*$/);
		}
		tmux(socket, 'send-keys', '-t', 'comb', 'q');
		expect(await statusOf(statusFile)).toBe(0);
		expect(tmux(socket, 'display-message', '-p', '-t', 'comb', '#{wrap_flag}').trim()).toBe('1');
	});
});

describe('a locale that is not UTF-8 (LANG=C)', () => {
	it('the explorer sends only ASCII bytes: guides, bars and the data text (curly quotes, dashes)', async () => {
		const {socket, statusFile} = paneCommand('data/coalition-base.txt', 100, 30, 'C');
		const bytesFile = join(scratch, `${socket}.bytes`);
		tmux(socket, 'pipe-pane', '-o', '-t', 'comb', `cat > ${bytesFile}`);
		// The pipe starts after the first frame may have gone: redraw everything with a resize.
		await screenWith(socket, 'comments');
		tmux(socket, 'resize-window', '-t', 'comb', '-x', '90', '-y', '30');
		for (const key of [']', 'j', 'j', 'j', 'G', '/', 't', 'e', 'm', 'p', 'Escape', 'a', 'Escape', '?']) {
			tmux(socket, 'send-keys', '-t', 'comb', key);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		await screenWith(socket, 'key closes');
		tmux(socket, 'send-keys', '-t', 'comb', 'x');
		await screenWith(socket, 'j/k move');
		tmux(socket, 'send-keys', '-t', 'comb', 'q');
		expect(await statusOf(statusFile)).toBe(0);
		const bytes = readFileSync(bytesFile);
		expect(bytes.length).toBeGreaterThan(2000);
		expect([...bytes].filter((byte) => byte > 0x7f).length).toBe(0);
		// The data's curly apostrophe (Don’t), folded to ASCII.
		expect(bytes.toString('latin1')).toContain("Don't worry");
	});
});

describe('comb dying where no handler runs (out of memory aborts Node; SIGKILL)', () => {
	for (const signal of ['SIGKILL', 'SIGABRT'] as const) {
		it(`${signal}: the watcher restores the terminal (main screen, cursor, auto-wrap, cooked mode) and says so`, async () => {
			const {socket, statusFile} = paneCommand('data/coalition-base.txt 2>&1');
			await screenWith(socket, '13 comments');
			const paneTty = tmux(socket, 'display-message', '-p', '-t', 'comb', '#{pane_tty}').trim();
			expect(execFileSync('stty', ['-F', paneTty, '-a'], {encoding: 'utf8'})).toMatch(/-icanon/);
			process.kill(combPid(socket), signal);
			expect(await statusOf(statusFile)).toBe(128 + (signal === 'SIGKILL' ? 9 : 6));
			await screenWith(socket, 'restored it');
			expect(
				tmux(socket, 'display-message', '-p', '-t', 'comb', '#{alternate_on} #{cursor_flag} #{wrap_flag}').trim(),
			).toBe('0 1 1');
			expect(execFileSync('stty', ['-F', paneTty, '-a'], {encoding: 'utf8'})).toMatch(/[^-]icanon/);
		});
	}

	it('a clean quit: the watcher stays silent', async () => {
		const {socket, statusFile} = paneCommand('data/coalition-base.txt 2>&1');
		await screenWith(socket, '13 comments');
		tmux(socket, 'send-keys', '-t', 'comb', 'q');
		expect(await statusOf(statusFile)).toBe(0);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(screenOf(socket)).not.toContain('restored it');
	});
});
