/**
 * The mouse, in SGR mode (xterm's 1006 encoding: `ESC [ < button ; column ; row M`, `m`
 * on release). Only presses are reported (1000): the wheel and clicks. Holding Shift while
 * dragging leaves the selection to the terminal in most terminals (xterm, GNOME, iTerm2,
 * kitty, WezTerm, tmux with its mouse off), so text can still be selected and copied.
 */

/** Turns on press reporting in SGR encoding. */
export const mouseOn = '\u001B[?1000h\u001B[?1006h';

/** Turns mouse reporting off again: part of leaving the terminal as comb found it. */
export const mouseOff = '\u001B[?1006l\u001B[?1000l';

/** A mouse event: a wheel step or a left click, at a 1-based cell. */
export type MouseEvent =
	| {readonly kind: 'wheel'; readonly direction: 1 | -1; readonly column: number; readonly row: number}
	| {readonly kind: 'click'; readonly column: number; readonly row: number};

const sgrMouse = /^\u001B?\[<(\d+);(\d+);(\d+)([Mm])$/;

/**
 * The mouse event an input string holds (with or without its ESC: Ink strips it), or
 * null when it is not a mouse report; releases, drags, other buttons and modified clicks
 * are reports that mean nothing here ('ignored'), so they never reach the key table as text.
 */
export function parseMouse(input: string): MouseEvent | 'ignored' | null {
	const match = sgrMouse.exec(input);
	if (match === null) {
		return null;
	}
	const button = Number(match[1]);
	const column = Number(match[2]);
	const row = Number(match[3]);
	if (match[4] === 'm') {
		return 'ignored';
	}
	// Bits: 64 wheel, 32 motion, 4/8/16 Shift/Meta/Ctrl; the low two the button.
	if ((button & 64) !== 0 && (button & 32) === 0) {
		return {kind: 'wheel', direction: (button & 1) === 0 ? -1 : 1, column, row};
	}
	if (button === 0) {
		return {kind: 'click', column, row};
	}
	return 'ignored';
}
