import {looksLikeDate, monthNames} from './date.js';

/**
 * The word rules of the format's metadata, chrome and layout sections, on trimmed text.
 * Each is a pure test on a short string; the parser decodes a line only after a byte-level
 * filter says it may match, so the seed's layout decodes none of its body lines here.
 */

const relativeTime =
	/^(?:(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|just\s+now|today|yesterday)$/i;
const clock = /^\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]m)?$/i;
const clockAtEnd = /(?:\s+at|\s*,)\s*\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]m)?$/i;
const integer = /^-?\d+$/;

/** Whether trimmed `text` is time-like: a relative time, a clock time, a date line, or a date line then `at`/`,` and a clock time. */
export function isTimeLike(text: string): boolean {
	if (text.length === 0 || text.length > 80 || integer.test(text)) {
		return false;
	}
	if (relativeTime.test(text) || clock.test(text) || looksLikeDate(text)) {
		return true;
	}
	// The leftmost separator followed by a clock that reaches the end: the date before it may hold commas.
	const tail = clockAtEnd.exec(text);
	return tail !== null && tail.index > 0 && looksLikeDate(text.slice(0, tail.index).trim());
}

/** Whether trimmed `text` is an integer (an optional `-` and digits). */
export function isInteger(text: string): boolean {
	return integer.test(text);
}

const m1Words = new Set(['·', 'link', 'fedilink', 'arrow-up', 'arrow-down', 'reply', 'english']);

/** Whether trimmed `text` is one of M1's metadata words (`·`, `link`, `fedilink`, ..., `English`). */
export function isMetaWord(text: string): boolean {
	return m1Words.has(text.toLowerCase());
}

const separators = /[\s,./:-]+/u;

/** Whether `text` holds a year (1900-2099) or a month name or abbreviation (M2's test for a ` | ` note). */
export function holdsYearOrMonth(text: string): boolean {
	for (const word of text.split(separators)) {
		if (/^\d{4}$/.test(word)) {
			const year = Number(word);
			if (year >= 1900 && year <= 2099) {
				return true;
			}
		} else if (monthNames.has(word.toLowerCase())) {
			return true;
		}
	}
	return false;
}

/**
 * B3: whether an author is name-like: empty, or at most 10 words and 80 characters, not
 * ending in `!` or `?`, and not ending in `.` when it has 6 words or more.
 */
export function isNameLike(author: string): boolean {
	if (author.length === 0) {
		return true;
	}
	if ([...author].length > 80) {
		return false;
	}
	const words = author.split(/\s+/u).length;
	const last = author[author.length - 1];
	return words <= 10 && last !== '!' && last !== '?' && !(last === '.' && words >= 6);
}

const countLine =
	/^(?:\d[\d,]*|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|thoughts?|reply|replies)(?![\p{L}\p{N}_])/iu;

/** Whether trimmed `text` is a count line (`1 comment:`, `3 Responses to “The Road”`, `One thought on ...`). */
export function isCountLine(text: string): boolean {
	return countLine.test(text);
}

const footers = new Set(
	[
		'Leave a Reply',
		'Leave a Comment',
		'Post a Comment',
		'Share via',
		'Random Post',
		'Search This Blog',
		'Newer Post',
		'Older Post',
		'Home',
		'Subscribe to: Post Comments (Atom)',
		'Notify of',
		'Support SouthFront',
		'Do you like this content? Consider helping us!',
	].map((line) => line.toLowerCase()),
);

/** Longest footer line, in bytes: a longer line is never one (a cheap filter for body lines). */
export const longestFooter = 46;

/** Whether trimmed `text` is a footer line (F1). */
export function isFooterLine(text: string): boolean {
	return footers.has(text.toLowerCase());
}

const headChrome = new Set(['skip navigation', 'skip to content', 'skip to main content', 'jump to content']);
const amount = /^(?:\d[\d,.]*\s*\p{Sc}|\p{Sc}\s*\d[\d,.]*)$/u;

/** H1: whether trimmed `text` is dropped from the top of a head (an amount and a currency sign, or a skip link). */
export function isTopChrome(text: string): boolean {
	return amount.test(text) || headChrome.has(text.toLowerCase());
}

const discuzChrome = new Set([
	'notify of',
	'newest',
	'oldest',
	'most voted',
	'newest most voted',
	'inline feedbacks',
	'view all comments',
	'article rating',
]);
const rating = /^(?:\d+(?:\.\d+)?\s+)?\d+\s+votes?$/i;

/** W1: whether trimmed `text` is wpDiscuz chrome dropped from the end of the head. */
export function isDiscuzChrome(text: string): boolean {
	return discuzChrome.has(text.toLowerCase()) || rating.test(text);
}
