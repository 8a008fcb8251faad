/**
 * Hostile text through the built command line: the attack library (tests/support/attacks.ts)
 * in every field of files on disk, and in the file NAMES (control characters in a path),
 * fed through
 *   (a) `--print` (the bytes on stdout, piped and in a terminal with colour),
 *   (c) the real explorer under `script`, every byte it writes to the terminal checked
 *       against the few sequences comb itself emits,
 * and `--json`, which must keep every raw value exactly (JSON-escaped). The same attacks
 * through the view layer, in process, are in escapes.test.ts.
 */
import {Buffer} from 'node:buffer';
import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {sanitizeLine, sanitizeText} from '../../source/text/sanitize.js';
import {type Attack, attacks, expectSafe, oneLine, range, unsafeIn} from '../support/attacks.js';
import {parseArticles} from '../support/json-shape.js';
import {cli, runComb, type CombRun} from '../support/run-comb.js';

// ---------------------------------------------------------------------------------------
// Hostile files on disk, for (a), (c) and --json

/**
 * Bytes for a string, lone surrogates included: UTF-8, except that a lone surrogate is
 * written as the three bytes it would have (`ED A0 80` ...), which is what a careless
 * producer writes and what a decoder must turn into U+FFFD.
 */
function wtf8(text: string): Buffer {
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		const next = text.charCodeAt(i + 1);
		if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
			bytes.push(...Buffer.from(text.slice(i, i + 2), 'utf8'));
			i++;
		} else if (unit >= 0xd800 && unit <= 0xdfff) {
			bytes.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
		} else {
			bytes.push(...Buffer.from(text[i]!, 'utf8'));
		}
	}
	return Buffer.from(bytes);
}

/** What comb reads back from `wtf8(text)`: the same decoder, so lone surrogates are U+FFFD. */
function decoded(text: string): string {
	return wtf8(text).toString('utf8');
}

/**
 * Dates that hold a control character and still look like dates: only whitespace splits a
 * date's words, so CR, VT, FF and TAB are all an attacker can put there (any other control
 * makes the line a title instead, which is checked too).
 */
const hostileDates = ['2020\rJULY', 'March\u000B26,\u000C2020', 'Thu\t26\u00A0March\u20032020'];

/** What one attack article holds, as `--json` must give it back. */
interface Expected {
	readonly date: string | null;
	readonly title: string;
	readonly body: string;
	readonly author: string;
	readonly text: string;
	readonly replyAuthor: string;
	readonly replyText: string;
}

/** Multi-line values: every line wrapped in `<...>`, so no line is blank or trimmed. */
function wrapped(prefix: string, text: string): string[] {
	return text.split('\n').map((part) => `${prefix}<${part}>`);
}

/** One article per attack: hostile date, title, body, author, text; a reply with the same. */
function attackArticle(attack: Attack, index: number): {text: string; expected: Expected} {
	const date = hostileDates[index % hostileDates.length]!;
	const title = `T${index}<${oneLine(attack.text)}>`;
	const body = wrapped('B', attack.text);
	const author = `A${index}<${oneLine(attack.text)}>`;
	const text = [`needle ${index}`, ...wrapped('C', attack.text)];
	const replyAuthor = `R${index}<${oneLine(attack.text)}>`;
	const replyText = [`needle reply ${index}`, ...wrapped('D', attack.text)];
	const lines = [
		date,
		'',
		title,
		'',
		...body,
		'',
		`  • ${author}`,
		'',
		...text.map((line) => `    ${line}`),
		'',
		`    • ${replyAuthor}`,
		'',
		...replyText.map((line) => `      ${line}`),
		'',
	];
	return {
		text: lines.join('\n'),
		expected: {
			date,
			title,
			body: body.join('\n'),
			author,
			text: text.join('\n'),
			replyAuthor,
			replyText: replyText.join('\n'),
		},
	};
}

/**
 * File names with control characters (a name can hold any byte but NUL and `/`): escape
 * sequences; every other C0 control, newline included; every C1 control, DEL and the bidi
 * controls.
 */
const hostileNames = [
	'esc\u001B]0;pwned\u0007\u001B[2J\u001B]52;c;cHduZWQ=\u0007\u001B]8;;evil\u001B\\\u009B2J\u001B[201~.txt',
	`c0${range(0x01, 0x1f)}.txt`,
	`c1${range(0x80, 0x9f)}\u007F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069.txt`,
];
const binaryName = 'bin\u001B]0;pwned\u0007\u009B2J\u202E.txt';

