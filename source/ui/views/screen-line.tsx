import {Text} from 'ink';
import type {ScreenLine} from '../../layout/screen-line.js';
import {focusMarker, styleOf, type Theme} from './theme.js';
import {hyperlink} from '../../text/links.js';

/** Props of one drawn line. */
export interface ScreenLineViewProps {
	readonly line: ScreenLine;
	readonly isFocused: boolean;
	/** Whether this is the focused item's first line on screen (its marker differs in ASCII). */
	readonly isFirstLine: boolean;
	readonly theme: Theme;
}

/** One line of the thread: the focus gutter, then its segments in their styles. */
export function ScreenLineView({line, isFocused, isFirstLine, theme}: ScreenLineViewProps) {
	return (
		<Text wrap="truncate">
			<Text color={isFocused && theme.color ? 'green' : undefined} bold={isFocused}>
				{isFocused ? focusMarker(theme, isFirstLine) : '  '}
			</Text>
			{line.map((segment, index) => (
				// Segments of one line never reorder, so their position is a stable key.
				<Text
					// biome-ignore lint/suspicious/noArrayIndexKey: see above
					key={index}
					{...styleOf(segment.style, theme)}
					inverse={styleOf(segment.style, theme).inverse === true || (isFocused && segment.style === 'author')}
				>
					{segment.url === undefined ? segment.text : hyperlink(segment.url, segment.text)}
				</Text>
			))}
		</Text>
	);
}
