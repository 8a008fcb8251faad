/** The few text styles comb uses, as SGR pairs that undo only themselves. */
export const styles = {
	bold: ['\u001B[1m', '\u001B[22m'],
	dim: ['\u001B[2m', '\u001B[22m'],
	inverse: ['\u001B[7m', '\u001B[27m'],
	cyan: ['\u001B[36m', '\u001B[39m'],
	yellow: ['\u001B[33m', '\u001B[39m'],
} as const;

/** A style name. */
export type StyleName = keyof typeof styles;

/** Wraps sanitized text in a style, or returns it as is when colour is off. */
export type Paint = (style: StyleName, text: string) => string;

/** A painter that styles when `color` is true and is the identity otherwise. */
export function makePaint(color: boolean): Paint {
	if (!color) {
		return (_style, text) => text;
	}
	return (style, text) => (text === '' ? '' : styles[style][0] + text + styles[style][1]);
}
