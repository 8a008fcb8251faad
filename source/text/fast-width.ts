import {createRequire} from 'node:module';

/** string-width's options (only `ambiguousIsNarrow` and `countAnsiEscapeCodes` exist). */
type WidthOptions = {readonly ambiguousIsNarrow?: boolean; readonly countAnsiEscapeCodes?: boolean};
type StringWidth = (text: string, options?: WidthOptions) => number;

let slowWidth: StringWidth | undefined;

/**
 * Characters that are one column each and never join with a neighbour: printable ASCII,
 * Latin-1 and Latin Extended letters, general punctuation (curly quotes, dashes, the
 * ellipsis, the bullet), arrows, box drawing and block elements. A test checks every one
 * of them against string-width. Text made only of these is as wide as it is long, which
 * covers nearly all of what comb draws, including its tree guides and focus bar.
 */
const simpleText = /^[\x20-\x7e\u00a1-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u259f]*$/;

/**
 * Whether every character of `text` is one column wide and joins no neighbour, so its
 * width is its length (printable ASCII, Latin letters, general punctuation, box drawing).
 */
export function isOneColumnText(text: string): boolean {
	return simpleText.test(text);
}

const sgrSequence = /\u001B\[[\d;]*m/g;

/** string-width, loaded the first time some text needs it (start-up does not pay for its tables). */
function loadStringWidth(): StringWidth {
	const module = (
		typeof require === 'function' ? require('string-width') : createRequire(import.meta.url)('string-width')
	) as {default: StringWidth};
	return module.default;
}

/**
 * Terminal columns of `text`: string-width's count, raised where terminals that draw
 * emoji sequences code point by code point need more (see `drawnWidth`), with a shortcut for
 * text of simple one-column characters. The bundle routes every `string-width` import
 * (Ink's included) here, so measuring a frame of box-drawing guides and curly quotes
 * costs a regular-expression test per line, not string-width's per-grapheme analysis.
 */
export default function stringWidth(text: string, options?: WidthOptions): number {
	if (simpleText.test(text)) {
		return text.length;
	}
	// Ink measures styled text: SGR sequences take no columns, as string-width also says.
	if (options?.countAnsiEscapeCodes !== true && text.includes('\u001B')) {
		const bare = text.replace(sgrSequence, '');
		if (simpleText.test(bare)) {
			return bare.length;
		}
	}
	slowWidth ??= loadStringWidth();
	const clustered = slowWidth(text, options);
	return joinedParts.test(text) ? Math.max(clustered, drawnWidth(text, slowWidth)) : clustered;
}

/** What can make a terminal draw a grapheme wider than string-width counts it: skin tones and ZWJ. */
const joinedParts = /[\u{1F3FB}-\u{1F3FF}\u200D]/u;
const zeroWidthJoiner = 0x20_0d;
const segmenter = new Intl.Segmenter();

/**
 * Columns as terminals without emoji-sequence support draw `text` (tmux 3.3a, older
 * xterms): each code point its own width, except that one joined by a ZWJ to the one
 * before it adds nothing. So 👍🏽 takes 4 there (string-width: 2), 🧑🏿‍🤝‍🧑🏻 6; a family
 * 👨‍👩‍👧 stays 2. comb counts the larger of this and string-width's count: a terminal
 * that draws less leaves blank columns at the end of the row, where one that drew more
 * than counted would push the row's end off screen.
 */
function drawnWidth(text: string, width: StringWidth): number {
	let total = 0;
	for (const {segment} of segmenter.segment(text.includes('\u001B') ? text.replace(sgrSequence, '') : text)) {
		const clustered = width(segment);
		if (!joinedParts.test(segment)) {
			total += clustered;
			continue;
		}
		let sum = 0;
		let isJoined = false;
		for (const character of segment) {
			const code = character.codePointAt(0)!;
			if (isJoined) {
				isJoined = code === zeroWidthJoiner;
				continue;
			}
			if (code === zeroWidthJoiner) {
				isJoined = true;
				continue;
			}
			sum += width(character);
		}
		total += Math.max(clustered, sum);
	}
	return total;
}
