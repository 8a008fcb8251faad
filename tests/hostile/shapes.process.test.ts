/**
 * Hostile shapes, end to end (`node dist/cli.js` as a child process, each run with a time
 * limit): a reply chain 100,000 levels deep, one comment with 1,000,000 replies, a 50 MB
 * line as an article body and as a comment's text, 100,000 one-comment articles in one
 * stream, and the degenerate files (empty, blank lines, only headers, no comments). Each
 * must give its defined result with exit code 0; the elapsed times are logged.
 *
 * The inputs are built once in os.tmpdir(). The deep chain is ~625 MB: strictly deeper
 * headers cannot be shorter (indent k needs floor(k/8) tabs and k%8 spaces).
 */
import {Buffer} from 'node:buffer';
import {execFile} from 'node:child_process';
import {closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseArticles, type JsonArticle, type JsonComment} from '../support/json-shape.js';
import {cli, runComb, type CombRun} from '../support/run-comb.js';

const deepLevels = 100_000;
const flatReplies = 1_000_000;
const longBytes = 50_000_000;
const articleCount = 100_000;

let work = '';
const file = (name: string): string => join(work, name);

/** Writes `pieces` to `path` through one 16 MB buffer, so no input is held whole in memory. */
function writeInPieces(path: string, pieces: Iterable<string | Buffer>): number {
	const fd = openSync(path, 'w');
	const buffer = Buffer.alloc(16 << 20);
	let used = 0;
	let total = 0;
	const flush = (): void => {
		writeSync(fd, buffer, 0, used);
		total += used;
		used = 0;
	};
	try {
		for (const piece of pieces) {
			const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
			if (used + bytes.length > buffer.length) {
				flush();
			}
			if (bytes.length > buffer.length) {
				writeSync(fd, bytes);
				total += bytes.length;
			} else {
				used += bytes.copy(buffer, used);
			}
		}
		flush();
	} finally {
		closeSync(fd);
	}
	return total;
}

/** A chain `levels` deep: each header one column deeper than the last, no bodies. */
function* deepChain(levels: number): Generator<Buffer> {
	yield Buffer.from('Deep\n\n');
	const tabs = Buffer.alloc(Math.ceil(levels / 8), 0x09);
	const spaces = Buffer.alloc(8, 0x20);
	const bullet = Buffer.from('•\n');
	for (let k = 1; k <= levels; k++) {
		yield tabs.subarray(0, Math.floor(k / 8));
		yield spaces.subarray(0, k % 8);
		yield bullet;
		if (k === 1) {
			yield Buffer.from('\n'); // the first header must stand alone to start the comments
		}
	}
}

function* flatThread(replies: number): Generator<string> {
	yield 'Flat\n\n  • root\n\n    the root\n\n';
	for (let i = 0; i < replies; i++) {
		// 5,000 distinct authors: more than the parser's first author table holds.
		yield `    • r${i % 5000}\n\n      reply ${i}\n\n`;
	}
}

function* manyArticles(count: number): Generator<string> {
	for (let i = 0; i < count; i++) {
		// After a comment, an unindented line starts the next article.
		yield `Title ${i}\n\n  • author ${i}\n\n    text ${i}\n`;
	}
}

const longWords = 'lorem ipsum dolor sit amet '
	.repeat(Math.ceil(longBytes / 27))
	.slice(0, longBytes)
	.trimEnd();

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'comb-shapes-'));
	const started = Date.now();
	const sizes = {
		deep: writeInPieces(file('deep.txt'), deepChain(deepLevels)),
		flat: writeInPieces(file('flat.txt'), flatThread(flatReplies)),
		longBody: writeInPieces(file('long-body.txt'), ['Long body\n\n', longWords, '\n\n  • a\n\n    short\n']),
		longText: writeInPieces(file('long-text.txt'), ['Long text\n\n  • a\n\n    ', Buffer.alloc(longBytes, 'x'), '\n']),
		many: writeInPieces(file('many.txt'), manyArticles(articleCount)),
	};
	writeFileSync(file('empty.txt'), '');
	writeFileSync(file('blank.txt'), '\n\n   \n\t\t\n\r\n \u00A0 \n\f\n\n');
	writeFileSync(file('headers.txt'), '  • alice\n\n  • bob\n\n    • carol\n');
	writeFileSync(file('list.txt'), '  • alice\n  • bob\n');
	writeFileSync(file('no-comments.txt'), 'JULY 2020\n\nTitle only\n\nA body paragraph.\n\n\nAnother one.\n');
	console.log(
		`inputs built in ${Date.now() - started} ms: ${Object.entries(sizes)
			.map(([name, size]) => `${name} ${(size / 1e6).toFixed(1)} MB`)
			.join(', ')}`,
	);
}, 120_000);

afterAll(() => {
	if (work !== '') {
		rmSync(work, {recursive: true, force: true});
	}
});

