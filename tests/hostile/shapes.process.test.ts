/**
 * Hostile shapes, end to end (`node dist/cli.js` as a child process, each run with a time
 * limit): a 50 MB line as an article body and as a comment's text, 100,000 one-comment
 * articles in one stream, many authors, and the degenerate files (empty, blank lines, only
 * headers, no comments). The deep chain and the million replies are in
 * shapes-deep.process.test.ts. Each must give its defined result with exit code 0.
 */
import process from 'node:process';
import {writeFileSync} from 'node:fs';
import {execFile} from 'node:child_process';
import {Buffer} from 'node:buffer';
import {describe, expect, it} from 'vitest';
import {cli} from '../support/run-comb.js';
import {
	articleCount,
	articlesOf,
	expectClean,
	limit,
	longBytes,
	longWords,
	manyArticles,
	shapesFolder,
	writeInPieces,
} from '../support/shapes.js';

const {file, comb, folder} = shapesFolder((file) => {
	const sizes = {
		longBody: writeInPieces(file('long-body.txt'), ['Long body\n\n', longWords, '\n\n  • a\n\n    short\n']),
		longText: writeInPieces(file('long-text.txt'), ['Long text\n\n  • a\n\n    ', Buffer.alloc(longBytes, 'x'), '\n']),
		many: writeInPieces(file('many.txt'), manyArticles(articleCount)),
	};
	writeFileSync(file('empty.txt'), '');
	writeFileSync(file('blank.txt'), '\n\n   \n\t\t\n\r\n \u00A0 \n\f\n\n');
	writeFileSync(file('headers.txt'), '  • alice\n\n  • bob\n\n    • carol\n');
	writeFileSync(file('list.txt'), '  • alice\n  • bob\n');
	writeFileSync(file('no-comments.txt'), 'JULY 2020\n\nTitle only\n\nA body paragraph.\n\n\nAnother one.\n');
	return sizes;
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
				{cwd: folder(), env, timeout: quick, encoding: 'utf8'},
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
