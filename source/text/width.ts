import stringWidth from './fast-width.js';

/** Terminal columns of `text` (CJK and emoji 2, marks 0; skin-toned emoji as terminals draw them, see fast-width). */
export function unicodeWidth(text: string): number {
	return stringWidth(text);
}
