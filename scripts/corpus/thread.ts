import type {Layout} from './layout.js';
import {chainLine, commentLines} from './prose.js';
import {chance, randomInt, type Random} from './random.js';
import {nextDepth} from './shape.js';

/** What one article's comment section holds. */
export interface ThreadPlan {
	/** Exact number of comments, the deep chain included. */
	readonly comments: number;
	/** Length of the deep chain (0: none); it starts at top level and ignores `maxDepth`. */
	readonly chainLength: number;
	/** How many ordinary comments come before the deep chain. */
	readonly chainAt: number;
	/** Deepest depth of ordinary comments. */
	readonly maxDepth: number;
}

/** The tools a thread is written with; shared across articles so one seed drives all. */
export interface ThreadTools {
	readonly random: Random;
	readonly layout: Layout;
	/** An author name, Zipf-distributed; `''` for an anonymous comment. */
	readonly drawAuthor: () => string;
}

/**
 * The comment section of one article, one comment's text per piece (header, blank
 * line, body, blank line, as in the sample): exactly `plan.comments` pieces. Each
 * comment is at most one level deeper than the one before, so the indentation
 * alone rebuilds the tree. Now and then a run of replies is an argument: two
 * authors answering each other level after level, up to `maxDepth`.
 */
export function* threadPieces(plan: ThreadPlan, tools: ThreadTools): Generator<string, void, undefined> {
	const {random, layout} = tools;
	const ordinary = plan.comments - plan.chainLength;
	const authorAt: string[] = [];
	const comment = (depth: number, author: string, lines: readonly string[]): string => {
		authorAt[depth] = author;
		return formatComment(layout, depth, author, lines);
	};

	let isChainPending = plan.chainLength > 0;
	let previous = -1;
	let done = 0;
	for (;;) {
		if (isChainPending && done === plan.chainAt) {
			const pair = [tools.drawAuthor(), tools.drawAuthor()];
			for (let depth = 0; depth < plan.chainLength; depth++) {
				yield comment(depth, pair[depth % 2] ?? '', [chainLine(random, depth)]);
			}

			isChainPending = false;
			// Any depth up to the chain's last + 1 is valid next; carry on as after a root.
			previous = 0;
			continue;
		}

		if (done >= ordinary) {
			return;
		}

		const depth = nextDepth(random, previous, plan.maxDepth);
		const parent = depth > 0 ? (authorAt[depth - 1] ?? '') : '';
		let run = 1;
		if (depth > 0 && depth === previous + 1 && chance(random, 0.01)) {
			const limit = Math.min(
				plan.maxDepth - depth + 1,
				ordinary - done,
				isChainPending ? plan.chainAt - done : ordinary,
			);
			run = Math.max(1, Math.min(randomInt(random, 4, 24), limit));
		}

		const replier = drawOther(tools, parent);
		for (let step = 0; step < run; step++) {
			const author = step % 2 === 0 ? replier : parent;
			yield comment(depth + step, author, chance(random, 0.07) ? [] : commentLines(random));
		}

		previous = depth + run - 1;
		done += run;
	}
}

/** An author other than `avoid` when two draws allow it: people seldom answer themselves. */
function drawOther(tools: ThreadTools, avoid: string): string {
	const author = tools.drawAuthor();
	return author === avoid ? tools.drawAuthor() : author;
}

/**
 * One comment as the page extractor draws it: header, blank line, body lines one
 * level deeper (a `> ` quote two columns deeper still), blank line; an empty body
 * leaves two blank lines, as in the sample. The header line comes from the format's
 * writer (`commentHeader` of source/output/thread-text.ts, through `layout.header`);
 * the rest is not `commentBlock` on purpose: the generator imitates scraped pages (tab
 * or 4-space levels, deeper quotes, a trailing blank line, two for an empty body) to
 * exercise the parser on what it meets, where `commentBlock` writes the canonical form.
 * Its speed is unchanged by sharing the header (measured on 1,000,000 comments).
 */
function formatComment(layout: Layout, depth: number, author: string, lines: readonly string[]): string {
	let text = `${layout.header(depth, author)}\n\n`;
	if (lines.length === 0) {
		return `${text}\n`;
	}

	const indent = layout.bodyIndent(depth);
	for (const line of lines) {
		if (line === '') {
			text += '\n';
		} else {
			text += line.startsWith('> ') ? `${indent}  ${line}\n` : `${indent}${line}\n`;
		}
	}

	return `${text}\n`;
}
