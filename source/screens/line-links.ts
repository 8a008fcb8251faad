import type {ScreenLine, Segment} from '../layout/screen-line.js';
import {findUrls, safeUrl} from '../text/links.js';

/**
 * A line with the URLs in its plain text set apart as `link` segments that carry their
 * target, for the view to draw as hyperlinks. A URL the wrap had to cut (longer than a
 * row) links its whole target from its first part, found in `fullText` (the item's text).
 * Lines without `://` or `mailto:` come back as they are, so this costs nothing on most.
 */
export function linkLine(line: ScreenLine, fullText: string): ScreenLine {
	if (!line.some((segment) => segment.style === 'plain' && /:\/\/|mailto:/i.test(segment.text))) {
		return line;
	}
	const result: Segment[] = [];
	for (const segment of line) {
		if (segment.style !== 'plain') {
			result.push(segment);
			continue;
		}
		let at = 0;
		for (const [start, end] of findUrls(segment.text)) {
			if (start > at) {
				result.push({text: segment.text.slice(at, start), style: 'plain'});
			}
			const text = segment.text.slice(start, end);
			const url = safeUrl(wholeUrl(text, fullText));
			result.push(url === null ? {text, style: 'plain'} : {text, style: 'link', url});
			at = end;
		}
		if (at < segment.text.length) {
			result.push({text: segment.text.slice(at), style: 'plain'});
		}
	}
	return result;
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
