/** Switches to the alternate screen and hides the cursor. */
export const enterFullScreen = '\u001B[?1049h\u001B[?25l\u001B[H\u001B[2J';

/** Back to the main screen, cursor shown, attributes reset: the terminal as comb found it. */
export const leaveFullScreen = '\u001B[0m\u001B[r\u001B[?1049l\u001B[?25h';