/** comb in the work folder, killed after `limit` ms; logs its time, exit code and output size. */
function comb(args: readonly string[], limit: number): Promise<CombRun> {
	return runComb(args, {cwd: work, timeout: limit, log: true});
}

function articlesOf(run: CombRun): JsonArticle[] {
	return parseArticles(run.stdout);
}

function expectClean(run: CombRun): void {
	expect(run.stderr).toBe('');
	expect(run.signal).toBeNull();
	expect(run.code).toBe(0);
}

/** The time limit of one run: generous, since two cores may also run other test files. */
const limit = 25_000;

describe('a reply chain 100,000 levels deep (~625 MB)', () => {
	it(
		`--json gives the whole chain (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--json', 'deep.txt'], limit);
			expectClean(run);
			const articles = articlesOf(run);
			expect(articles).toHaveLength(1);
			let depth = 0;
			let comments = articles[0]!.comments;
			let last: JsonComment | undefined;
			while (comments.length > 0) {
				if (comments.length !== 1) {
					expect(comments, `level ${depth + 1} of the chain`).toHaveLength(1);
				}
				last = comments[0]!;
				comments = last.replies;
				depth++;
			}
			expect(depth).toBe(deepLevels);
			expect(last).toEqual({author: '', text: '', line: deepLevels + 3, replies: []});
		},
		limit + 5000,
	);

	it(
		`--print draws every link, the deep ones with their depth (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--print', '--width', '80', 'deep.txt'], limit);
			expectClean(run);
			const lines = run.stdout.trimEnd().split('\n');
			expect(lines.slice(0, 2)).toEqual(['Deep', '100,000 comments · 1 thread · deep.txt']);
			expect(lines.filter((line) => line.endsWith('(anonymous)'))).toHaveLength(deepLevels);
			expect(lines.at(-1)).toMatch(/└─ \[99999\] \(anonymous\)$/);
			expect(Math.max(...lines.slice(0, 1000).map((line) => line.length))).toBeLessThanOrEqual(80);
		},
		limit + 5000,
	);
});

describe('one comment with 1,000,000 replies', () => {
	it(
		`--json nests every reply under the one comment (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--json', 'flat.txt'], limit);
			expectClean(run);
			const articles = articlesOf(run);
			expect(articles).toHaveLength(1);
			const [rootComment] = articles[0]!.comments;
			expect(articles[0]!.comments).toHaveLength(1);
			expect(rootComment!.replies).toHaveLength(flatReplies);
			expect(rootComment!.replies[flatReplies - 1]).toEqual({
				author: `r${(flatReplies - 1) % 5000}`,
				text: `reply ${flatReplies - 1}`,
				line: 7 + 4 * (flatReplies - 1),
				replies: [],
			});
			expect(rootComment!.replies.every((reply) => reply.replies.length === 0)).toBe(true);
		},
		limit + 5000,
	);

	it(
		`--print draws every reply (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--print', 'flat.txt'], limit);
			expectClean(run);
			const lines = run.stdout.split('\n');
			expect(lines[1]).toBe('1,000,001 comments · 1 thread · flat.txt');
			expect(lines.filter((line) => /^[├└]─ r\d+$/.test(line))).toHaveLength(flatReplies);
		},
		limit + 5000,
	);
});

describe('a 50 MB line', () => {
	it(
		`as an article body: --print completes, wrapped to the width (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--print', '--width', '80', 'long-body.txt'], limit);
			expectClean(run);
			const lines = run.stdout.split('\n');
			expect(lines.slice(0, 3)).toEqual(['Long body', '1 comment · 1 thread · long-body.txt', '']);
			expect(lines.every((line) => line.length <= 80)).toBe(true);
			expect(run.stdout.length).toBeGreaterThan(longBytes);
		},
		limit + 5000,
	);

	it(
		`as a comment's text: --print completes, the 50 MB word cut to the width (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--print', '--width', '80', 'long-text.txt'], limit);
			expectClean(run);
			const lines = run.stdout.split('\n');
			expect(lines.slice(0, 4)).toEqual(['Long text', '1 comment · 1 thread · long-text.txt', '', 'a']);
			expect(lines.every((line) => line.length <= 80)).toBe(true);
			expect(lines.slice(4).join('').replaceAll(/[^x]/g, '').length).toBe(longBytes);
		},
		limit + 5000,
	);

	it(
		`both keep the value whole in --json (limit ${limit / 1000} s)`,
		async () => {
			const body = articlesOf(await comb(['--json', 'long-body.txt'], limit))[0]!;
			expect(body.body).toBe(longWords);
			const text = articlesOf(await comb(['--json', 'long-text.txt'], limit))[0]!;
			expect(text.comments[0]!.text.length).toBe(longBytes);
		},
		2 * limit + 5000,
	);
});

