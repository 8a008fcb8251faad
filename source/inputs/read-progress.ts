import {countLabel} from '../text/format-count.js';

/** How long reading may take before a progress line appears. */
export const progressDelayMs = 300;

/**
 * A progress line for a slow standard input (a big file, a slow producer): after 300 ms
 * it shows the megabytes read and the comment headers seen so far, rewritten in place at
 * most ten times a second, and is erased when reading ends. Only on a terminal: a log
 * file gets no progress noise.
 */
export function createReadProgress(
	stderr: NodeJS.WriteStream,
	now: () => number = Date.now,
): {update: (bytes: number, chunk: Uint8Array) => void; done: () => void} {
	const start = now();
	let lastDrawn = 0;
	let comments = 0;
	let isShown = false;
	let atLineStart = true;
	let inIndent = false;
	let sawIndent = false;
	return {
		update(bytes, chunk) {
			// Count header lines: indentation, then a bullet (•, the common one, is E2 80 A2).
			for (let i = 0; i < chunk.length; i++) {
				const c = chunk[i]!;
				if (c === 0x0a) {
					atLineStart = true;
					inIndent = true;
					sawIndent = false;
				} else if (inIndent && (c === 0x20 || c === 0x09)) {
					sawIndent = true;
				} else {
					if (inIndent && sawIndent && atLineStart && c === 0xe2 && chunk[i + 1] === 0x80 && chunk[i + 2] === 0xa2) {
						comments++;
					}
					inIndent = false;
					atLineStart = false;
				}
			}
			const time = now();
			if (stderr.isTTY !== true || time - start < progressDelayMs || time - lastDrawn < 100) {
				return;
			}
			lastDrawn = time;
			isShown = true;
			stderr.write(
				`\r\u001B[Kcomb: reading standard input: ${(bytes / 1e6).toFixed(1)} MB, ${countLabel(comments, 'comment', 'comments')} so far`,
			);
		},
		done() {
			if (isShown) {
				stderr.write('\r\u001B[K');
			}
		},
	};
}
