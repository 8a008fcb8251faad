import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/text/width.js';
import {runComb} from '../support/run-comb.js';

/** The conventions of command-line tools: help and version anywhere, `--`, missing values, conflicts, stderr. */

const sample = 'data/coalition-base.txt';
let work: string;

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'comb-conventions-'));
});

afterAll(() => {
	rmSync(work, {recursive: true, force: true});
});

/** Nothing a terminal would act on: no C0 but newline, no DEL, no C1. */
const terminalSafe = /^[^\x00-\x09\x0b-\x1f\x7f-\x9f]*$/u;

describe('help and version', () => {
	for (const args of [
		['--help'],
		['-h'],
		[sample, '--help'],
		[sample, '-h'],
		['--print', '-h', sample],
		['-ph', sample],
	]) {
		it(`comb ${args.join(' ')}: the help on stdout, exit 0`, async () => {
			const run = await runComb(args);
			expect(run.code).toBe(0);
			expect(run.stdout).toMatch(/^Usage\n/);
			expect(run.stdout).toContain('\nOptions\n');
			expect(run.stdout).toContain('\nExamples\n');
			expect(run.stderr).toBe('');
		});
	}

	for (const args of [['--version'], ['-v'], [sample, '--version'], [sample, '-v'], ['--json', sample, '-v']]) {
		it(`comb ${args.join(' ')}: the version on stdout, exit 0`, async () => {
			const run = await runComb(args);
			expect(run.code).toBe(0);
			expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
		});
	}

	it('the help fits 80 columns, in the Usage / Options / Examples order', async () => {
		const run = await runComb(['--help']);
		const lines = run.stdout.split('\n');
		for (const line of lines) {
			expect(displayWidth(line), line).toBeLessThanOrEqual(80);
		}
		const order = ['Usage', 'Options', 'Examples'].map((heading) => lines.indexOf(heading));
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('a search for "-h" is a search with --search=-h; -s -x takes -x (no option name) as the value', async () => {
		const run = await runComb(['--json', '--search=-h', sample]);
		expect(run.stdout).toMatch(/^\{"matches":/);
		const dash = await runComb(['--json', '-s', '-x', sample]);
		expect(dash.stdout).toMatch(/^\{"matches":/);
	});
});

describe('-- ends the options', () => {
	it('a file named like a flag after --', async () => {
		const file = join(work, '--json');
		writeFileSync(file, 'A title\n\n  • alice\n\n    hello\n');
		const run = await runComb(['--print', '--', '--json'], {cwd: work});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('A title');
		expect(run.stdout).toContain('hello');
	});

	it('-h after -- is a path', async () => {
		const run = await runComb(['--print', '--', '-h']);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(/^comb: cannot read -h/);
	});
});

describe('wrong command lines: exit 2, one line naming the problem', () => {
	for (const [args, named] of [
		[[sample, '--search'], '--search'],
		[[sample, '-s'], '-s'],
		[[sample, '--author'], '--author'],
		[[sample, '--width'], '--width'],
		[['--search', '--json', sample], '--search'],
		[['--json', '--print', sample], '--json.*--print'],
		[['-p', '--json', sample], '--json.*--print|--print.*--json'],
		[['--json', '-i', sample], '--interactive.*--json|--json.*--interactive'],
	] as const) {
		it(`comb ${args.join(' ')}`, async () => {
			const run = await runComb(args);
			expect(run.code).toBe(2);
			expect(run.stdout).toBe('');
			const lines = run.stderr.split('\n').filter((line) => line !== '');
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(new RegExp(`^comb: .*(${named})`));
		});
	}
});

describe('every stderr line passes the sanitizer', () => {
	it('an unknown flag holding an escape sequence is shown inert', async () => {
		const run = await runComb(['-\x1b]0;X\x07.txt']);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(terminalSafe);
		expect(run.stderr).toContain('^[');
	});

	it('a long flag with C1 and bidi controls', async () => {
		const run = await runComb(['--x\u009b31m\u202e', sample]);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(terminalSafe);
		expect(run.stderr).not.toContain('\u202e');
	});

	it('a path with escapes that cannot be read', async () => {
		const run = await runComb(['--print', 'no\x1b[2Jsuch\u009b.txt']);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(terminalSafe);
		expect(run.stderr).toContain('^[');
	});

	it('a search value is never echoed raw', async () => {
		const run = await runComb(['--json', '-a', 'x\x1b]52;c;AAAA\x07', '--print', sample]);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(terminalSafe);
	});
});

describe('a locale that is not UTF-8 (LANG=C): only ASCII bytes out', () => {
	const cLocale = {LANG: 'C', LC_ALL: 'C', LC_CTYPE: undefined};

	it('--print: ASCII guides, data text folded (accents off, look-alike punctuation, ? for the rest)', async () => {
		const run = await runComb(['--print', '--width', '80', sample], {env: cLocale, stdoutAs: 'buffer'});
		expect(run.code).toBe(0);
		expect([...run.stdout].filter((byte) => byte > 0x7f)).toEqual([]);
		const text = run.stdout.toString('latin1');
		expect(text).toContain('|- ');
		expect(text).toContain('"temporarily"');
	});

	it('--print --search: the matches too', async () => {
		const run = await runComb(['--print', '--search', 'temporary', sample], {env: cLocale, stdoutAs: 'buffer'});
		expect(run.code).toBe(0);
		expect([...run.stdout].filter((byte) => byte > 0x7f)).toEqual([]);
	});

	it('stderr: a path outside ASCII in an error message', async () => {
		const run = await runComb(['--print', 'nöñe—here.txt'], {env: cLocale});
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^[\x00-\x7f]*$/);
		expect(run.stderr).toContain('none-here.txt');
	});

	it('--json stays UTF-8: it is data for programs, escaped where JSON needs it', async () => {
		const run = await runComb(['--json', sample], {env: cLocale});
		expect(run.stdout).toContain('“temporarily”');
	});
});
