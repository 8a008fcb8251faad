/**
 * Text for a terminal whose locale is not UTF-8 (`LANG=C`): printable ASCII only, each
 * grapheme replaced by as many ASCII columns as it takes on screen, so a layout measured
 * on the Unicode text stays aligned. Letters lose their accents (é e, Ł L), punctuation
 * becomes its ASCII look-alike (’ ', “ ", — -, … ., • *), box drawing becomes | - +, and
 * anything else shows as `?` per column. Escape sequences (all ASCII) pass unchanged.
 */
import {nextBoundary} from './graphemes.js';
import {displayWidth} from './width.js';

const ascii = /^[\x00-\x7f]*$/;
const combiningMarks = /\p{M}/gu;

/** One-column stand-ins the decomposition does not give. */
const lookAlikes: ReadonlyMap<string, string> = new Map(
	[
		["'", '‘’‚‛′ʼ`´'],
		['"', '“”„‟″«»'],
		['-', '‐‑‒–—―−─━═╌╍'],
		['|', '│┃║╎╏▌▐█'],
		['+', '┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╭╮╯╰'],
		['.', '…·•'],
		['*', '◦▪‣●★☆'],
		['<', '‹←'],
		['>', '›→'],
		['x', '×'],
		[' ', '\u00a0\u2002\u2003\u2009\u200a\u202f\u3000'],
		['ss', 'ß'],
		['ae', 'æ'],
		['AE', 'Æ'],
		['o', 'ø'],
		['O', 'Ø'],
		['d', 'đð'],
		['D', 'ĐÐ'],
		['l', 'ł'],
		['L', 'Ł'],
		['th', 'þ'],
		['TH', 'Þ'],
		['oe', 'œ'],
		['OE', 'Œ'],
		['i', 'ı'],
	].flatMap(([stand, characters]) => Array.from(characters!, (character) => [character, stand!] as const)),
);

/** An ASCII stand-in exactly `width` columns wide for one grapheme. */
function foldGrapheme(grapheme: string, width: number): string {
	if (width <= 0) {
		return '';
	}
	const base = grapheme.normalize('NFD').replace(combiningMarks, '');
	let stand = ascii.test(base) && base !== '' ? base : (lookAlikes.get(base) ?? lookAlikes.get(grapheme) ?? '');
	if (stand === '' || !/^[\x20-\x7e]+$/.test(stand)) {
		stand = '?';
	}
	return stand.length === width ? stand : stand.slice(0, width).padEnd(width, stand === '?' ? '?' : ' ');
}

/**
 * `text` with every character outside ASCII replaced as above; ASCII text is returned
 * as it is. The result is as wide on screen as `text`, grapheme by grapheme.
 */
export function foldToAscii(text: string): string {
	if (ascii.test(text)) {
		return text;
	}
	let out = '';
	let plainStart = 0;
	for (let start = 0; start < text.length; ) {
		const end = nextBoundary(text, start);
		if (text.charCodeAt(start) >= 0x80 || end - start > 1) {
			const grapheme = text.slice(start, end);
			if (!ascii.test(grapheme)) {
				out += text.slice(plainStart, start) + foldGrapheme(grapheme, displayWidth(grapheme));
				plainStart = end;
			}
		}
		start = end;
	}
	return out + text.slice(plainStart);
}
