/**
 * Running comb end to end: `node dist/cli.js ...args` as a child process with pipes, the
 * way the suites under tests/cli and tests/hostile do. One runner, whose options cover
 * what those suites vary: standard input (bytes, nothing, a file descriptor), a command
 * before node (`setpriv ...`), node's own arguments, the environment, the working
 * directory, the time limit, stdout as text or bytes, and a log line per run.
 *
 * Not a test file: the vitest include takes only `*.test.ts` and `*.test.tsx` names.
 */
import {Buffer} from 'node:buffer';
import {spawn, type StdioOptions} from 'node:child_process';
import {join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

/** The project root: the folder holding `data/` and `dist/`, whatever the working directory. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** The built command line, `<root>/dist/cli.js` (`npm run build` writes it). */
export const cli = join(root, 'dist', 'cli.js');

/** The built corpus generator, `<root>/build/generate.js` (`npm run build` writes it too). */
export const generator = join(root, 'build', 'generate.js');

/** What {@link combEnv} and {@link runComb} remove from the environment when not told otherwise. */
export const defaultUnsetEnv: readonly string[] = ['NO_COLOR', 'COMB_DEBUG'];

/**
 * A copy of this process's environment for a child: every variable in `unset` removed, then
 * `overrides` applied, where an undefined value removes the variable. `process.env` itself
 * is never changed.
 */
export function combEnv(
	overrides: Readonly<Record<string, string | undefined>> = {},
	unset: readonly string[] = defaultUnsetEnv,
): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env};
	for (const key of unset) {
		delete env[key];
	}
	for (const [key, value] of Object.entries(overrides)) {
		if (value === undefined) {
			delete env[key];
		} else {
			env[key] = value;
		}
	}
	return env;
}

/** How {@link runComb} runs comb. Every field is optional; the defaults are given with each. */
export interface RunOptions {
	/** Working directory; the project root by default, so paths read `data/...`. */
	readonly cwd?: string;
	/**
	 * Standard input: `'pipe'` (the default: a pipe that gets `input`, if any, and is then
	 * closed, so never a terminal), `'ignore'` (/dev/null), or an open file descriptor handed
	 * to comb as it is (the caller still owns and closes it).
	 */
	readonly stdin?: 'pipe' | 'ignore' | number;
	/** Bytes written to the stdin pipe before it is closed; only with `stdin: 'pipe'`. */
	readonly input?: string | Buffer;
	/** Variables to set over the environment; an undefined value removes one. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	/** Variables removed from the environment before `env` applies; {@link defaultUnsetEnv} by default. */
	readonly unsetEnv?: readonly string[];
	/** Arguments for node itself, before the script (`--import ...`). */
	readonly nodeArgs?: readonly string[];
	/** A command line to run node under (`setpriv --reuid ... --`), so comb runs as another user. */
	readonly prefix?: readonly string[];
	/** The script node runs: {@link cli} by default; a copy of it where another user may read it, say. */
	readonly script?: string;
	/** Milliseconds before comb is killed (SIGKILL) and the run rejects; 15,000 by default. */
	readonly timeout?: number;
	/** `'string'` (the default) decodes stdout as UTF-8 (invalid bytes become U+FFFD); `'buffer'` keeps the raw bytes. */
	readonly stdoutAs?: 'string' | 'buffer';
	/** Logs one line when comb ends: its arguments, the elapsed ms, the exit code and the MB written to stdout. */
	readonly log?: boolean;
}

/** One finished run of comb. */
export interface CombRun<Stdout extends string | Buffer = string> {
	/** The exit code; null when a signal ended comb. */
	readonly code: number | null;
	/** The signal that ended comb, or null when it exited. */
	readonly signal: NodeJS.Signals | null;
	/** Everything comb wrote to stdout: text, or bytes with `stdoutAs: 'buffer'`. */
	readonly stdout: Stdout;
	/** Everything comb wrote to stderr, decoded as UTF-8. */
	readonly stderr: string;
	/** Milliseconds from just before the spawn to the child's `close` (its stdio closed). */
	readonly ms: number;
}

/**
 * Runs `[...prefix] node [...nodeArgs] dist/cli.js ...args` (or `script`) to its end, with stdout and
 * stderr piped and collected whole. Resolves once the child has exited and its stdio is
 * closed, whatever the exit code or signal: judging them is the caller's. Rejects when the
 * child cannot be started, and when it is still running after `timeout` ms, in which case
 * it is killed with SIGKILL first. An error writing stdin (comb exiting before it reads,
 * say after a bad flag) is ignored: what comb did is the result.
 */
export function runComb(
	args: readonly string[],
	options: RunOptions & {readonly stdoutAs: 'buffer'},
): Promise<CombRun<Buffer>>;
export function runComb(
	args: readonly string[],
	options?: RunOptions & {readonly stdoutAs?: 'string'},
): Promise<CombRun<string>>;
export function runComb(args: readonly string[], options: RunOptions = {}): Promise<CombRun<string | Buffer>> {
	const timeout = options.timeout ?? 15_000;
	const stdinMode = options.stdin ?? 'pipe';
	if (options.input !== undefined && stdinMode !== 'pipe') {
		throw new Error("runComb: `input` needs `stdin: 'pipe'`");
	}
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const [command, ...prefixArgs] = [...(options.prefix ?? []), process.execPath];
		const stdio: StdioOptions = [stdinMode, 'pipe', 'pipe'];
		const child = spawn(command!, [...prefixArgs, ...(options.nodeArgs ?? []), options.script ?? cli, ...args], {
			cwd: options.cwd ?? root,
			env: combEnv(options.env, options.unsetEnv),
			stdio,
		});
		const stdout: Buffer[] = [];
		const stderr: Buffer[] = [];
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`comb ${args.join(' ')} did not finish within ${timeout} ms`));
		}, timeout);
		child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
		child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const ms = Date.now() - started;
			const bytes = Buffer.concat(stdout);
			if (options.log === true) {
				console.log(`comb ${args.join(' ')}: ${ms} ms, exit ${code}, ${(bytes.length / 1e6).toFixed(1)} MB out`);
			}
			const out = options.stdoutAs === 'buffer' ? bytes : bytes.toString('utf8');
			resolve({code, signal, stdout: out, stderr: Buffer.concat(stderr).toString('utf8'), ms});
		});
		if (child.stdin !== null) {
			child.stdin.on('error', () => {});
			if (options.input === undefined) {
				child.stdin.end();
			} else {
				child.stdin.end(options.input);
			}
		}
	});
}
