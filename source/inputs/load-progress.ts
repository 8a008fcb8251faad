/**
 * Where loading has got to, for a loading screen: what is being read, how much of it,
 * and how many comments it held so far. Reported often (every read and every few
 * articles parsed), so a reader of it must throttle its drawing.
 */
export interface LoadProgress {
	/** `waiting`: standard input has sent nothing yet; `reading`: bytes arrive; `parsing`: bytes become articles. */
	readonly phase: 'waiting' | 'reading' | 'parsing';
	/** The input being loaded, as given (`-` for standard input; a file inside a folder by its path). */
	readonly path: string;
	/** 1-based place of that input among the files found so far, and how many were found. */
	readonly fileIndex: number;
	readonly fileCount: number;
	/** Bytes read from every input so far. */
	readonly bytes: number;
	/** Bytes of the current input when known beforehand (a regular file), else null. */
	readonly fileBytes: number | null;
	/** Bytes of the current input read so far. */
	readonly fileBytesRead: number;
	/** Comments parsed from every input so far. */
	readonly comments: number;
}

/**
 * How often loading lets the event loop run (to draw progress and read keys) while it
 * parses: parsing is synchronous, and a longer stretch would freeze the loading screen
 * and leave Ctrl-C unanswered.
 */
export const yieldEveryMs = 40;

/** Gives the event loop a turn (timers, keys, redraws) and resumes. */
export function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}
