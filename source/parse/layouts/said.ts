import {splitAuthor} from '../author-names.js';
import {decodeUtf8} from '../decode.js';
import type {LineShape} from '../line-scan.js';
import {trimmedEnd} from '../line-scan.js';
import {type Reader, Step} from '../reader.js';

const saidHeader = /^(.*\S)\s+(?:said|dijo|disse|a dit|ha detto|hat gesagt|zei)(?:\.\.\.|…)$/i;
const longestHeader = 80;

/**
 * The author of a said header (S1: an unindented line of at most 80 characters ending in
 * ` said...` / ` said…` or a translation), else null. Only lines that end in `...` or `…`
 * are decoded to check.
 */
export function saidAuthor(r: Reader, line: LineShape): string | null {
	if (line.indent > 0 || line.isBlank) {
		return null;
	}
	const end = trimmedEnd(r.bytes, line.contentStart, line.end);
	const bytes = r.bytes;
	const isDots = bytes[end - 1] === 0x2e && bytes[end - 2] === 0x2e && bytes[end - 3] === 0x2e;
	const isEllipsis = bytes[end - 1] === 0xa6 && bytes[end - 2] === 0x80 && bytes[end - 3] === 0xe2;
	if ((!isDots && !isEllipsis) || end - line.contentStart > longestHeader * 4) {
		return null;
	}
	const text = decodeUtf8(r.bytes, line.contentStart, end).trim();
	if ([...text].length > longestHeader) {
		return null;
	}
	const match = saidHeader.exec(text);
	return match === null ? null : match[1]!.trim();
}

/**
 * One line inside a said section (S1): a said header opens a root comment; any other
 * non-blank line but a footer line belongs to the current body, whatever its indent, so
 * no unindented line starts a new article (only a form feed or a footer line ends it).
 */
export function saidLine(r: Reader, at: number, line: LineShape, lineNumber: number): number {
	if (line.isBlank) {
		r.body.addBlank();
		return Step.taken;
	}
	if (r.isFooter(line)) {
		return Step.footer;
	}
	const author = saidAuthor(r, line);
	if (author === null) {
		r.body.add(at, line.indentEnd, line.end, line.indent);
	} else {
		r.addComment(splitAuthor(author), lineNumber, 0);
	}
	return Step.taken;
}
