import {articleParagraph, bulletItems, dateLine, title} from './prose.js';
import {chance, randomInt, type Random} from './random.js';

/**
 * The head of one article as text, every line ending in `\n`: an optional date
 * line (3 in 4 articles), the title, 2 to 6 unindented paragraphs, and sometimes a
 * bulleted list that docs/FORMAT.md reads as body text — either unindented, or indented
 * but single-spaced (each item next to another, at least two items). It ends with
 * blank lines, so whatever follows is not next to a list item.
 */
export function articleHead(random: Random): string {
	let text = '';
	if (chance(random, 0.75)) {
		text += `${dateLine(random)}\n\n`;
	}

	text += `${title(random)}\n\n\n`;
	const paragraphs = randomInt(random, 2, 6);
	const listAfter = chance(random, 0.35) ? randomInt(random, 0, paragraphs - 1) : -1;
	for (let index = 0; index < paragraphs; index++) {
		text += `${articleParagraph(random)}\n\n`;
		if (index === listAfter) {
			text += bulletList(random);
		}
	}

	return `${text}\n${chance(random, 0.5) ? '\n\n' : ''}`;
}

/** A bulleted list as article body text, followed by a blank line. */
function bulletList(random: Random): string {
	const items = bulletItems(random);
	switch (randomInt(random, 0, 2)) {
		case 0: {
			return `${items.map((item) => `• ${item}`).join('\n')}\n\n`;
		}
		case 1: {
			return `${items.map((item) => `• ${item}`).join('\n\n')}\n\n`;
		}
		default: {
			return `${items.map((item) => `  • ${item}`).join('\n')}\n\n`;
		}
	}
}
