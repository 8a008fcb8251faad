import stringWidth from './fast-width.js';

/** Terminal columns of `text` as string-width counts them (CJK and emoji 2, marks 0). */
export function unicodeWidth(text: string): number {
	return stringWidth(text);
}
