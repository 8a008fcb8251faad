/**
 * Switches to the alternate screen, hides the cursor and turns auto-wrap off (DECAWM,
 * `ESC[?7l`): terminals disagree on the width of some characters (emoji with skin tones,
 * ZWJ sequences, marks newer than their tables), and with auto-wrap on a row drawn wider
 * than comb counted spills onto the next row or scrolls the screen from the last one.
 * With it off such a row only loses its end.
 */
export const enterFullScreen = '\u001B[?1049h\u001B[?7l\u001B[?25l\u001B[H\u001B[2J';

/** Back to the main screen, auto-wrap on, cursor shown, attributes reset: the terminal as comb found it. */
export const leaveFullScreen = '\u001B[0m\u001B[r\u001B[?7h\u001B[?1049l\u001B[?25h';
