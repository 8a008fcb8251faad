import type {Segment, SegmentStyle} from '../layout/screen-line.js';
import {sanitizeLine} from '../text/sanitize.js';
import {displayWidth, truncateToWidth} from '../text/width.js';
import {unicodeGlyphs} from '../text/glyphs.js';

/**
 * One line of `text` around its first matched range, at most `width` columns, with the
 * matched characters in the `match` style. Line breaks become spaces first (same length,
 * so the ranges still point at the same characters), and each piece is sanitized on its
 * own, so a match is highlighted exactly even when the text holds control characters.
 */
export function snippet(
	text: string,
	ranges: ReadonlyArray<readonly [number, number]>,
	width: number,
	ellipsis = unicodeGlyphs.ellipsis,
): Segment[] {
	const flat = text.replaceAll(/[\r\n\t]/g, ' ');
	const first = ranges[0]?.[0] ?? 0;
	// Start a little before the first match so it shows with some context.
	let start = Math.max(0, first - Math.floor(width / 4));
	while (start > 0 && start < flat.length && /\S/.test(flat[start - 1]!)) {
		start--;
		if (first - start > width / 2) {
			break;
		}
	}
	const segments: Segment[] = start > 0 ? [{text: ellipsis, style: 'summary'}] : [];
	let at = start;
	for (const [from, to] of ranges) {
		if (to <= at) {
			continue;
		}
		const begin = Math.max(from, at);
		if (begin > at) {
			segments.push(piece(flat.slice(at, begin), 'plain'));
		}
		segments.push(piece(flat.slice(begin, to), 'match'));
		at = to;
	}
	if (at < flat.length) {
		segments.push(piece(flat.slice(at), 'plain'));
	}
	return fitSegments(segments, width, ellipsis);
}

function piece(text: string, style: SegmentStyle): Segment {
	return {text: sanitizeLine(text), style};
}

/** Cuts segments to `width` columns (a long tail never gets measured whole). */
function fitSegments(segments: Segment[], width: number, ellipsis: string): Segment[] {
	const kept: Segment[] = [];
	let room = width;
	for (const segment of segments) {
		if (room <= 0) {
			break;
		}
		let cut = Math.min(segment.text.length, room * 2 + 2);
		// Never cut between the two halves of a surrogate pair (an emoji).
		if (cut < segment.text.length && /[\uD800-\uDBFF]/.test(segment.text[cut - 1]!)) {
			cut++;
		}
		const head = segment.text.slice(0, cut);
		const w = displayWidth(head);
		if (w <= room && head.length === segment.text.length) {
			kept.push(segment);
			room -= w;
		} else {
			kept.push({text: truncateToWidth(head, room, ellipsis), style: segment.style});
			break;
		}
	}
	return kept;
}
