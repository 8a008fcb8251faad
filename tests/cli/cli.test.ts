/**
 * The command line, end to end: `node dist/cli.js` as a child process, the way a user
 * (or a script) runs it. Covers inputs, --json, --print, errors and exit codes, hostile
 * text, closed pipes and the bundle split. The interactive explorer is not started here:
 * stdout is always a pipe, or a terminal only with --print or with no input at all.
 */
import {execFile, spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {foldToAscii} from '../../source/text/ascii-fold.js';
import type {JsonComment, JsonOutput} from '../support/json-shape.js';
import {cli, combEnv, root, runComb, type CombRun} from '../support/run-comb.js';

// ---------------------------------------------------------------------------------------
// Running comb (runComb and combEnv: tests/support/run-comb.ts)

/** Runs a shell command line under `script`, so comb's stdin and stdout are a terminal. */
function runInTerminal(
	command: string,
	env: Readonly<Record<string, string | undefined>> = {},
): Promise<{code: number; transcript: string}> {
	return new Promise((resolve, reject) => {
		execFile(
			'script',
			['-qec', command, '/dev/null'],
			{cwd: root, env: combEnv(env), timeout: 15_000, encoding: 'utf8'},
			(error, stdout) => {
				if (error !== null && typeof error.code !== 'number') {
					reject(error);
					return;
				}
				resolve({code: error === null ? 0 : (error.code as number), transcript: stdout});
			},
		);
	});
}

function shellQuote(text: string): string {
	return `'${text.replaceAll("'", `'\\''`)}'`;
}

// ---------------------------------------------------------------------------------------
// The JSON contract

/**
 * What breaks docs/FORMAT.md's schema in `value`, key order included: one line per problem, the
 * first 20 of them. Plain checks rather than one `expect` per field, so a 200,000-comment
 * document is checked in well under a second instead of half a minute.
 */
function schemaProblems(value: unknown): string[] {
	const problems: string[] = [];
	const keysOf = (object: object): string => JSON.stringify(Object.keys(object));
	const isObject = (item: unknown): item is Record<string, unknown> =>
		typeof item === 'object' && item !== null && !Array.isArray(item);
	const articleKeys = JSON.stringify(['source', 'date', 'title', 'body', 'comments']);
	const commentKeys = JSON.stringify(['author', 'text', 'line', 'replies']);
	// `meta` stands between `line` and `replies` when a comment has some (docs/FORMAT.md).
	const commentKeysWithMeta = JSON.stringify(['author', 'text', 'line', 'meta', 'replies']);
	if (!isObject(value) || keysOf(value) !== JSON.stringify(['articles']) || !Array.isArray(value['articles'])) {
		return [`not {"articles": [...]}: ${JSON.stringify(value)?.slice(0, 200)}`];
	}
	for (const [index, article] of (value['articles'] as unknown[]).entries()) {
		if (problems.length >= 20) {
			break;
		}
		if (!isObject(article) || keysOf(article) !== articleKeys) {
			problems.push(`article ${index}: keys ${isObject(article) ? keysOf(article) : typeof article}`);
			continue;
		}
		const {source, date, title, body, comments} = article;
		if (typeof source !== 'string') problems.push(`article ${index}: source ${JSON.stringify(source)}`);
		if (date !== null && typeof date !== 'string') problems.push(`article ${index}: date ${JSON.stringify(date)}`);
		if (title !== null && typeof title !== 'string') problems.push(`article ${index}: title ${JSON.stringify(title)}`);
		if (typeof body !== 'string') problems.push(`article ${index}: body ${JSON.stringify(body)}`);
		if (!Array.isArray(comments)) {
			problems.push(`article ${index}: comments ${JSON.stringify(comments)?.slice(0, 200)}`);
			continue;
		}
		// Pre-order walk: line numbers must grow in source order.
		let lastLine = 0;
		const stack: unknown[] = [...comments].reverse();
		while (stack.length > 0 && problems.length < 20) {
			const comment = stack.pop();
			if (
				!isObject(comment) ||
				(keysOf(comment) !== commentKeys && keysOf(comment) !== commentKeysWithMeta) ||
				('meta' in comment && !isObject(comment['meta']))
			) {
				problems.push(`article ${index}: comment keys ${isObject(comment) ? keysOf(comment) : typeof comment}`);
				continue;
			}
			const {author, text, line, replies} = comment;
			const where = `article ${index}, comment at line ${JSON.stringify(line)}`;
			if (typeof author !== 'string') problems.push(`${where}: author ${JSON.stringify(author)}`);
			if (typeof text !== 'string') problems.push(`${where}: text ${JSON.stringify(text)}`);
			if (!Number.isInteger(line) || (line as number) <= lastLine) {
				problems.push(`${where}: line not an integer above the previous one (${lastLine})`);
			} else {
				lastLine = line as number;
			}
			if (!Array.isArray(replies)) {
				problems.push(`${where}: replies ${JSON.stringify(replies)?.slice(0, 200)}`);
				continue;
			}
			for (let reply = replies.length - 1; reply >= 0; reply--) {
				stack.push(replies[reply]);
			}
		}
	}
	return problems;
}

/** Checks docs/FORMAT.md's schema, key order included, and returns the value typed. */
function checkSchema(value: unknown): JsonOutput {
	expect(schemaProblems(value)).toEqual([]);
	return value as JsonOutput;
}

/** Parses comb's --json output, checking it is one compact line. */
function parseJson(stdout: string): JsonOutput {
	expect(stdout.endsWith('\n')).toBe(true);
	expect(stdout.slice(0, -1)).not.toContain('\n');
	return checkSchema(JSON.parse(stdout));
}

function countComments(comments: readonly JsonComment[]): number {
	let count = 0;
	const stack = [...comments];
	while (stack.length > 0) {
		const comment = stack.pop()!;
		count++;
		stack.push(...comment.replies);
	}
	return count;
}

/** A comment tree reduced to `author@line` and replies, for comparing shapes. */
type Shape = [string, Shape[]];
function shape(comments: readonly JsonComment[]): Shape[] {
	return comments.map((comment) => [`${comment.author}@${comment.line}`, shape(comment.replies)]);
}

function sources(output: JsonOutput): string[] {
	return output.articles.map((article) => article.source);
}

/** A small valid thread file whose title names it. */
function threadText(title: string): string {
	return `${title}\n\nBody of ${title}.\n\n  • someone\n\n    A comment.\n`;
}

function stderrLines(run: CombRun): string[] {
	return run.stderr === '' ? [] : run.stderr.replace(/\n$/, '').split('\n');
}

/** What a stack trace or a raw exception would leave on stderr. */
const stackTrace = /Error\b|\n\s+at |^\s+at |node:internal/m;

const dataFiles = readdirSync(join(root, 'data'))
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => `data/${name}`);

// ---------------------------------------------------------------------------------------

let work = '';
/** 200,000 generated comments, written once per run by tests/support/global-setup.ts. */
const bigFile = inject('bigCorpus');

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'comb-cli-'));
});

afterAll(() => {
	if (work !== '') {
		rmSync(work, {recursive: true, force: true});
	}
});

describe('--json', () => {
	it('gives docs/FORMAT.md’s schema for data/coalition-base.txt, key order and values exact', async () => {
		const run = await runComb(['--json', 'data/coalition-base.txt']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const output = parseJson(run.stdout);
		expect(output.articles).toHaveLength(1);
		const article = output.articles[0]!;
		expect(article.source).toBe('data/coalition-base.txt');
		expect(article.date).toBe('JULY 2020');
		expect(article.title).toBe('U.S.-led Coalition Hands Over Key Base To Iraqi Forces (Photos)');
		expect(
			article.body.startsWith(
				'The U.S.-led coalition announced on March 26 that it is handing over the al-Qayyarah Air Base to the Ministry of Defense of Iraq.\n\nA spokesman for the coalition,',
			),
		).toBe(true);
		expect(
			article.body.endsWith('Most notably, the recent wave of rocket attacks on coalition bases in the country.'),
		).toBe(true);
		// Seven paragraphs, blank runs folded to one empty line, nothing trailing.
		expect(article.body.split('\n\n')).toHaveLength(7);
		expect(article.body).not.toMatch(/\n\n\n|^\s|\s$/);
		expect(countComments(article.comments)).toBe(13);
		expect(article.comments[0]).toEqual({
			author: 'Damien C',
			text:
				'This bases was not used for attacking ISIS it was used to attack the PMU and Hezbollah. They can’t even own up to the simple fact that they have been forced to leave.\n' +
				'It is nothing to do with Covid19, this is just an excuse to cover for them leaving with their tails between their legs',
			line: 23,
			replies: [],
		});
		expect(article.comments[1]).toEqual({author: 'Ivanus59', text: '', line: 28, replies: []});
		expect(shape(article.comments)).toEqual([
			['Damien C@23', []],
			['Ivanus59@28', []],
			['verner@31', []],
			['ivan cohen@35', []],
			['John Wallace@39', []],
			[
				'Azriel Herskowitz@43',
				[
					['John Wallace@47', []],
					['Zionism = EVIL@51', []],
					['Amon -Ra- DeArmond@55', []],
				],
			],
			['Zionism = EVIL@59', []],
			['verner@63', []],
			['cechas vodobenikov@67', []],
			['goingbrokes@71', []],
		]);
		expect(article.comments[5]!.replies[2]).toEqual({
			author: 'Amon -Ra- DeArmond',
			text: 'hey there, rocket nose!',
			line: 55,
			replies: [],
		});
	});

	it('--author finds a comment by its clean name when its header was `NAME · 2 days ago`', async () => {
		const file = join(work, 'meta-author.txt');
		writeFileSync(file, 'T\n\n  • Tomás · 2 days ago\n\n    hola\n\n  • Ann · 14 points\n\n    hi\n');
		const run = await runComb(['--json', '--author', 'Tomás', file]);
		expect(run.code).toBe(0);
		const {matches} = JSON.parse(run.stdout) as {matches: Array<Record<string, unknown>>};
		expect(matches.map((match) => [match['author'], match['text'], match['meta']])).toEqual([
			['Tomás', 'hola', {time: '2 days ago'}],
		]);
		const printed = await runComb(['--print', '--no-color', file]);
		expect(printed.stdout).toContain('Tomás · 2 days ago\n');
		expect(printed.stdout).toContain('Ann · 14 points\n');
	});

	it('follows the schema for every sample in data/', async () => {
		// One run for all the samples: each article names its file, and they come in argument order.
		const run = await runComb(['--json', ...dataFiles]);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		const output = parseJson(run.stdout);
		const listed = sources(output);
		for (const file of dataFiles) {
			expect(listed.filter((source) => source === file).length, file).toBeGreaterThan(0);
		}
		expect(listed).toEqual(dataFiles.flatMap((file) => listed.filter((source) => source === file)));
	});

	it('splits data/several-articles.txt into its three articles', async () => {
		const output = parseJson((await runComb(['--json', 'data/several-articles.txt'])).stdout);
		expect(output.articles.map((article) => [article.date, article.title, countComments(article.comments)])).toEqual([
			['Thursday, 14 May 2020', 'Regional Water Board Approves 18% Tariff Increase Despite Drought Warnings', 7],
			[null, 'Ferry Operator Cancels Winter Routes to Two Islands', 5],
			['2021-11-03', 'Parliament Delays Vote on Drone Export Rules After Late Amendments', 3],
		]);
	});

	it('keeps a 200,000-comment stream whole, and says nothing on stderr while the reader keeps up', async () => {
		const run = await runComb(['--json', bigFile], {timeout: 60_000});
		expect(run.code).toBe(0);
		// A MaxListenersExceededWarning here means writeChunks leaks listeners per drain.
		expect(run.stderr).toBe('');
		const output = parseJson(run.stdout);
		expect(output.articles.reduce((sum, article) => sum + countComments(article.comments), 0)).toBe(200_000);
	}, 60_000);
});

describe('inputs', () => {
	let tree = '';

	beforeAll(() => {
		tree = join(work, 'tree');
		const files = [
			'dir/b.txt',
			'dir/a.txt',
			'dir/A.txt',
			'dir/a-b.txt',
			'dir/a/z.txt',
			'dir/a/deeper/y.txt',
			'dir/c/x.txt',
			'dir/.hidden/skip.txt',
			'dir/a/.git/skip.txt',
			'dir/node_modules/skip.txt',
			'dir/c/node_modules/skip.txt',
		];
		for (const file of files) {
			mkdirSync(join(tree, file, '..'), {recursive: true});
			writeFileSync(join(tree, file), threadText(file));
		}
		writeFileSync(join(tree, 'dir/notes.md'), threadText('notes.md'));
		writeFileSync(join(tree, 'dir/b.txt.bak'), threadText('b.txt.bak'));
		writeFileSync(join(tree, 'dir/README'), threadText('README'));
		// A link back up: the walk must neither loop nor list a file twice.
		symlinkSync('..', join(tree, 'dir/a/up'));
	});

	// Whole paths in code-unit order: upper case first, and `a-b.txt` < `a.txt` < `a/...`.
	const order = ['A.txt', 'a-b.txt', 'a.txt', 'a/deeper/y.txt', 'a/z.txt', 'b.txt', 'c/x.txt'];

	for (const [spelling, prefix] of [
		['dir', 'dir/'],
		['dir/', 'dir/'],
		['./dir', './dir/'],
		['./dir/', './dir/'],
	] as const) {
		it(`reads every *.txt below a folder given as ${spelling}, in path order, with sources joined to it`, async () => {
			const run = await runComb(['--json', spelling], {cwd: tree});
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
			const output = parseJson(run.stdout);
			expect(sources(output)).toEqual(order.map((path) => prefix + path));
			// Each article came from the file its source names.
			expect(output.articles.map((article) => article.title)).toEqual(order.map((path) => `dir/${path}`));
		});
	}

	it('joins an absolute folder path the same way', async () => {
		const run = await runComb(['--json', join(tree, 'dir')]);
		expect(run.code).toBe(0);
		expect(sources(parseJson(run.stdout))).toEqual(order.map((path) => `${join(tree, 'dir')}/${path}`));
	});

	it('keeps the order of the arguments, files and folders alike', async () => {
		const run = await runComb(['--json', 'dir/c', 'dir/b.txt', 'dir/a/deeper'], {cwd: tree});
		expect(run.code).toBe(0);
		expect(sources(parseJson(run.stdout))).toEqual(['dir/c/x.txt', 'dir/b.txt', 'dir/a/deeper/y.txt']);
		const files = await runComb(['--json', 'data/several-articles.txt', 'data/bulleted-body.txt']);
		expect(sources(parseJson(files.stdout))).toEqual([
			'data/several-articles.txt',
			'data/several-articles.txt',
			'data/several-articles.txt',
			'data/bulleted-body.txt',
		]);
	});

	it('reads standard input for -, with source -', async () => {
		const input = readFileSync(join(root, 'data/coalition-base.txt'));
		const fromStdin = parseJson((await runComb(['--json', '-'], {input})).stdout);
		const fromFile = parseJson((await runComb(['--json', 'data/coalition-base.txt'])).stdout);
		expect(sources(fromStdin)).toEqual(['-']);
		expect(fromStdin.articles.map((article) => ({...article, source: 'x'}))).toEqual(
			fromFile.articles.map((article) => ({...article, source: 'x'})),
		);
	});

	it('reads standard input when there is no path and stdin is not a terminal', async () => {
		const input = readFileSync(join(root, 'data/several-articles.txt'));
		const run = await runComb(['--json'], {input});
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		const output = parseJson(run.stdout);
		expect(sources(output)).toEqual(['-', '-', '-']);
		expect(output.articles[2]!.title).toBe('Parliament Delays Vote on Drone Export Rules After Late Amendments');
	});

	it('puts stdin where - stands: `cat a | comb b -` and `cat a | comb - b`', async () => {
		const input = readFileSync(join(root, 'data/coalition-base.txt'));
		const after = parseJson((await runComb(['--json', 'data/deep-thread.txt', '-'], {input})).stdout);
		expect(after.articles.map((article) => [article.source, article.title])).toEqual([
			['data/deep-thread.txt', 'Offshore Wind Farm Plan Splits Coastal Town Ahead of Public Inquiry'],
			['-', 'U.S.-led Coalition Hands Over Key Base To Iraqi Forces (Photos)'],
		]);
		const before = parseJson((await runComb(['--json', '-', 'data/deep-thread.txt'], {input})).stdout);
		expect(sources(before)).toEqual(['-', 'data/deep-thread.txt']);
	});

	it('decodes invalid UTF-8 as U+FFFD', async () => {
		const input = Buffer.concat([
			Buffer.from('Caf'),
			Buffer.from([0xe9]),
			Buffer.from(' au lait\n\nBody '),
			Buffer.from([0xff]),
			Buffer.from(' end\n\n  • J'),
			Buffer.from([0xe2, 0x82]), // a truncated 3-byte sequence
			Buffer.from('\n\n    lone '),
			Buffer.from([0x9b]), // a bare continuation byte, not U+009B
			Buffer.from(' byte\n'),
		]);
		const file = join(work, 'latin1.txt');
		writeFileSync(file, input);
		const run = await runComb(['--json', file]);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		const article = parseJson(run.stdout).articles[0]!;
		expect(article.title).toBe('Caf\uFFFD au lait');
		expect(article.body).toBe('Body \uFFFD end');
		expect(article.comments).toEqual([{author: 'J\uFFFD', text: 'lone \uFFFD byte', line: 5, replies: []}]);
		const printed = await runComb(['--print', file]);
		expect(printed.stdout).toContain('Caf\uFFFD au lait');
		expect(printed.stdout).toContain('lone \uFFFD byte');
	});
});

describe('errors and exit codes', () => {
	it('reports a path that does not exist, loads the other inputs, exits 2', async () => {
		const run = await runComb(['--json', 'data/bulleted-body.txt', 'missing.txt', 'data/coalition-base.txt']);
		expect(run.code).toBe(2);
		expect(stderrLines(run)).toHaveLength(1);
		expect(run.stderr).toMatch(/^comb: cannot read missing\.txt: \S.*\n$/);
		expect(run.stderr).not.toMatch(stackTrace);
		expect(sources(parseJson(run.stdout))).toEqual(['data/bulleted-body.txt', 'data/coalition-base.txt']);
	});

	it('still prints the other inputs with --print', async () => {
		const run = await runComb(['--print', 'missing.txt', 'data/coalition-base.txt']);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^comb: cannot read missing\.txt: \S.*\n$/);
		expect(run.stdout.split('\n')[0]).toBe('U.S.-led Coalition Hands Over Key Base To Iraqi Forces (Photos)');
	});

	it('reports a dangling symbolic link and a path through a file', async () => {
		const dangling = join(work, 'dangling.txt');
		symlinkSync(join(work, 'nowhere.txt'), dangling);
		const run = await runComb(['--json', dangling, 'data/coalition-base.txt/inside.txt', 'data/deep-thread.txt']);
		expect(run.code).toBe(2);
		const lines = stderrLines(run);
		expect(lines).toHaveLength(2);
		expect(lines[0]!.startsWith(`comb: cannot read ${dangling}: `)).toBe(true);
		expect(lines[1]!.startsWith('comb: cannot read data/coalition-base.txt/inside.txt: ')).toBe(true);
		expect(run.stderr).not.toMatch(stackTrace);
		expect(sources(parseJson(run.stdout))).toEqual(['data/deep-thread.txt']);
	});

	it('reports an unreadable *.txt inside a folder by its joined path, loads the rest, exits 2', async () => {
		const folder = join(work, 'broken');
		mkdirSync(folder);
		writeFileSync(join(folder, 'good.txt'), threadText('good'));
		symlinkSync('gone.txt', join(folder, 'bad.txt'));
		const run = await runComb(['--json', 'broken'], {cwd: work});
		expect(run.code).toBe(2);
		expect(stderrLines(run)).toHaveLength(1);
		expect(run.stderr.startsWith('comb: cannot read broken/bad.txt: ')).toBe(true);
		expect(run.stderr).not.toMatch(stackTrace);
		expect(sources(parseJson(run.stdout))).toEqual(['broken/good.txt']);
	});

	it('walks into a folder whose name ends in .txt instead of reading it as a file', async () => {
		const folder = join(work, 'folderish');
		mkdirSync(join(folder, 'notes.txt'), {recursive: true});
		writeFileSync(join(folder, 'notes.txt', 'inner.txt'), threadText('inner'));
		const run = await runComb(['--json', 'folderish'], {cwd: work});
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(sources(parseJson(run.stdout))).toEqual(['folderish/notes.txt/inner.txt']);
	});

	describe('binary files', () => {
		let folder = '';
		beforeAll(() => {
			folder = join(work, 'mixed');
			mkdirSync(folder);
			writeFileSync(join(folder, 'a.txt'), threadText('a'));
			writeFileSync(
				join(folder, 'image.txt'),
				Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
			);
			writeFileSync(join(folder, 'z.txt'), threadText('z'));
		});

		it('named on the command line: an error, exit 2, the rest still loads', async () => {
			const run = await runComb(['--json', 'mixed/image.txt', 'mixed/a.txt'], {cwd: work});
			expect(run.code).toBe(2);
			expect(stderrLines(run)).toHaveLength(1);
			expect(run.stderr).toMatch(/^comb: cannot read mixed\/image\.txt: .*binary/);
			expect(sources(parseJson(run.stdout))).toEqual(['mixed/a.txt']);
		});

		it('met inside a folder: skipped with a one-line warning, exit 0', async () => {
			const run = await runComb(['--json', 'mixed'], {cwd: work});
			expect(run.code).toBe(0);
			const lines = stderrLines(run);
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(/^comb: .*mixed\/image\.txt/);
			expect(lines[0]).not.toMatch(/cannot read/);
			expect(sources(parseJson(run.stdout))).toEqual(['mixed/a.txt', 'mixed/z.txt']);
		});
	});

	it('prints the usage and exits 2 with no input on a terminal', async () => {
		const errors = join(work, 'usage-stderr.txt');
		const {code, transcript} = await runInTerminal(
			`${shellQuote(process.execPath)} ${shellQuote(cli)} 2>${shellQuote(errors)}`,
		);
		expect(code).toBe(2);
		expect(transcript).toBe('');
		const usage = readFileSync(errors, 'utf8');
		expect(usage).toContain('Usage');
		expect(usage).toContain('$ comb [options] [path ...]');
		expect(usage).not.toMatch(stackTrace);
		// Short enough to read at once, saying why and where the rest is.
		expect(usage.trimEnd().split('\n').length).toBeLessThanOrEqual(10);
		expect(usage).toContain('comb: nothing to read: name a file or folder, or pipe text in (comb --help)');
	});

	for (const [args, flag] of [
		[['--nope'], '--nope'],
		[['data/coalition-base.txt', '--nope'], '--nope'],
		[['--no-nope', 'data/coalition-base.txt'], '--no-nope'],
		[['-x', 'data/coalition-base.txt'], '-x'],
		[['-px', 'data/coalition-base.txt'], '-x'],
	] as const) {
		it(`rejects the unknown flag in: comb ${args.join(' ')}`, async () => {
			const run = await runComb(args);
			expect(run.code).toBe(2);
			expect(run.stdout).toBe('');
			expect(stderrLines(run)).toHaveLength(1);
			expect(run.stderr.startsWith(`comb: unknown flag ${flag}`)).toBe(true);
		});
	}

	for (const args of [
		['--width', '5'],
		['-w', '5'],
		['--width=5'],
		['--width', '19'],
		['--width', 'abc'],
		['--width', '20.5'],
		['--width', '-30'],
	]) {
		it(`rejects ${args.join(' ')}`, async () => {
			const run = await runComb(['--print', ...args, 'data/coalition-base.txt']);
			expect(run.code).toBe(2);
			expect(run.stdout).toBe('');
			expect(stderrLines(run)).toHaveLength(1);
			// `-30` is taken for an unknown flag before --width sees it: also a clear refusal.
			expect(run.stderr).toMatch(/^comb: (.*--width|unknown flag -30)/);
		});
	}

	it('accepts --width 20', async () => {
		const run = await runComb(['--print', '--width', '20', 'data/coalition-base.txt']);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
	});

	for (const args of [['--print'], ['--json'], []]) {
		it(`exits quickly and quietly when the reader closes the pipe (${args.join(' ') || 'no flag'})`, async () => {
			const started = Date.now();
			const result = await new Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>(
				(resolve, reject) => {
					const child = spawn(process.execPath, [cli, ...args, bigFile], {
						cwd: root,
						env: combEnv(),
						stdio: ['ignore', 'pipe', 'pipe'],
					});
					const stderr: Buffer[] = [];
					const timer = setTimeout(() => {
						child.kill('SIGKILL');
						reject(new Error('comb kept running after its reader went away'));
					}, 15_000);
					child.stdout.once('data', () => child.stdout.destroy());
					child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
					child.on('close', (code, signal) => {
						clearTimeout(timer);
						resolve({code, signal, stderr: Buffer.concat(stderr).toString('utf8')});
					});
				},
			);
			expect(result.stderr).not.toMatch(stackTrace);
			expect(result.stderr).toBe('');
			expect(result.signal).toBeNull();
			expect(result.code).toBe(0);
			expect(Date.now() - started).toBeLessThan(10_000);
		}, 20_000);
	}
});

describe('--print', () => {
	const escapeTitle = 'Title \u001B[2J here \u001B]0;pwned\u0007 end';
	const escapeBody = 'Body \u009B31m and \u202ERLO\u202C, \u2066isolate\u2069 and DEL\u007F';
	const escapeAuthor = 'auth\u001B[31mor';
	const escapeText = 'text \u0007 bel\nclip \u001B]52;c;aGVsbG8=\u0007 board\nback\bspace';
	let escapeFile = '';

	beforeAll(() => {
		escapeFile = join(work, 'escapes.txt');
		writeFileSync(
			escapeFile,
			`${escapeTitle}\n\n${escapeBody}\n\n  • ${escapeAuthor}\n\n    ${escapeText.replaceAll('\n', '\n    ')}\n`,
		);
	});

	/** Terminal-driving code points: C0 but \n, DEL, C1, bidi controls. */
	const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

	it('shows control characters and bidi controls as visible placeholders', async () => {
		const run = await runComb(['--print', '--width', '80', escapeFile]);
		expect(run.code).toBe(0);
		expect(run.stdout).not.toMatch(unsafe);
		for (const placeholder of [
			'^[[2J',
			'^[]0;pwned^G',
			'<9b>31m',
			'<RLO>RLO<PDF>',
			'<LRI>isolate<PDI>',
			'DEL^?',
			'auth^[[31mor',
			'^[]52;c;aGVsbG8=^G',
			'back^Hspace',
		]) {
			expect(run.stdout).toContain(placeholder);
		}
	});

	it('stays sanitized with colour on, in a terminal', async () => {
		const {code, transcript} = await runInTerminal(
			`${shellQuote(process.execPath)} ${shellQuote(cli)} --print --width 80 ${shellQuote(escapeFile)}`,
		);
		expect(code).toBe(0);
		// Only comb's own SGR pairs may remain; the terminal turns \n into \r\n.
		const withoutStyles = transcript.replaceAll(/\u001B\[\d+m/g, '').replaceAll('\r\n', '\n');
		expect(withoutStyles).not.toMatch(unsafe);
		expect(withoutStyles).toContain('^[[2J');
	});

	it('keeps the raw values, JSON-escaped, in --json', async () => {
		const run = await runComb(['--json', escapeFile]);
		expect(run.code).toBe(0);
		// No raw control reaches stdout even in JSON (C0, DEL, C1, bidi): they are \u escapes there.
		expect(run.stdout.slice(0, -1)).not.toMatch(unsafe);
		expect(run.stdout).toContain('\\u009b31m and \\u202eRLO\\u202c, \\u2066isolate\\u2069 and DEL\\u007f');
		const article = parseJson(run.stdout).articles[0]!;
		expect(article.title).toBe(escapeTitle);
		expect(article.body).toBe(escapeBody);
		expect(article.comments).toEqual([{author: escapeAuthor, text: escapeText, line: 5, replies: []}]);
	});

	it('draws the title, meta line and body of data/coalition-base.txt', async () => {
		const run = await runComb(['--print', '--width', '80', 'data/coalition-base.txt']);
		const lines = run.stdout.split('\n');
		expect(lines.slice(0, 4)).toEqual([
			'U.S.-led Coalition Hands Over Key Base To Iraqi Forces (Photos)',
			'JULY 2020 · 13 comments · 10 threads · data/coalition-base.txt',
			'',
			'The U.S.-led coalition announced on March 26 that it is handing over the',
		]);
		expect(run.stdout).toContain('\nAzriel Herskowitz\n│  Don’t worry,');
		expect(run.stdout).toContain('\n├─ John Wallace\n');
		expect(run.stdout).toContain('\n└─ Amon -Ra- DeArmond\n      hey there, rocket nose!\n');
	});

	it('has no ESC byte at all without a terminal, with --no-color, or with NO_COLOR', async () => {
		// One run for every sample: each one's meta line names its file.
		const piped = await runComb(['--print', ...dataFiles, escapeFile]);
		expect(piped.code).toBe(0);
		expect(piped.stdout).not.toContain('\u001B');
		for (const file of dataFiles) {
			expect(piped.stdout, file).toContain(` · ${file}\n`);
		}
		expect(piped.stdout).toContain('Title ^[[2J here');
		const flag = await runInTerminal(
			`${shellQuote(process.execPath)} ${shellQuote(cli)} --print --no-color data/coalition-base.txt`,
		);
		expect(flag.code).toBe(0);
		expect(flag.transcript).toContain('Damien C');
		expect(flag.transcript).not.toContain('\u001B');
		const env = await runInTerminal(
			`${shellQuote(process.execPath)} ${shellQuote(cli)} --print data/coalition-base.txt`,
			{NO_COLOR: '1'},
		);
		expect(env.code).toBe(0);
		expect(env.transcript).toContain('Damien C');
		expect(env.transcript).not.toContain('\u001B');
	});

	it('uses colour on a terminal when allowed', async () => {
		const {code, transcript} = await runInTerminal(
			`${shellQuote(process.execPath)} ${shellQuote(cli)} --print data/coalition-base.txt`,
			{FORCE_COLOR: undefined, CI: undefined, TERM: 'xterm-256color'},
		);
		expect(code).toBe(0);
		expect(transcript).toContain('\u001B[');
	});

	it('follows FORCE_COLOR: 0 turns colour off even on a terminal, 1 turns it on in a pipe', async () => {
		const off = await runInTerminal(
			`${shellQuote(process.execPath)} ${shellQuote(cli)} --print data/coalition-base.txt`,
			{FORCE_COLOR: '0', TERM: 'xterm-256color'},
		);
		expect(off.transcript).not.toContain('\u001B[');
		const on = await runComb(['--print', 'data/coalition-base.txt'], {env: {FORCE_COLOR: '1'}});
		expect(on.stdout).toContain('\u001B[1m');
	});

	it('is what comb prints with no flag when stdout is not a terminal, 80 columns wide', async () => {
		const implicit = await runComb(dataFiles, {env: {COLUMNS: '50'}});
		const explicit = await runComb(['--print', '--width', '80', ...dataFiles]);
		expect(implicit.code).toBe(0);
		expect(implicit.stdout.length).toBeGreaterThan(0);
		expect(implicit.stdout).toBe(explicit.stdout);
		const short = await runComb(['-p', '-w', '40', 'data/coalition-base.txt']);
		const long = await runComb(['--print', '--width', '40', 'data/coalition-base.txt']);
		expect(short.stdout).toBe(long.stdout);
	});

	for (const width of [30, 40, 80, 120]) {
		it(`wraps every line of every sample to --width ${width}`, async () => {
			// One run for all the samples; the article separators must fit too.
			const run = await runComb(['--print', '--width', String(width), ...dataFiles]);
			expect(run.code).toBe(0);
			expect(run.stdout.length).toBeGreaterThan(0);
			const tooWide = run.stdout.split('\n').filter((line) => stringWidth(line) > width);
			expect(tooWide).toEqual([]);
		});
	}

	it('wraps long author names too', async () => {
		const author = 'An author name that goes on and on, far wider than eighty columns of any terminal';
		const input = `Title\n\n  • ${author} (1)\n\n    Hello.\n\n    • ${author} (2)\n\n      Hi.\n`;
		const run = await runComb(['--print', '--width', '60'], {input});
		expect(run.code).toBe(0);
		for (const line of run.stdout.split('\n')) {
			expect(stringWidth(line), line).toBeLessThanOrEqual(60);
		}
	});

	it('--ascii: only ASCII out (ASCII guides, the data text folded column for column), the same tree otherwise', async () => {
		// One run each for all the samples, the separators between their articles included.
		const ascii = await runComb(['--print', '--ascii', '--width', '80', ...dataFiles]);
		const unicode = await runComb(['--print', '--width', '80', ...dataFiles]);
		expect(ascii.code).toBe(0);
		expect(unicode.stdout).toMatch(/[├└│═·]/);
		expect(ascii.stdout).not.toMatch(/[\u2500-\u257F\u00B7]/);
		const mapped = unicode.stdout
			.replaceAll('├─ ', '|- ')
			.replaceAll('└─ ', '`- ')
			.replaceAll('│', '|')
			.replaceAll('═', '=')
			.replaceAll(' · ', ' - ')
			.replaceAll('↳ ', '-> ');
		expect(ascii.stdout).toMatch(/^[\x00-\x7f]*$/);
		expect(ascii.stdout).toBe(foldToAscii(mapped));
	});
});

