import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** The project root, where `dist/cli.js` is. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

let counter = 0;

/**
 * A program running in a real terminal: a detached tmux session on a private socket, so
 * tests see exactly what a person would (the screen grid, the alternate screen, the
 * cursor) and can type, resize and send signals. The pane stays after the program exits
 * so its exit status and the restored screen can be read.
 */
export class TmuxSession {
	private readonly socket: string;
	private readonly name = 'comb';

	private constructor(socket: string) {
		this.socket = socket;
	}

	/** Starts `command` (run by sh in the project root) in a terminal of `columns` x `rows`. */
	static start(command: string, columns = 80, rows = 24, env: Record<string, string> = {}): TmuxSession {
		const session = new TmuxSession(`comb-test-${process.pid}-${counter++}`);
		const exports = Object.entries({TERM: 'xterm-256color', ...env})
			.map(([key, value]) => `export ${key}='${value}';`)
			.join(' ');
		// The shell reports the exit status on screen and stays, so the restored screen can be read.
		const script = `unset CI; ${exports} ${command}; echo "COMB-EXIT:$?"; sleep 600`;
		session.tmux(
			'-f',
			'/dev/null',
			'new-session',
			'-d',
			'-s',
			session.name,
			'-x',
			String(columns),
			'-y',
			String(rows),
			'-c',
			root,
			script,
		);
		return session;
	}

	/** Runs a tmux command on this session's server and returns its output. */
	tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, ...args], {encoding: 'utf8', env: {...process.env, TMUX: ''}});
	}

	/** Types keys (tmux key names: `j`, `Enter`, `C-c`, `Escape`, `Down`...). */
	keys(...keys: string[]): void {
		this.tmux('send-keys', '-t', this.name, ...keys);
	}

	/** The screen as text, one line per row. */
	screen(): string {
		return this.tmux('capture-pane', '-p', '-t', this.name);
	}

	/** The screen with its escape sequences (colours, attributes). */
	screenWithStyles(): string {
		return this.tmux('capture-pane', '-p', '-e', '-t', this.name);
	}

	/** A tmux format value of the pane (`alternate_on`, `cursor_flag`, `pane_dead_status` ...). */
	pane(format: string): string {
		return this.tmux('display-message', '-p', '-t', this.name, `#{${format}}`).trim();
	}

	/** Resizes the terminal. */
	resize(columns: number, rows: number): void {
		this.tmux('resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows));
	}

	/** Waits until the screen satisfies `test` (a substring or a predicate); returns the screen. */
	async waitFor(test: string | ((screen: string) => boolean), timeout = 10_000): Promise<string> {
		const check = typeof test === 'string' ? (screen: string) => screen.includes(test) : test;
		const deadline = Date.now() + timeout;
		let screen = '';
		while (Date.now() < deadline) {
			screen = this.screen();
			if (check(screen)) {
				return screen;
			}
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		throw new Error(`timed out waiting for ${String(test)}; screen was:\n${screen}`);
	}

	/** Waits for the program to exit; returns its exit status. */
	async exitStatus(timeout = 10_000): Promise<number> {
		const screen = await this.waitFor((text) => /COMB-EXIT:\d+/.test(text), timeout);
		return Number(/COMB-EXIT:(\d+)/.exec(screen)![1]);
	}

	/** The process id of comb, a child of the pane's shell (not `cat` or `sleep`). */
	pid(): number {
		const shell = this.pane('pane_pid');
		const children = execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim().split('\n');
		const comb = children.find((pid) => !/^(cat|sleep)$/.test(readFileSync(`/proc/${pid}/comm`, 'utf8').trim()));
		return Number(comb);
	}

	/** Ends the tmux server. */
	kill(): void {
		try {
			this.tmux('kill-server');
		} catch {}
	}
}
