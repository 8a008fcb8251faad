import {formatCount} from '../text/format-count.js';

/** Lines of article text an article opens with: enough to know what it is about, so its first comments fit below at 80x24. */
export const previewLines = 3;

/**
 * How many of an article's `total` wrapped text lines its short form shows: all of them
 * when hiding the rest would save only a line or two (a note takes a line itself), else
 * `previewLines`.
 */
export function previewLength(total: number): number {
	return total <= previewLines + 2 ? total : previewLines;
}

/** The line under a shortened article text: how much more there is, and the key that shows it. */
export function moreLinesNote(hidden: number, ascii: boolean): string {
	const dot = ascii ? ' - ' : ' · ';
	return `${ascii ? '...' : '…'} ${formatCount(hidden)} more ${hidden === 1 ? 'line' : 'lines'}${dot}t`;
}

/** The default reading width: lines of text longer than this are hard to follow back to their start. */
export const defaultTextWidth = 100;

/** The columns text wraps at: the room there is, but no more than the reading width (0 or absent: no limit). */
export function readingWidth(room: number, textWidth: number | undefined): number {
	return textWidth === undefined || textWidth <= 0 ? room : Math.min(room, textWidth);
}
