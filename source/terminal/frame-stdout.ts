import {EventEmitter} from 'node:events';
import {deviceAttributesQuery} from './answer-filter.js';
import type {ScreenWriter} from './screen-writer.js';

/** How long an unanswered frame holds the next one, before and after the terminal has answered once. */
const firstAnswerMs = 1000;
const answerMs = 5000;

/**
 * The stdout Ink renders into. Ink runs in debug mode, so every render hands over the
 * whole frame; this stream keeps only the latest frame and sends the terminal just the
 * lines that changed (ScreenWriter). That makes a cursor move cost a few hundred bytes
 * over SSH instead of a full repaint, and it works even where Ink would go quiet (a set
 * `CI` variable), because Ink's own screen updating is never used.
 *
 * Flow control: at most one frame is in flight. Each frame is followed by a Device
 * Attributes query, and the next frame waits for the terminal's answer (it comes after
 * the terminal has drawn the frame, however many buffers lie between), or for stdout to
 * drain when a write was refused. Frames made meanwhile replace each other: on a slow
 * link a held key ends with one frame to send, not a queue of them. A terminal that never
 * answers is waited for once (1 s), then frames go out as they come.
 */
export class FrameStdout extends EventEmitter {
	readonly isTTY = true;
	private pending: string | undefined;
	private scheduled = false;
	private isDraining = false;
	private isAwaiting = false;
	private asks: boolean;
	private hasAnswered = false;
	private timer: NodeJS.Timeout | undefined;
	private settled: Array<() => void> = [];

	constructor(
		private readonly terminal: NodeJS.WriteStream,
		private readonly screen: ScreenWriter,
		private readonly sizeOf: () => {columns: number; rows: number},
		options: {readonly asks?: boolean} = {},
	) {
		super();
		this.asks = options.asks ?? true;
	}

	/** Terminal width as Ink should lay out for. */
	get columns(): number {
		return this.sizeOf().columns;
	}

	/** Terminal height. */
	get rows(): number {
		return this.sizeOf().rows;
	}

	/** Whether a frame's answer is awaited (the keyboard then holds back a lone Escape briefly). */
	get isWaiting(): boolean {
		return this.isAwaiting;
	}

	/** Takes a frame from Ink; it is drawn once the current tick's renders are done and the link is free. */
	write(frame: string, callback?: () => void): boolean {
		if (frame !== '') {
			this.pending = frame;
			if (!this.scheduled) {
				this.scheduled = true;
				setImmediate(() => {
					this.flush();
				});
			}
		}
		callback?.();
		return true;
	}

	/** Draws the latest frame now, unless a frame is still in flight (then it goes when that one lands). */
	flush(): void {
		this.scheduled = false;
		if (this.isDraining || this.isAwaiting) {
			return;
		}
		if (this.pending === undefined) {
			this.settle();
			return;
		}
		const bytes = this.screen.render(this.pending);
		this.pending = undefined;
		if (bytes === '') {
			this.settle();
			return;
		}
		const isAccepted = this.terminal.write(this.asks ? bytes + deviceAttributesQuery : bytes);
		if (!isAccepted) {
			this.isDraining = true;
			this.terminal.once('drain', () => {
				this.isDraining = false;
				this.flush();
			});
		}
		if (this.asks) {
			this.isAwaiting = true;
			this.timer = setTimeout(
				() => {
					// No answer: a terminal that never answered is not asked again.
					this.asks = this.hasAnswered;
					this.answered(false);
				},
				this.hasAnswered ? answerMs : firstAnswerMs,
			);
		} else if (isAccepted) {
			this.settle();
		}
	}

	/** The terminal answered a query: the frame before it is drawn, the next may go. */
	answered(isAnswer = true): void {
		if (isAnswer) {
			this.hasAnswered = true;
		}
		if (!this.isAwaiting) {
			return;
		}
		clearTimeout(this.timer);
		this.isAwaiting = false;
		this.flush();
	}

	/** Calls `done` once no frame is in flight (at once if none is): before leaving the screen, so no answer reaches the shell. */
	whenSettled(done: () => void): void {
		if (!this.isAwaiting && !this.isDraining) {
			done();
		} else {
			this.settled.push(done);
		}
	}

	private settle(): void {
		if (this.isAwaiting || this.isDraining) {
			return;
		}
		for (const done of this.settled.splice(0)) {
			done();
		}
	}

	/** Repaints everything on the next frame (after a resize or a return from Ctrl-Z). */
	repaint(): void {
		this.screen.invalidate();
	}
}
