import {sanitizeLine} from '../text/sanitize.js';

/**
 * What to say when the inputs held no article: which inputs were read, and what comb
 * looks for in them, so a wrong folder or a folder of `.md` files is seen at once.
 */
export function noArticlesMessage(paths: readonly string[]): string {
	const named = paths.map((path) => (path === '-' ? 'standard input' : sanitizeLine(path)));
	const shown = named.length > 3 ? [...named.slice(0, 3), `${named.length - 3} more`] : named;
	return `no articles in ${shown.join(', ')}: comb reads files in the thread format, and in folders every *.txt file below them`;
}

/**
 * The notice the explorer opens with when loading went wrong somewhere: the first
 * problem, how many there were, and where to read them all (the help lists them).
 */
export function loadNotice(problems: readonly string[]): string | null {
	if (problems.length === 0) {
		return null;
	}
	const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
	return `${problems[0]}${more}; ? lists the load problems`;
}

/** What a person waiting on an input sees before any of it arrives. */
export function waitingMessage(isTerminal: boolean): string {
	return isTerminal
		? 'comb: reading the terminal: type or paste, then Ctrl-D'
		: 'comb: waiting for standard input (Ctrl-C stops)';
}

/**
 * A line on `stderr` when standard input stays silent for `delayMs`: a blank screen never
 * leaves the reader guessing. It is a whole line (it may wrap on a narrow terminal, so it
 * is not erased); `stop` cancels it when data or the end comes first.
 */
export function createWaitingNotice(
	stderr: NodeJS.WriteStream,
	isTerminal: boolean,
	delayMs = 300,
): {readonly stop: () => void} {
	const timer =
		stderr.isTTY === true || isTerminal
			? setTimeout(() => {
					stderr.write(`${waitingMessage(isTerminal)}\n`);
				}, delayMs)
			: undefined;
	return {
		stop() {
			clearTimeout(timer);
		},
	};
}