describe('the bundle', () => {
	/** Relative modules a file imports statically (esbuild's `import ... from "./x.js"`). */
	function staticImports(file: string): string[] {
		const text = readFileSync(file, 'utf8');
		const found: string[] = [];
		for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\bfrom\s*["'](\.[^"']+)["']/g)) {
			found.push(join(file, '..', match[1]!));
		}
		for (const match of text.matchAll(/(?:^|\n)\s*import\s*["'](\.[^"']+)["']/g)) {
			found.push(join(file, '..', match[1]!));
		}
		return found;
	}

	it('loads ink and react only through a dynamic import of the explorer bundle', () => {
		const loaded = new Set<string>();
		const queue = [cli];
		while (queue.length > 0) {
			const file = queue.pop()!;
			if (!loaded.has(file)) {
				loaded.add(file);
				queue.push(...staticImports(file));
			}
		}
		expect(loaded.size).toBeGreaterThan(0);
		for (const file of loaded) {
			const text = readFileSync(file, 'utf8');
			expect(text, file).not.toContain('react-reconciler');
			expect(text, file).not.toMatch(/yoga/i);
		}
		const source = readFileSync(cli, 'utf8');
		const dynamic = [...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!);
		const explorer = dynamic.filter((path) => path === './explorer.js');
		expect(explorer).toHaveLength(1);
		const explorerFile = join(root, 'dist', explorer[0]!);
		expect(loaded.has(explorerFile)).toBe(false);
		// The check means something only if the explorer bundle is where ink lives.
		expect(readFileSync(explorerFile, 'utf8')).toContain('react-reconciler');
	});

	it('never loads the explorer or search bundles for --json or --print', async () => {
		const hooks = join(work, 'hooks.mjs');
		const register = join(work, 'register.mjs');
		const log = join(work, 'loaded.log');
		writeFileSync(
			hooks,
			`import {appendFileSync} from 'node:fs';\nexport async function load(url, context, next) {\n\tappendFileSync(${JSON.stringify(log)}, url + '\\n');\n\treturn next(url, context);\n}\n`,
		);
		writeFileSync(
			register,
			`import {register} from 'node:module';\nregister(${JSON.stringify(new URL(`file://${hooks}`).href)});\n`,
		);
		for (const args of [['--json'], ['--print'], []]) {
			rmSync(log, {force: true});
			const run = await runComb([...args, 'data/coalition-base.txt'], {
				nodeArgs: ['--import', new URL(`file://${register}`).href],
			});
			expect(run.code).toBe(0);
			const urls = readFileSync(log, 'utf8').trim().split('\n');
			expect(urls.some((url) => url.endsWith('/dist/cli.js'))).toBe(true);
			expect(
				urls.filter((url) => /explorer|find\.js|devtools|node_modules|react|ink/.test(url)),
				args.join(' '),
			).toEqual([]);
		}
	});
});
