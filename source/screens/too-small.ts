import {wrapLines} from '../text/wrap.js';

/**
 * The message for a terminal smaller than comb draws in, as lines that fit `columns`:
 * the size it needs comes first, so even a very narrow screen shows it whole.
 */
export function tooSmallLines(columns: number, rows: number, need: {columns: number; rows: number}): string[] {
	const text = `comb needs ${need.columns}x${need.rows}; this terminal is ${columns}x${rows}. Make it larger, or press q.`;
	return wrapLines(text, Math.max(1, columns)).slice(0, Math.max(1, rows));
}