let work = '';
let folder = '';
const expectedArticles: Expected[] = [];

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'comb-escapes-'));
	folder = join(work, 'in');
	mkdirSync(folder);
	// The first file opens with 70 KB of filler, so the NUL attacks sit past the first
	// 64 KiB (a NUL earlier makes the file binary); then one article per attack.
	const pieces: Buffer[] = [Buffer.from(`Filler\n\n${'filler line of plain text\n'.repeat(2800)}\f\n`)];
	attacks.forEach((attack, index) => {
		const {text, expected} = attackArticle(attack, index);
		pieces.push(wtf8(text));
		expectedArticles.push(expected);
	});
	// An escape in the date line: not a date, so it is the title.
	pieces.push(Buffer.from('\u001B]0;date\u0007 2020\n\nnot a date\n\n  • x\n\n    needle\n'));
	writeFileSync(join(folder, hostileNames[0]!), Buffer.concat(pieces));
	// Untitled articles (they start with a comment): views name them by the file name.
	for (const name of hostileNames.slice(1)) {
		writeFileSync(join(folder, name), '  • untitled author\n\n    needle in an untitled article\n');
	}
	writeFileSync(join(folder, binaryName), 'binary\u0000\n');
});

afterAll(() => {
	if (work !== '') {
		rmSync(work, {recursive: true, force: true});
	}
});

/** comb in the work folder, stdout as bytes; NO_COLOR and FORCE_COLOR are taken out of the environment (COMB_DEBUG stays). */
function comb(args: readonly string[]): Promise<CombRun<Buffer>> {
	return runComb(args, {cwd: work, unsetEnv: ['NO_COLOR', 'FORCE_COLOR'], stdoutAs: 'buffer'});
}

/** The bytes as UTF-8, refusing invalid sequences (a raw 8-bit C1 byte would be one). */
function strictUtf8(bytes: Buffer): string {
	return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
}

describe('--json keeps the raw values exactly', () => {
	it('every attack, in every field and in the file names, JSON-escaped', async () => {
		const run = await comb(['--json', 'in']);
		expect(run.code).toBe(0);
		const stdout = strictUtf8(run.stdout);
		// JSON escapes C0 controls; nothing else is touched.
		expect(
			unsafeIn(stdout.slice(0, -1)).filter(
				(found) => found.startsWith('U+00') && Number.parseInt(found.slice(2, 6), 16) < 0x20,
			),
		).toEqual([]);
		const articles = parseArticles(stdout);
		const sources = [...new Set(articles.map((article) => article.source))].sort();
		expect(sources).toEqual(hostileNames.map((name) => `in/${name}`).sort());
		const attackArticles = articles.filter((article) => article.source === `in/${hostileNames[0]}`);
		expect(attackArticles).toHaveLength(attacks.length + 2);
		attacks.forEach((attack, index) => {
			const article = attackArticles[index + 1]!;
			const expected = expectedArticles[index]!;
			const where = attack.name;
			expect(article.date, where).toBe(expected.date);
			expect(article.title, where).toBe(decoded(expected.title));
			expect(article.body, where).toBe(decoded(expected.body));
			expect(article.comments, where).toHaveLength(1);
			const comment = article.comments[0]!;
			expect(comment.author, where).toBe(decoded(expected.author));
			expect(comment.text, where).toBe(decoded(expected.text));
			expect(
				comment.replies.map((reply) => [reply.author, reply.text]),
				where,
			).toEqual([[decoded(expected.replyAuthor), decoded(expected.replyText)]]);
		});
		const last = attackArticles.at(-1)!;
		expect([last.date, last.title, last.body]).toEqual([null, '\u001B]0;date\u0007 2020', 'not a date']);
		for (const name of hostileNames.slice(1)) {
			const untitled = articles.find((article) => article.source === `in/${name}`)!;
			expect(untitled.title).toBeNull();
		}
		// Lone surrogates cannot be stored as UTF-8: they come back as U+FFFD, never raw.
		expect(stdout).not.toMatch(/[\uD800-\uDFFF]/u);
	});
});

