/**
 * Links in comment text: where URLs are, which ones may be handed to a terminal as a
 * hyperlink or to the clipboard, and comb's own OSC 8 sequence for them.
 */

const urlPattern = /\b(?:https?:\/\/|mailto:)[^\s<>"]+/giu;

/** Whether `word` starts like a link (so wrapping gives it a row of its own rather than cut it twice). */
export function looksLikeUrl(word: string): boolean {
	return /^(?:https?:\/\/|mailto:)/i.test(word);
}

/**
 * The URLs in `text` as [start, end) ranges, in order: http, https and mailto only, with
 * trailing punctuation left out (`see https://x.org/a.` links `https://x.org/a`), and a
 * closing bracket kept only when the URL opened one (Wikipedia's `_(disambiguation)`).
 */
export function findUrls(text: string): Array<readonly [number, number]> {
	const ranges: Array<readonly [number, number]> = [];
	for (const match of text.matchAll(urlPattern)) {
		let url = match[0];
		for (;;) {
			const last = url.at(-1) ?? '';
			const isUnopened =
				(last === ')' && count(url, '(') < count(url, ')')) || (last === ']' && count(url, '[') < count(url, ']'));
			if (/[.,;:!?'’”*]/u.test(last) || isUnopened) {
				url = url.slice(0, -1);
			} else {
				break;
			}
		}
		if (/^(?:https?:\/\/|mailto:)./i.test(url)) {
			ranges.push([match.index, match.index + url.length]);
		}
	}
	return ranges;
}

function count(text: string, character: string): number {
	return text.split(character).length - 1;
}

/**
 * `url` when it is safe to hand to a terminal or a clipboard, else null: http, https or
 * mailto only (no `javascript:` or `file:`), no control characters (C0, DEL, C1, which
 * could end the escape sequence early and inject another), at most 2,000 characters.
 */
export function safeUrl(url: string): string | null {
	if (url.length > 2000 || /[\u0000-\u0020\u007F-\u009F]/u.test(url)) {
		return null;
	}
	return /^(?:https?:\/\/[^/?#\s]+|mailto:[^\s]+)/i.test(url) ? url : null;
}

/**
 * `text` drawn as a hyperlink to `url` (OSC 8, ended with ST), or `text` alone when the
 * URL is not safe. Terminals without hyperlinks ignore the sequence and show the text.
 */
export function hyperlink(url: string, text: string): string {
	const safe = safeUrl(url);
	return safe === null ? text : `\u001B]8;;${safe}\u001B\\${text}\u001B]8;;\u001B\\`;
}

/** The links of a text, whole and safe, in order, each once: what the link picker offers. */
export function linksOf(text: string): string[] {
	const links: string[] = [];
	for (const [start, end] of findUrls(text)) {
		const url = safeUrl(text.slice(start, end));
		if (url !== null && !links.includes(url)) {
			links.push(url);
		}
	}
	return links;
}
