/**
 * The parser at scale, in process: a reply chain 100,000 levels deep (~625 MB of input),
 * its flat tree and its JSON. Its own file so mutation testing (scripts/stryker.config.mjs),
 * which reruns parse.test.ts for every mutant, is not held up by a 625 MB input each time.
 */
import {Buffer} from 'node:buffer';
import {describe, expect, it} from 'vitest';
import type {CommentNode} from '../../source/model/types.js';
import {jsonChunks} from '../../source/output/json.js';
import {parseBytes} from '../../source/parse/parse.js';
import {checkThread} from '../support/thread-check.js';

describe('Scale', () => {
	it('parses a chain 100,000 levels deep, and its JSON is well formed', () => {
		// Each header one column deeper than the last. Indent k needs floor(k/8) tabs and
		// k%8 spaces, so the input is ~625 MB: strictly deeper headers cannot be shorter.
		const levels = 100_000;
		const head = Buffer.from('Deep\n\n');
		let size = head.length + 1; // + the blank line after the first header
		for (let k = 1; k <= levels; k++) {
			size += Math.floor(k / 8) + (k % 8) + 4; // indent, bullet (3 bytes), \n
		}
		const bytes = Buffer.alloc(size);
		let p = head.copy(bytes, 0);
		for (let k = 1; k <= levels; k++) {
			const tabs = Math.floor(k / 8);
			bytes.fill(0x09, p, p + tabs);
			p += tabs;
			bytes.fill(0x20, p, p + (k % 8));
			p += k % 8;
			bytes[p++] = 0xe2;
			bytes[p++] = 0x80;
			bytes[p++] = 0xa2;
			bytes[p++] = 0x0a;
			if (k === 1) {
				bytes[p++] = 0x0a; // the first header must be isolated to start the comments
			}
		}
		expect(p).toBe(size);

		const articles = parseBytes(bytes, 'deep');
		expect(articles).toHaveLength(1);
		const article = articles[0]!;
		expect([article.date, article.title, article.body]).toEqual([null, 'Deep', '']);
		const thread = article.thread;
		expect(thread.size).toBe(levels);
		expect(thread.depth[levels - 1]).toBe(levels - 1);
		expect(thread.line[0]).toBe(3);
		expect(thread.line[levels - 1]).toBe(levels + 3);
		checkThread(thread);
		for (let i = 0; i < levels; i++) {
			if (thread.parent[i] !== i - 1 || thread.author[i] !== '' || thread.text[i] !== '') {
				expect.fail(`row ${i} is not a link of the chain`);
			}
		}

		const text = [...jsonChunks(articles)].join('');
		let depth = 0;
		let maxDepth = 0;
		for (let i = 0; i < text.length; i++) {
			const ch = text.charCodeAt(i);
			if (ch === 0x5b || ch === 0x7b) {
				maxDepth = Math.max(maxDepth, ++depth);
			} else if (ch === 0x5d || ch === 0x7d) {
				depth--;
			}
		}
		expect(depth).toBe(0);
		expect(maxDepth).toBe(4 + 2 * levels); // { [ { [ down to the comments, then { [ per level
		const parsed = JSON.parse(text) as {articles: Array<{comments: CommentNode[]}>};
		let node: CommentNode | undefined = parsed.articles[0]!.comments[0];
		let count = 0;
		while (node !== undefined) {
			count++;
			if (node.replies.length > 1) {
				expect(node.replies.length, `link ${count} of the chain`).toBeLessThanOrEqual(1);
			}
			node = node.replies[0];
		}
		expect(count).toBe(levels);
	}, 60_000);
});
