import {Readable} from 'node:stream';
import type tty from 'node:tty';

/** Primary Device Attributes (DA1): every terminal answers it, after everything sent before it. */
export const deviceAttributesQuery = '\u001B[c';

/** The Delete key, and how it is passed on (see `sift`). */
const deleteKey = '\u001B[3~';
const markedDeleteKey = '\u001B[3;5~';

/** `text` with the Delete key marked (see `sift`). */
function markDeleteKey(text: string): string {
	return text.replaceAll(deleteKey, markedDeleteKey);
}

/** A DA1 answer, `ESC [ ? 6 4 ; 1 ; 2 c`: no key sends `ESC [ ?`. */
const answer = /\u001B\[\?[\d;]*c/g;
/** The start of an answer cut by the end of a read, kept for the next read. */
const partialAnswer = /\u001B(?:\[(?:\?[\d;]*)?)?$/;

/**
 * The keyboard as the explorer reads it: the terminal's keys with its answers to
 * {@link deviceAttributesQuery} taken out and reported to `onAnswer` (the screen's flow
 * control counts them), so they never read as keys. It forwards raw mode, ref and unref
 * to the terminal, as Ink expects of standard input. An answer cut between two reads is
 * held back until the rest comes; a lone Escape or `ESC [` (keys, or an answer's start)
 * is held only while an answer is awaited, and then only until the next read or 50 ms.
 */
export class AnswerFilter extends Readable {
	readonly isTTY = true;
	private carry = '';
	private carryTimer: NodeJS.Timeout | undefined;

	constructor(
		private readonly source: tty.ReadStream,
		private readonly onAnswer: () => void,
		private readonly isAwaiting: () => boolean,
	) {
		super({encoding: 'utf8'});
		source.setEncoding('utf8');
		source.on('data', (chunk: string) => {
			this.sift(chunk);
		});
		source.on('end', () => {
			this.push(null);
		});
		// A loading screen before the explorer read keys and paused the terminal: read on.
		source.resume();
	}

	private sift(chunk: string): void {
		clearTimeout(this.carryTimer);
		// Ink names Backspace (DEL, 0x7F) and the Delete key (`ESC [ 3 ~`) both "delete": the
		// Delete key goes on as Ctrl-Delete, which Ink reports with Ctrl set, so it reads apart.
		let text = markDeleteKey(this.carry + chunk);
		this.carry = '';
		let answers = 0;
		text = text.replace(answer, () => {
			answers++;
			return '';
		});
		const cut = partialAnswer.exec(text);
		if (cut !== null && (cut[0].length > 2 || this.isAwaiting())) {
			this.carry = cut[0];
			text = text.slice(0, cut.index);
			if (cut[0].length <= 2) {
				// An Escape key (or the start of an arrow key) goes on if nothing follows soon.
				this.carryTimer = setTimeout(() => {
					const held = this.carry;
					this.carry = '';
					this.push(held);
				}, 50);
			}
		}
		if (text !== '') {
			this.push(text);
		}
		// Keys read with an answer go first, so the frame the answer lets out is the one they make.
		for (let index = 0; index < answers; index++) {
			if (text === '') {
				this.onAnswer();
			} else {
				setTimeout(this.onAnswer, 5);
			}
		}
	}

	/**
	 * Keys read before the explorer started (typed while loading), passed on one read at a
	 * time as typed: not held or joined like a live read (a lone Escape stays Escape), but
	 * the Delete key marked as in a live read, so it reads the same either way.
	 */
	pushTyped(chunk: string): void {
		this.push(markDeleteKey(chunk));
	}

	override _read(): void {}

	/**
	 * Raw mode of the terminal, turned on only: Ink turns it off as it unmounts, while the
	 * terminal's answer to the last frame may still be on its way; in cooked mode that
	 * answer would be echoed and left for the shell to read (`1;2c` at the prompt). comb
	 * turns raw mode off itself, on the terminal, once that answer is in.
	 */
	setRawMode(mode: boolean): this {
		if (mode) {
			this.source.setRawMode(true);
		}
		return this;
	}

	/** Keeps the process alive while the terminal is read. */
	ref(): this {
		this.source.ref();
		return this;
	}

	/** Lets the process end while the terminal is still open. */
	unref(): this {
		this.source.unref();
		return this;
	}
}
