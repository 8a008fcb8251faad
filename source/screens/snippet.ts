import type {Segment, SegmentStyle} from '../layout/screen-line.js';
import {sanitizeLine} from '../text/sanitize.js';
import {displayWidth, truncateToWidth, widthUpTo} from '../text/width.js';
import {nextBoundary} from '../text/graphemes.js';
import {unicodeGlyphs} from '../text/glyphs.js';

/**
 * One line of `text` at most `width` columns, centred on its first matched range: as much
 * text before the match as after it (the room one side does not need goes to the other),
 * `ellipsis` where the text is cut, the matched characters in the `match` style. Cuts fall
 * between graphemes and widths are our one width function's, so a wide character is never
 * halved and combining marks stay with their letter. Line breaks become spaces first (same
 * length, so the ranges still point at the same characters), and each piece is sanitized
 * on its own, so a match is highlighted exactly even when the text holds control characters.
 * Only about `width` columns around the match are looked at, whatever the text's length.
 */
export function snippet(
	text: string,
	ranges: ReadonlyArray<readonly [number, number]>,
	width: number,
	ellipsis = unicodeGlyphs.ellipsis,
): Segment[] {
	// Only the part that can show is looked at: `reach` units either side of the first match.
	const [matchFrom, matchTo] = ranges[0] ?? [0, 0];
	const reach = width * 4 + 64;
	const low = Math.max(0, matchFrom - reach);
	const high = Math.min(text.length, Math.max(matchFrom, matchTo) + reach);
	const flat = text.slice(low, high).replaceAll(/[\r\n\t]/g, ' ');
	const isWhole = low === 0 && high === text.length && widthUpTo(flat, width) <= width;
	const part = isWhole
		? {start: 0, end: flat.length}
		: windowAround(flat, [matchFrom - low, matchTo - low], width, displayWidth(ellipsis), low > 0, high < text.length);
	const start = part.start + low;
	const end = part.end + low;
	const segments: Segment[] = start > 0 ? [{text: ellipsis, style: 'summary'}] : [];
	let at = start;
	const slice = (from: number, to: number) => flat.slice(from - low, to - low);
	for (const [from, to] of ranges) {
		if (to <= at || from >= end) {
			continue;
		}
		const begin = Math.max(from, at);
		if (begin > at) {
			segments.push(piece(slice(at, begin), 'plain'));
		}
		at = Math.min(to, end);
		segments.push(piece(slice(begin, at), 'match'));
	}
	if (at < end) {
		segments.push(piece(slice(at, end), 'plain'));
	}
	if (end < text.length) {
		segments.push({text: ellipsis, style: 'summary'});
	}
	return fitSegments(segments, width, ellipsis);
}

/** A grapheme of the text near the match: where it starts and its columns. */
interface Grapheme {
	readonly at: number;
	readonly width: number;
}

/**
 * The part of `flat` [start, end) shown around `match` in `width` columns when the text is
 * wider: the match (cut when wider than the room), then context added a grapheme at a time
 * on the side with less, each side's `…` taking its columns only when that side is cut
 * (`flat` may itself be a cut-out of the text: `isCutBefore`, `isCutAfter`).
 */
function windowAround(
	flat: string,
	[from, to]: readonly [number, number],
	width: number,
	ellipsisWidth: number,
	isCutBefore: boolean,
	isCutAfter: boolean,
): {start: number; end: number} {
	const graphemes = graphemesNear(flat, from, width, isCutBefore, isCutAfter);
	let first = graphemes.findIndex((grapheme) => grapheme.at >= from);
	first = first < 0 ? graphemes.length : first;
	let last = first;
	const endOf = (index: number) => graphemes[index]?.at ?? flat.length;
	const room = () =>
		width -
		(isCutBefore || endOf(first) > 0 ? ellipsisWidth : 0) -
		(isCutAfter || endOf(last) < flat.length ? ellipsisWidth : 0);
	let used = 0;
	// The match first, as much of it as fits.
	while (last < graphemes.length && graphemes[last]!.at < to && used + graphemes[last]!.width <= room()) {
		used += graphemes[last]!.width;
		last++;
	}
	let left = 0;
	let right = 0;
	for (;;) {
		const canLeft = first > 0 && used + graphemes[first - 1]!.width <= room();
		const canRight = last < graphemes.length && used + graphemes[last]!.width <= room();
		if (canLeft && (!canRight || left <= right)) {
			first--;
			left += graphemes[first]!.width;
			used += graphemes[first]!.width;
		} else if (canRight) {
			right += graphemes[last]!.width;
			used += graphemes[last]!.width;
			last++;
		} else {
			break;
		}
	}
	return {start: endOf(first), end: endOf(last)};
}

/**
 * The graphemes from about `width` columns before `from` to `width` columns after it (the
 * text's ends where nearer), in order. The scan back starts far enough for `width` columns
 * of ordinary text and then moves to a grapheme boundary, so it never starts on a mark;
 * where `flat` is a cut-out of the text, its first and last graphemes may be halves and are skipped.
 */
function graphemesNear(
	flat: string,
	from: number,
	width: number,
	isCutBefore: boolean,
	isCutAfter: boolean,
): Grapheme[] {
	const back = Math.max(0, from - (width * 4 + 64));
	let at = back === 0 && !isCutBefore ? 0 : nextBoundary(flat, back);
	const graphemes: Grapheme[] = [];
	let after = 0;
	while (at < flat.length && after <= width) {
		const next = nextBoundary(flat, at);
		const columns = displayWidth(flat.slice(at, next));
		// A grapheme the cut-out ends inside is left out (it may be half of one).
		if (next < flat.length || !isCutAfter) {
			graphemes.push({at, width: columns});
		}
		if (at >= from) {
			after += columns;
		}
		at = next;
	}
	// Keep only `width` columns before the match: more is never shown.
	let before = 0;
	let cut = graphemes.findIndex((grapheme) => grapheme.at >= from);
	cut = cut < 0 ? graphemes.length : cut;
	while (cut > 0 && before + graphemes[cut - 1]!.width <= width) {
		cut--;
		before += graphemes[cut]!.width;
	}
	return cut === 0 ? graphemes : graphemes.slice(cut);
}

function piece(text: string, style: SegmentStyle): Segment {
	return {text: sanitizeLine(text), style};
}

/** Cuts segments to `width` columns (sanitizing can widen a piece); a long tail is never measured whole. */
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
