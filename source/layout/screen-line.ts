import {displayWidth, truncateToWidth} from '../text/width.js';

/** How a piece of a screen line is drawn; views map these to colour and attributes. */
export type SegmentStyle =
	| 'plain'
	| 'author'
	| 'anonymous'
	| 'guide'
	| 'title'
	| 'meta'
	| 'badge'
	| 'summary'
	| 'context'
	| 'mark'
	| 'match'
	| 'link';

/** A run of sanitized text in one style. */
export interface Segment {
	readonly text: string;
	readonly style: SegmentStyle;
	/** For a `link`: the URL it points to (safe: http, https or mailto, no control characters). */
	readonly url?: string;
}

/**
 * One line of output: segments drawn left to right, never wider than the width it was
 * laid out for. The explorer draws these with Ink, `--print` paints them as text.
 */
export type ScreenLine = readonly Segment[];

/** Columns the segments take together. */
export function segmentsWidth(segments: readonly Segment[]): number {
	let width = 0;
	for (const segment of segments) {
		width += displayWidth(segment.text);
	}
	return width;
}

/** The segments cut to `width` columns, the last kept one truncated with `ellipsis`. */
export function clipSegments(segments: Segment[], width: number, ellipsis: string): Segment[] {
	if (segmentsWidth(segments) <= width) {
		return segments;
	}
	const kept: Segment[] = [];
	let room = width;
	for (const segment of segments) {
		const w = displayWidth(segment.text);
		if (w <= room) {
			kept.push(segment);
			room -= w;
		} else {
			if (room > 0) {
				kept.push({text: truncateToWidth(segment.text, room, ellipsis), style: segment.style});
			}
			break;
		}
	}
	return kept;
}
