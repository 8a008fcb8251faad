import {type AuthorParts, splitAuthor} from '../author-names.js';
import {IntList} from '../int-list.js';
import type {LineShape} from '../line-scan.js';
import {trimmedEnd} from '../line-scan.js';
import {type Reader, Step} from '../reader.js';
import {isTimeLike} from '../words.js';

const replyTo = /^reply\s+to\s+(.+)$/i;
/** Longest line looked at as a time or a `Reply to` line, in bytes. */
const longestDetail = 200;

/**
 * wpDiscuz sections (W1-W3). A `Reply to NAME` makes a comment a reply to the latest
 * earlier comment by NAME, which need not be the comment before it, so comments are
 * collected in source order with their parent and written to the thread in pre-order
 * when the section ends (`flush`).
 */
export class DiscuzLayout {
	private readonly parts: AuthorParts[] = [];
	private readonly lines = new IntList();
	private readonly parents = new IntList();
	private readonly textStarts = new IntList();
	private readonly textEnds = new IntList();
	private readonly times: (string | undefined)[] = [];
	private readonly replies: (string | undefined)[] = [];
	private readonly latestBy = new Map<string, number>();
	/** Whether the section has a W2 header anywhere (then blank lines never split comments). */
	private hasHeaders = false;
	private blanks = 0;

	constructor(private readonly r: Reader) {}

	/** W1: whether the line is `View all comments` and the line right above it (`above`, or -1) is `Inline Feedbacks`. */
	startsSection(line: LineShape, aboveStart: number, aboveEnd: number): boolean {
		const first = this.r.bytes[line.contentStart];
		return (
			(first === 0x56 || first === 0x76) &&
			line.end - line.contentStart <= longestDetail &&
			aboveEnd - aboveStart <= longestDetail &&
			aboveStart >= 0 &&
			this.r.text(line.contentStart, line.end).toLowerCase() === 'view all comments' &&
			this.r.text(aboveStart, aboveEnd).toLowerCase() === 'inline feedbacks'
		);
	}

	/** Begins a section whose first line is at `from`: looks ahead to its end for any W2 header. */
	begin(from: number): void {
		const r = this.r;
		this.hasHeaders = false;
		this.blanks = 0;
		let previous = '';
		for (let pos = from; pos < r.bytes.length && !this.hasHeaders; ) {
			const after = r.peekAt(pos);
			if (r.peek.isFormFeed || r.isFooter(r.peek)) {
				break;
			}
			const text = r.peek.isBlank ? '' : this.trimmed(r.peek);
			this.hasHeaders = text !== '' && text === previous;
			previous = text;
			pos = after;
		}
	}

	/** One line inside a wpDiscuz section; `next` is where the line after it starts. */
	line(at: number, line: LineShape, lineNumber: number, next: number): number {
		const r = this.r;
		if (line.isBlank) {
			this.blanks++;
			r.body.addBlank();
			return Step.taken;
		}
		if (r.isFooter(line)) {
			return Step.footer;
		}
		const blanks = this.blanks;
		this.blanks = 0;
		if (this.hasHeaders && next < r.bytes.length) {
			const text = this.trimmed(line);
			r.peekAt(next);
			if (!r.peek.isBlank && this.trimmed(r.peek) === text) {
				this.openNamed(splitAuthor(text), lineNumber, r.peekAt(next));
				return Step.taken;
			}
		}
		if (r.row < 0 || (!this.hasHeaders && blanks >= 2)) {
			this.open(anonymous, lineNumber, -1, undefined, undefined);
		}
		r.body.add(at, line.indentEnd, line.end, line.indent);
		return Step.taken;
	}

	/** W2: a named comment whose header's second line ends where `from` starts; takes a time and a `Reply to` line below it. */
	private openNamed(parts: AuthorParts, lineNumber: number, from: number): void {
		const r = this.r;
		let time: string | undefined;
		let target: string | undefined;
		let pos = from;
		for (let taken = 0; taken < 2 && pos < r.bytes.length; taken++) {
			const after = r.peekAt(pos);
			const peek = r.peek;
			if (peek.isBlank || trimmedEnd(r.bytes, peek.contentStart, peek.end) - peek.contentStart > longestDetail) {
				break;
			}
			const text = this.trimmed(peek);
			const reply = target === undefined ? replyTo.exec(text) : null;
			if (reply !== null) {
				target = reply[1]!.trim();
			} else if (time === undefined && isTimeLike(text)) {
				time = text;
			} else {
				break;
			}
			pos = after;
		}
		r.skipUntil = pos;
		const parent = target === undefined ? -1 : (this.latestBy.get(target) ?? -1);
		this.open(parts, lineNumber, parent, time, target);
	}

	private open(
		parts: AuthorParts,
		lineNumber: number,
		parent: number,
		time: string | undefined,
		target: string | undefined,
	): void {
		this.finishComment();
		const index = this.parts.length;
		this.parts.push(parts);
		this.lines.push(lineNumber);
		this.parents.push(parent);
		this.textStarts.push(-1);
		this.textEnds.push(-1);
		this.times.push(parts.time ?? time);
		this.replies.push(target);
		this.latestBy.set(parts.author, index);
		this.r.row = index;
	}

	private finishComment(): void {
		const r = this.r;
		if (r.row >= 0) {
			this.textStarts.set(r.row, r.body.rangeStart());
			this.textEnds.set(r.row, r.body.rangeEnd());
			r.body.reset();
			r.row = -1;
		}
	}

	/** Writes the section's comments to the reader's thread in pre-order, and forgets them. */
	flush(): void {
		this.finishComment();
		const count = this.parts.length;
		const firstChild = new Int32Array(count).fill(-1);
		const nextSibling = new Int32Array(count).fill(-1);
		const lastChild = new Int32Array(count).fill(-1);
		const roots: number[] = [];
		for (let i = 0; i < count; i++) {
			const parent = this.parents.get(i);
			if (parent < 0) {
				roots.push(i);
			} else {
				if (lastChild[parent]! < 0) {
					firstChild[parent] = i;
				} else {
					nextSibling[lastChild[parent]!] = i;
				}
				lastChild[parent] = i;
			}
		}
		const thread = this.r.thread;
		const stack: number[] = [];
		const depths: number[] = [];
		for (let k = roots.length - 1; k >= 0; k--) {
			stack.push(roots[k]!);
			depths.push(0);
		}
		while (stack.length > 0) {
			const i = stack.pop()!;
			const depth = depths.pop()!;
			const parts = this.parts[i]!;
			const row = thread.add(parts.author, this.lines.get(i), depth);
			thread.setTextRange(row, this.textStarts.get(i), this.textEnds.get(i));
			thread.setMeta(this.times[i], Number.NaN, this.replies[i], parts.note);
			const children: number[] = [];
			for (let child = firstChild[i]!; child >= 0; child = nextSibling[child]!) {
				children.push(child);
			}
			for (let k = children.length - 1; k >= 0; k--) {
				stack.push(children[k]!);
				depths.push(depth + 1);
			}
		}
		this.reset();
	}

	private reset(): void {
		this.parts.length = 0;
		this.lines.length = 0;
		this.parents.length = 0;
		this.textStarts.length = 0;
		this.textEnds.length = 0;
		this.times.length = 0;
		this.replies.length = 0;
		this.latestBy.clear();
	}

	private trimmed(line: LineShape): string {
		return this.r.text(line.contentStart, line.end);
	}
}

const anonymous: AuthorParts = {author: '', time: undefined, note: undefined};
