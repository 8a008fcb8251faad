/**
 * Byte-level classification of one line of thread text. The parser works on the raw
 * UTF-8 bytes so a large input is never turned into one giant string: only the values
 * (titles, authors, bodies) are decoded, slice by slice.
 */

/** What `scanLine` found; one instance is reused for every line to avoid garbage. */
export interface LineShape {
	/** Indent in columns: leading spaces (1 each) and tabs (to the next multiple of 8). */
	indent: number;
	/** Byte offset just past the leading spaces and tabs. */
	indentEnd: number;
	/** Byte offset of the first character that is not whitespace (== end when blank). */
	contentStart: number;
	/** Byte offset of the line's end, without its `\r\n` / `\n`. */
	end: number;
	/** Empty or whitespace only. */
	isBlank: boolean;
	/** Blank and holds a form feed: ends the current article. */
	isFormFeed: boolean;
	/** First non-whitespace character is a bullet followed by whitespace or the line's end. */
	isHeader: boolean;
	/** For a header, the byte offset just past the bullet (the author follows, untrimmed). */
	authorStart: number;
}

/** A fresh, empty shape for `scanLine` to fill. */
export function newLineShape(): LineShape {
	return {
		indent: 0,
		indentEnd: 0,
		contentStart: 0,
		end: 0,
		isBlank: true,
		isFormFeed: false,
		isHeader: false,
		authorStart: 0,
	};
}

/**
 * Byte length of the Unicode whitespace character (by JavaScript's `\s`, so it agrees
 * with `trim()`) that starts at `i`, or 0 when the character there is not whitespace.
 */
export function whitespaceLength(bytes: Uint8Array, i: number, end: number): number {
	const c = bytes[i]!;
	if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
		return 1;
	}
	if (c < 0x80 || i + 1 >= end) {
		return 0;
	}
	const c1 = bytes[i + 1]!;
	if (c === 0xc2) {
		return c1 === 0xa0 ? 2 : 0; // U+00A0
	}
	if (i + 2 >= end) {
		return 0;
	}
	const c2 = bytes[i + 2]!;
	switch (c) {
		case 0xe1: {
			return c1 === 0x9a && c2 === 0x80 ? 3 : 0; // U+1680
		}
		case 0xe2: {
			if (c1 === 0x80) {
				// U+2000-U+200A, U+2028, U+2029, U+202F
				return c2 <= 0x8a || c2 === 0xa8 || c2 === 0xa9 || c2 === 0xaf ? 3 : 0;
			}
			return c1 === 0x81 && c2 === 0x9f ? 3 : 0; // U+205F
		}
		case 0xe3: {
			return c1 === 0x80 && c2 === 0x80 ? 3 : 0; // U+3000
		}
		case 0xef: {
			return c1 === 0xbb && c2 === 0xbf ? 3 : 0; // U+FEFF
		}
		default: {
			return 0;
		}
	}
}

/** Whether a bullet (• ◦ ▪ ‣ ●, all three bytes in UTF-8) starts at `i`. */
function isBullet(bytes: Uint8Array, i: number, end: number): boolean {
	if (i + 3 > end || bytes[i] !== 0xe2) {
		return false;
	}
	const c1 = bytes[i + 1]!;
	const c2 = bytes[i + 2]!;
	if (c1 === 0x80) {
		return c2 === 0xa2 || c2 === 0xa3; // U+2022 •, U+2023 ‣
	}
	if (c1 === 0x97) {
		return c2 === 0xa6 || c2 === 0x8f; // U+25E6 ◦, U+25CF ●
	}
	return c1 === 0x96 && c2 === 0xaa; // U+25AA ▪
}

/**
 * Classifies the line that starts at `start` and ends at `end` (exclusive, before the
 * `\n`; a trailing `\r` is dropped here) into `shape`. Never reads outside [start, end).
 */
export function scanLine(bytes: Uint8Array, start: number, end: number, shape: LineShape): LineShape {
	if (end > start && bytes[end - 1] === 0x0d) {
		end--;
	}
	let i = start;
	let indent = 0;
	for (; i < end; i++) {
		const c = bytes[i];
		if (c === 0x20) {
			indent++;
		} else if (c === 0x09) {
			indent = indent - (indent % 8) + 8;
		} else {
			break;
		}
	}
	shape.indent = indent;
	shape.indentEnd = i;
	shape.end = end;
	let hasFormFeed = false;
	while (i < end) {
		const width = whitespaceLength(bytes, i, end);
		if (width === 0) {
			break;
		}
		if (bytes[i] === 0x0c) {
			hasFormFeed = true;
		}
		i += width;
	}
	shape.contentStart = i;
	shape.isBlank = i === end;
	shape.isFormFeed = shape.isBlank && hasFormFeed;
	shape.isHeader = false;
	if (!shape.isBlank && i + 3 <= end && isBullet(bytes, i, end)) {
		const after = i + 3;
		if (after === end || whitespaceLength(bytes, after, end) > 0) {
			shape.isHeader = true;
			shape.authorStart = after;
		}
	}
	return shape;
}

/**
 * Classifies the line that starts at `start` (a line start) into `shape` and returns where
 * the next line starts (`bytes.length` after the last): the parser's look-ahead step.
 */
export function scanLineAt(
	bytes: Uint8Array & {indexOf(value: number, from: number): number},
	start: number,
	shape: LineShape,
): number {
	const newline = bytes.indexOf(0x0a, start);
	scanLine(bytes, start, newline < 0 ? bytes.length : newline, shape);
	return newline < 0 ? bytes.length : newline + 1;
}

/** The end of the line's text without trailing spaces and tabs (footer and chrome checks compare trimmed text). */
export function trimmedEnd(bytes: Uint8Array, contentStart: number, end: number): number {
	let last = end;
	while (last > contentStart && (bytes[last - 1] === 0x20 || bytes[last - 1] === 0x09)) {
		last--;
	}
	return last;
}