describe('100,000 one-comment articles in one stream', () => {
	it(
		`--json has 100,000 articles, one comment each (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--json', 'many.txt'], limit);
			expectClean(run);
			const articles = articlesOf(run);
			expect(articles).toHaveLength(articleCount);
			expect(
				articles.every(
					(article, index) =>
						article.title === `Title ${index}` &&
						article.comments.length === 1 &&
						article.comments[0]!.author === `author ${index}`,
				),
			).toBe(true);
		},
		limit + 5000,
	);

	it(
		`--print separates the 100,000 articles (limit ${limit / 1000} s)`,
		async () => {
			const run = await comb(['--print', '--width', '40', 'many.txt'], limit);
			expectClean(run);
			expect(run.stdout.split('\n').filter((line) => line === '═'.repeat(40))).toHaveLength(articleCount - 1);
		},
		limit + 5000,
	);
});

describe('many distinct authors', () => {
	it("2,000 distinct names (the parser's author table must grow past its first size): --json within 5 s", async () => {
		const lines = ['Authors', ''];
		for (let i = 0; i < 2000; i++) {
			lines.push(`  • author number ${i}`, '', `    comment ${i}`, '');
		}
		writeFileSync(file('authors.txt'), lines.join('\n'));
		const run = await comb(['--json', 'authors.txt'], 5000);
		expectClean(run);
		const [article] = articlesOf(run);
		expect(article!.comments.map((comment) => comment.author)).toEqual(
			Array.from({length: 2000}, (_, i) => `author number ${i}`),
		);
	});
});

describe('degenerate files: exit 0 and the documented output', () => {
	const quick = 10_000;

	it('an empty file holds no article: --json is an empty list, --print prints nothing', async () => {
		for (const name of ['empty.txt', 'blank.txt']) {
			const json = await comb(['--json', name], quick);
			expectClean(json);
			expect(json.stdout, name).toBe('{"articles":[]}\n');
			const print = await comb(['--print', name], quick);
			expectClean(print);
			expect(print.stdout, name).toBe('');
		}
	});

	it('a file of blank lines (spaces, tabs, CR LF, NBSP, a form feed) is the same as an empty one', async () => {
		const run = await comb(['--json', 'blank.txt', 'empty.txt'], quick);
		expectClean(run);
		expect(run.stdout).toBe('{"articles":[]}\n');
	});

	it('a file of only comment headers is one untitled article; headers on adjacent lines are a bulleted list instead', async () => {
		const json = await comb(['--json', 'headers.txt', 'list.txt'], quick);
		expectClean(json);
		expect(articlesOf(json)).toEqual([
			{
				source: 'headers.txt',
				date: null,
				title: null,
				body: '',
				comments: [
					{author: 'alice', text: '', line: 1, replies: []},
					{author: 'bob', text: '', line: 3, replies: [{author: 'carol', text: '', line: 5, replies: []}]},
				],
			},
			{source: 'list.txt', date: null, title: '• alice', body: '  • bob', comments: []},
		]);
		const print = await comb(['--print', 'headers.txt'], quick);
		expectClean(print);
		expect(print.stdout).toBe(
			'(untitled: headers.txt)\n3 comments · 2 threads · headers.txt\n\nalice\n\nbob\n└─ carol\n',
		);
	});

	it('a file with no comments is an article with an empty comment list', async () => {
		const json = await comb(['--json', 'no-comments.txt'], quick);
		expectClean(json);
		expect(articlesOf(json)).toEqual([
			{
				source: 'no-comments.txt',
				date: 'JULY 2020',
				title: 'Title only',
				body: 'A body paragraph.\n\nAnother one.',
				comments: [],
			},
		]);
		const print = await comb(['--print', 'no-comments.txt'], quick);
		expectClean(print);
		expect(print.stdout).toBe(
			'Title only\nJULY 2020 · 0 comments · 0 threads · no-comments.txt\n\nA body paragraph.\n\nAnother one.\n\n',
		);
	});

	it('the explorer on a terminal says there is nothing to show, and exits 0', async () => {
		const {code, output} = await new Promise<{code: number; output: string}>((resolve, reject) => {
			const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color'};
			delete env['CI'];
			execFile(
				'script',
				['-qec', `node ${JSON.stringify(cli)} empty.txt blank.txt`, '/dev/null'],
				{cwd: work, env, timeout: quick, encoding: 'utf8'},
				(error, stdout) => {
					if (error !== null && typeof error.code !== 'number') {
						reject(error);
						return;
					}
					resolve({code: error === null ? 0 : (error.code as number), output: stdout});
				},
			);
		});
		expect(output.trim()).toBe(
			'comb: no articles in empty.txt, blank.txt: comb reads files in the thread format, and in folders every *.txt file below them',
		);
		expect(code).toBe(0);
	});
});
