import {chance, pick, pickWeighted, randomInt, type Random} from './random.js';
import {
	articleActors,
	articleSentences,
	commentObjects,
	commentOpeners,
	commentShouts,
	commentSubjects,
	commentTails,
	commentVerbs,
	listItems,
	monthAbbreviations,
	monthNames,
	titleActors,
	titleObjects,
	titleTails,
	titleVerbs,
	weekdayNames,
} from './words.js';

/**
 * A date line in one of the styles docs/FORMAT.md recognises (`JULY 2020`,
 * `March 26, 2020`, `2020-03-26`, `26.03.2020`, `Thursday, 26 March 2020`, ...).
 * The date is a real calendar day, so a weekday always matches its date.
 */
export function dateLine(random: Random): string {
	const time = Date.UTC(2012, 0, 1) + randomInt(random, 0, 4000) * 86_400_000;
	const date = new Date(time);
	const year = date.getUTCFullYear();
	const month = date.getUTCMonth();
	const day = date.getUTCDate();
	const monthName = monthNames[month] ?? 'January';
	const weekday = weekdayNames[date.getUTCDay()] ?? 'Sunday';
	const mm = String(month + 1).padStart(2, '0');
	const dd = String(day).padStart(2, '0');
	switch (randomInt(random, 0, 7)) {
		case 0: {
			return `${monthName.toUpperCase()} ${year}`;
		}
		case 1: {
			return `${monthName} ${day}, ${year}`;
		}
		case 2: {
			return `${year}-${mm}-${dd}`;
		}
		case 3: {
			return `${dd}.${mm}.${year}`;
		}
		case 4: {
			return `${weekday}, ${day} ${monthName} ${year}`;
		}
		case 5: {
			return `${monthAbbreviations[month] ?? 'Jan'} ${day}, ${year}`;
		}
		case 6: {
			return `${day}/${mm}/${year}`;
		}
		default: {
			return `${weekday.slice(0, 3)} ${day}${ordinal(day)} ${monthName} ${year}`;
		}
	}
}

function ordinal(day: number): string {
	if (day >= 11 && day <= 13) {
		return 'th';
	}

	return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/** A headline. It always holds an actor's name, so it never looks like a date. */
export function title(random: Random): string {
	const tail = pick(random, titleTails);
	const head = `${pick(random, titleActors)} ${pick(random, titleVerbs)} ${pick(random, titleObjects)}`;
	if (tail === '') {
		return head;
	}

	return tail.startsWith(':') ? head + tail : `${head} ${tail}`;
}

/** One unindented article paragraph of 1 to 4 sentences. */
export function articleParagraph(random: Random): string {
	const count = 1 + pickWeighted(random, [3, 4, 2, 1]);
	const sentences: string[] = [];
	for (let index = 0; index < count; index++) {
		sentences.push(
			pick(random, articleSentences)
				.replaceAll('{actor}', pick(random, articleActors))
				.replaceAll('{object}', pick(random, titleObjects).toLowerCase())
				.replaceAll('{month}', `${pick(random, monthNames)} ${randomInt(random, 1, 28)}`)
				.replaceAll('{number}', String(randomInt(random, 2, 900)))
				.replaceAll('{year}', String(randomInt(random, 1995, 2019))),
		);
	}

	return sentences.join(' ');
}

/** 2 to 5 distinct items of a bulleted list, without their bullets. */
export function bulletItems(random: Random): string[] {
	const items = new Set<string>();
	const count = randomInt(random, 2, 5);
	while (items.size < count) {
		const item = pick(random, listItems);
		items.add(item.charAt(0).toUpperCase() + item.slice(1));
	}

	return [...items];
}

/** One comment sentence, capitalised, punctuation included. */
function commentSentence(random: Random): string {
	if (chance(random, 0.08)) {
		return pick(random, commentShouts);
	}

	const opener = pick(random, commentOpeners);
	const words = `${pick(random, commentSubjects)} ${pick(random, commentVerbs)} ${pick(random, commentObjects)}`;
	const capital = words.charAt(0).toUpperCase() + words.slice(1);
	const sentence = opener === '' ? capital : `${opener} ${opener.endsWith('.') ? capital : words}`;
	return sentence + pick(random, commentTails);
}

/**
 * The lines of a comment body, unindented: 1 to 4 lines of 1 to 3 sentences,
 * now and then a paragraph break (`''`) between two lines, a quoted line the
 * caller should indent deeper (it starts with `> `), or trailing spaces. Never
 * empty, never starts or ends with `''`, never two `''` in a row; an empty body
 * is the caller's choice.
 */
export function commentLines(random: Random): string[] {
	const count = 1 + pickWeighted(random, [50, 30, 13, 7]);
	const lines: string[] = [];
	for (let index = 0; index < count; index++) {
		if (index > 0 && chance(random, 0.08)) {
			lines.push('');
		}

		let line = commentSentence(random);
		for (let extra = pickWeighted(random, [5, 3, 2]); extra > 0; extra--) {
			line += ` ${commentSentence(random)}`;
		}

		if (chance(random, 0.01)) {
			line = `> ${pick(random, commentShouts)}`;
			// biome-ignore lint/suspicious/noDuplicateElseIf: each call draws a new random number
		} else if (chance(random, 0.01)) {
			line += '  ';
		}

		lines.push(line);
	}

	return lines;
}

/** A one-line body for the links of a very deep chain: short, so depth dominates the size. */
export function chainLine(random: Random, depth: number): string {
	return chance(random, 0.5) ? pick(random, commentShouts) : `No. (${depth})`;
}
