/** Month names and abbreviations, lower case (M2's ` | ` note test uses them alone). */
export const monthNames: ReadonlySet<string> = new Set([
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
]);

const monthsAndDays = new Set([
	...monthNames,
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
	'mon',
	'tue',
	'tues',
	'wed',
	'thu',
	'thur',
	'thurs',
	'fri',
	'sat',
	'sun',
]);

const separators = /[\s,./:-]+/u;
const dayNumber = /^\d{1,2}(?:st|nd|rd|th)?$/i;
const fourDigits = /^\d{4}$/;

/**
 * Whether a head line is a date, by docs/FORMAT.md's rule: at most 40 characters, and split
 * into words at whitespace and `, . / - :` it holds exactly one year (1900-2099) while
 * every other word is a month or weekday name or abbreviation (any case) or a one- or
 * two-digit number with an optional ordinal suffix. `line` must already be trimmed.
 */
export function looksLikeDate(line: string): boolean {
	if (line.length === 0 || line.length > 80 || [...line].length > 40) {
		return false;
	}
	let years = 0;
	for (const word of line.split(separators)) {
		if (word === '') {
			continue;
		}
		if (fourDigits.test(word)) {
			const year = Number(word);
			if (year < 1900 || year > 2099 || ++years > 1) {
				return false;
			}
		} else if (!dayNumber.test(word) && !monthsAndDays.has(word.toLowerCase())) {
			return false;
		}
	}
	return years === 1;
}
