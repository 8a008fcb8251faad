import {Text} from 'ink';
import {displayWidth, truncateToWidth} from '../../text/width.js';
import {unicodeGlyphs} from '../../text/glyphs.js';

/** Props of a one-line bar. */
export interface BarProps {
	readonly left: string;
	readonly right: string;
	readonly width: number;
	readonly isInverse: boolean;
	/** Whether the right side stays (up to half the bar) when both do not fit: the title bar's counts; a status bar keeps its left side instead. */
	readonly isRightKept?: boolean;
	/** What marks a cut: `…`, or `...` in ASCII mode. */
	readonly ellipsis?: string;
}

/**
 * A one-line bar with text on the left and, when it fits, on the right; the left side
 * is truncated first so the bar is never wider than the screen.
 */
export function Bar({left, right, width, isInverse, isRightKept = false, ellipsis = unicodeGlyphs.ellipsis}: BarProps) {
	const room = Math.max(0, width - 1);
	const fits = displayWidth(left) + displayWidth(right) + 1 <= room;
	const rightText =
		right !== '' && (fits || (isRightKept && displayWidth(right) + 1 <= Math.floor(room / 2))) ? right : '';
	const leftText = truncateToWidth(left, room - (rightText === '' ? 0 : displayWidth(rightText) + 1), ellipsis);
	const gap = Math.max(1, room - displayWidth(leftText) - displayWidth(rightText));
	return (
		<Text inverse={isInverse} wrap="truncate">
			{leftText + ' '.repeat(gap) + rightText}
		</Text>
	);
}
