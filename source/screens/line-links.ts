import type {ScreenLine, Segment} from '../layout/screen-line.js';
import {findUrls, safeUrl} from '../text/links.js';

/** The rest of a URL the wrap cut at the end of a row, expected at the start of the next row. */
interface Carry {
	/** The whole URL, safe. */
	readonly url: string;
	/** What of it is not drawn yet. */
	readonly rest: string;
}

/**
 * A line with the URLs in its plain text set apart as `link` segments that carry their
 * target, for the view to draw as hyperlinks. A URL the wrap had to cut (longer than a
 * row) links its whole target from its first part, found in `fullText` (the item's text).
 * Lines without `://` or `mailto:` come back as they are, so this costs nothing on most.
 */
export function linkLine(line: ScreenLine, fullText: string): ScreenLine {
	return linkOne(line, fullText, null).line;
}

/**
 * The lines of one item with their links set apart as `linkLine` does, and the rows of a
 * URL the wrap cut over several rows linked too: each row's piece is its own `link`
 * segment to the whole URL, so a click on any row of it opens the link. A piece is
 * followed from the row where the URL starts, row by row, only while each row starts
 * with what is left of it, so no other text is ever taken for a piece of a URL.
 */
export function linkLines(lines: readonly ScreenLine[], fullText: string): ScreenLine[] {
	let carry: Carry | null = null;
	return lines.map((line) => {
		const linked = linkOne(line, fullText, carry);
		carry = linked.carry;
		return linked.line;
	});
}

function linkOne(line: ScreenLine, fullText: string, carry: Carry | null): {line: ScreenLine; carry: Carry | null} {
	const first = line.findIndex((segment) => segment.style === 'plain');
	const isLinkless = (segment: Segment) => segment.style !== 'plain' || !/:\/\/|mailto:/i.test(segment.text);
	if (first < 0 || (carry === null && line.every(isLinkless))) {
		return {line, carry: null};
	}
	const result: Segment[] = [];
	let next: Carry | null = null;
	for (const [index, segment] of line.entries()) {
		if (segment.style !== 'plain') {
			result.push(segment);
			continue;
		}
		let at = 0;
		if (index === first && carry !== null) {
			const continued = continuation(segment.text, carry);
			if (continued !== null) {
				const [start, end] = continued;
				if (start > 0) {
					result.push({text: segment.text.slice(0, start), style: 'plain'});
				}
				result.push({text: segment.text.slice(start, end), style: 'link', url: carry.url});
				at = end;
				const rest = carry.rest.slice(end - start);
				next = end === segment.text.length && rest !== '' ? {url: carry.url, rest} : null;
			}
		}
		for (const [start, end] of findUrls(segment.text.slice(at))) {
			if (start > 0) {
				result.push({text: segment.text.slice(at, at + start), style: 'plain'});
			}
			const text = segment.text.slice(at + start, at + end);
			const whole = wholeUrl(text, fullText);
			const url = safeUrl(whole);
			result.push(url === null ? {text, style: 'plain'} : {text, style: 'link', url});
			const isCut = url !== null && at + end === segment.text.length && whole.length > text.length;
			next = isCut ? {url, rest: whole.slice(text.length)} : next;
			at += end;
		}
		if (at < segment.text.length) {
			result.push({text: segment.text.slice(at), style: 'plain'});
		}
	}
	return {line: result.some((segment) => segment.style === 'link') ? result : line, carry: next};
}

/** Where `text` (after its indentation) starts with what is left of the carried URL: [start, end), or null. */
function continuation(text: string, carry: Carry): readonly [number, number] | null {
	let start = 0;
	while (start < text.length && text.charCodeAt(start) === 0x20) {
		start++;
	}
	let end = start;
	while (end < text.length && end - start < carry.rest.length && text[end] === carry.rest[end - start]) {
		end++;
	}
	return end > start ? [start, end] : null;
}

/** The URL of `fullText` that `part` is the start of (the whole of a URL cut by the wrap), else `part`. */
function wholeUrl(part: string, fullText: string): string {
	for (const [start, end] of findUrls(fullText)) {
		const url = fullText.slice(start, end);
		if (url.startsWith(part)) {
			return url;
		}
	}
	return part;
}
