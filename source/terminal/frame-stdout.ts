import {EventEmitter} from 'node:events';
import type {ScreenWriter} from './screen-writer.js';

/**
 * The stdout Ink renders into. Ink runs in debug mode, so every render hands over the
 * whole frame; this stream keeps only the latest frame of a tick and sends the terminal
 * just the lines that changed (ScreenWriter). That makes a cursor move cost a few hundred
 * bytes over SSH instead of a full repaint, and it works even where Ink would go quiet
 * (a set `CI` variable), because Ink's own screen updating is never used.
 */
export class FrameStdout extends EventEmitter {
	readonly isTTY = true;
	private pending: string | undefined;
	private scheduled = false;

	constructor(
		private readonly terminal: NodeJS.WriteStream,
		private readonly screen: ScreenWriter,
		private readonly sizeOf: () => {columns: number; rows: number},
	) {
		super();
	}

	/** Terminal width as Ink should lay out for. */
	get columns(): number {
		return this.sizeOf().columns;
	}

	/** Terminal height. */
	get rows(): number {
		return this.sizeOf().rows;
	}

	/** Takes a frame from Ink; it is drawn once the current tick's renders are done. */
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

	/** Draws the latest frame now. */
	flush(): void {
		this.scheduled = false;
		if (this.pending === undefined) {
			return;
		}
		const bytes = this.screen.render(this.pending);
		this.pending = undefined;
		if (bytes !== '') {
			this.terminal.write(bytes);
		}
	}

	/** Repaints everything on the next frame (after a resize or a return from Ctrl-Z). */
	repaint(): void {
		this.screen.invalidate();
	}
}