describe('(a) --print shows every attack as visible text', () => {
	it('piped: no escape at all, no control but \\n, no C1, no bidi control; each value drawn sanitized, exactly', async () => {
		const run = await comb(['--print', '--width', '100000', 'in']);
		expect(run.code).toBe(0);
		const stdout = strictUtf8(run.stdout);
		expectSafe(stdout, 'stdout', true);
		const lines = new Set(stdout.split('\n').map((line) => line.trim()));
		attacks.forEach((attack, index) => {
			const expected = expectedArticles[index]!;
			expect(lines, `${attack.name}: title`).toContain(sanitizeLine(decoded(expected.title)));
			expect(stdout, `${attack.name}: date`).toContain(sanitizeLine(expected.date!));
			for (const line of sanitizeText(decoded(expected.body)).split('\n')) {
				expect(stdout, `${attack.name}: body`).toContain(line);
			}
			expect(stdout, `${attack.name}: author`).toContain(sanitizeLine(decoded(expected.author)));
			for (const line of sanitizeText(decoded(expected.text)).split('\n')) {
				expect(stdout, `${attack.name}: comment text`).toContain(line);
			}
		});
		for (const name of hostileNames) {
			// A TAB expands to the next multiple of 8 columns of the line it is in: compare the pieces around it.
			for (const piece of `in/${name}`.split('\t')) {
				expect(stdout, 'source path').toContain(sanitizeLine(piece));
			}
		}
		expect(stdout).toContain(`(untitled: ${sanitizeLine(`in/${hostileNames[2]}`)})`);
	});

	it('piped at 100 columns, in ASCII too: still nothing unsafe', async () => {
		for (const args of [
			['--print', '--width', '100', 'in'],
			['--print', '--width', '30', '--ascii', 'in'],
		]) {
			const run = await comb(args);
			expect(run.code).toBe(0);
			expectSafe(strictUtf8(run.stdout), args.join(' '), true);
		}
	});

	it("in a terminal with colour: comb's own SGR sequences are the only escapes", async () => {
		const {code, output} = await runInTerminal(`node ${JSON.stringify(cli)} --print --width 100 in`, []);
		expect(code).toBe(0);
		expect(output).toContain('\u001B[1m');
		const text = output.replaceAll(/\u001B\[[\d;]*m/g, '').replaceAll('\r\n', '\n');
		expectSafe(text, 'terminal', true);
		expect(text).toContain('^[[2J');
		expect(text).toContain('<9b>2J');
		expect(text).toContain('<RLO>');
	});

	it("the folder's binary file with a hostile name is skipped with a sanitized warning", async () => {
		const run = await comb(['--print', 'in']);
		expect(run.code).toBe(0);
		expect(run.stderr).toContain('skipping in/bin^[]0;pwned^G<9b>2J<RLO>.txt: binary file');
		expectSafe(run.stderr, 'stderr', true);
	});

	it('a hostile file name given on the command line is named sanitized in the error', async () => {
		const run = await comb(['--print', join('in', binaryName), join('in', 'missing\u001B[2J\u0007.txt')]);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('cannot read in/bin^[]0;pwned^G<9b>2J<RLO>.txt: binary file');
		expect(run.stderr).toContain('cannot read in/missing^[[2J^G.txt: no such file or directory');
		expectSafe(run.stderr, 'stderr', true);
	});
});

// ---------------------------------------------------------------------------------------
// (c) The real explorer in a pseudo-terminal

/**
 * The escape sequences comb itself writes in the explorer: the alternate screen, the
 * cursor and auto-wrap (`?1049`, `?25`, `?7`), home and clear, `row;1H` positioning
 * (always column 1), erase line / below, scroll regions (DECSTBM), IND and RI, SGR, and the
 * Device Attributes query (`ESC [ c`) after each frame (flow control).
 */
const combSequences =
	/\u001B\[\?(?:1000|1006)[hl]|\u001B\]8;;(?:(?:https?:\/\/|mailto:)[^\u0000-\u0020\u007F-\u009F]*?)?(?:\u001B\\|\u0007)|\u001B\[\?(?:1049|25|7)[hl]|\u001B\[H|\u001B\[c|\u001B\[2J|\u001B\[J|\u001B\[K|\u001B\[\d+;1H|\u001B\[\d+;\d+r|\u001B\[r|\u001BD|\u001BM|\u001B\[[\d;]*m/g;

/**
 * Runs `command` under `script` (a pseudo-terminal, 100x30) and types `steps` into it: each
 * step waits until the screen output since the previous step shows `until` (escapes
 * stripped), then types its keys. Resolves with the exit status and every byte written
 * to the terminal.
 */
function runInTerminal(
	command: string,
	steps: ReadonlyArray<{readonly until?: string | RegExp; readonly keys: string}>,
	timeout = 20_000,
): Promise<{code: number | null; output: string; bytes: Buffer}> {
	return new Promise((resolve, reject) => {
		const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8'};
		delete env['NO_COLOR'];
		delete env['FORCE_COLOR'];
		delete env['CI'];
		delete env['TMUX'];
		const child = spawn('script', ['-qfec', `stty cols 100 rows 30; ${command}`, '/dev/null'], {
			cwd: work,
			env,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		const chunks: Buffer[] = [];
		let seen = 0;
		let step = 0;
		let isDone = false;
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(
				new Error(
					`${command} did not finish within ${timeout} ms at step ${step}; output so far:\n${visible(Buffer.concat(chunks).toString('utf8'))}`,
				),
			);
		}, timeout);
		const advance = (): void => {
			while (!isDone && step < steps.length) {
				const {until, keys} = steps[step]!;
				const output = visible(Buffer.concat(chunks).toString('utf8').slice(seen));
				if (until !== undefined && !(typeof until === 'string' ? output.includes(until) : until.test(output))) {
					return;
				}
				seen = Buffer.concat(chunks).toString('utf8').length;
				step++;
				// A pause between keys, so each arrives as its own read.
				setTimeout(() => {
					child.stdin.write(keys);
					setTimeout(advance, 120);
				}, 60);
				return;
			}
		};
		child.stdout.on('data', (chunk: Buffer) => {
			chunks.push(chunk);
			advance();
		});
		child.stdin.on('error', () => {});
		child.on('close', (code) => {
			isDone = true;
			clearTimeout(timer);
			const bytes = Buffer.concat(chunks);
			resolve({code, output: bytes.toString('utf8'), bytes});
		});
		advance();
	});
}

/** Terminal output with comb's escape sequences removed: roughly the text drawn. */
function visible(output: string): string {
	return output.replaceAll(combSequences, '');
}

describe('(c) the explorer writes nothing to the terminal but its own sequences', () => {
	it('opening, moving, searching, jumping, picking an author, help, the untitled articles and quitting', async () => {
		const started = Date.now();
		const {code, output, bytes} = await runInTerminal(`node ${JSON.stringify(cli)} in`, [
			{until: 'articles', keys: 'jjj'},
			{keys: '\r'},
			{until: 'j/k move', keys: 'j'},
			{keys: 'jjj'},
			{keys: 'm'},
			{keys: '/'},
			{until: 'search this article', keys: 'needle'},
			{until: /\d+ match/, keys: '\t'},
			{until: /\d+ match/, keys: '\r'},
			{until: /match \d+\//, keys: 'n'},
			{keys: 'a'},
			{until: 'filter by author', keys: ' '},
			{keys: '\r'},
			{until: 'filter:', keys: '?'},
			{keys: 'x'},
			{keys: '\u001B'},
			{keys: 'q'},
			{until: 'articles', keys: 'g'},
			{keys: '\r'},
			{until: 'j/k move', keys: 'q'},
			{until: 'articles', keys: 'j'},
			{keys: '\r'},
			{until: 'j/k move', keys: 'q'},
			{until: 'articles', keys: 'G'},
			{keys: '\r'},
			{until: 'j/k move', keys: 'q'},
			{until: 'articles', keys: 'q'},
		]);
		console.log(
			`explorer session under script: ${Date.now() - started} ms, ${bytes.length} bytes written to the terminal`,
		);
		expect(code).toBe(0);
		// Every byte is UTF-8: a raw 8-bit C1 byte (0x80-0x9f) would not be.
		const text = strictUtf8(bytes);
		expect(text).toBe(output);
		const rest = visible(text);
		const escapes = [...rest.matchAll(/\u001B.{0,12}/gsu)].map((match) => JSON.stringify(match[0]));
		expect(escapes, 'escape sequences comb does not emit itself').toEqual([]);
		// The terminal turns \n into \r\n and comb joins repainted rows with \r\n: CR only before LF or CR.
		expect(rest.replaceAll(/\r+\n/g, '\n').includes('\r'), 'a bare carriage return').toBe(false);
		expectSafe(rest.replaceAll(/\r+\n/g, '\n'), 'terminal output', true);
		// The attacks were drawn, as visible stand-ins.
		for (const standIn of ['^[]0;pwned title^G', '<9b>2J', '<RLO>', 'fake^Mreal', 'good^H^H^H^Hevil', '^@']) {
			expect(rest, standIn).toContain(standIn);
		}
	}, 30_000);

	it('echoes a query sanitized: a pasted bidi override in the prompt, an escape sequence given with --search', async () => {
		const {code, bytes} = await runInTerminal(
			`node ${JSON.stringify(cli)} --search "$(printf 'needle\\033]0;pwned\\007')" in`,
			[
				{until: 'search all articles', keys: '\u0015'},
				{keys: '\u202Eneedle'},
				{until: /\d+ match/, keys: '\u001B'},
				{until: 'articles', keys: 'q'},
			],
		);
		expect(code).toBe(0);
		const rest = visible(strictUtf8(bytes)).replaceAll(/\r+\n/g, '\n');
		expect(
			[...rest.matchAll(/\u001B.{0,12}/gsu)].map((match) => JSON.stringify(match[0])),
			'escape sequences comb does not emit itself',
		).toEqual([]);
		expectSafe(rest, 'terminal output', true);
	}, 30_000);
});
