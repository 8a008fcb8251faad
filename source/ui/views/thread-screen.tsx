import {Box} from 'ink';
import {contentHeight} from '../../explorer/explorer-state.js';
import type {WindowLine} from '../../screens/thread-window.js';
import {Bar} from './bar.js';
import {ScreenLineView} from './screen-line.js';
import type {Theme} from './theme.js';
import {glyphsFor} from '../../text/glyphs.js';

/** Props of the thread screen: everything already laid out. */
export interface ThreadScreenProps {
	readonly title: string;
	readonly counts: string;
	readonly lines: readonly WindowLine[];
	readonly status: string;
	readonly hint: string;
	readonly columns: number;
	readonly rows: number;
	readonly theme: Theme;
}

/** The open article: title bar, the window of items, status bar. Exactly `rows` lines. */
export function ThreadScreen({title, counts, lines, status, hint, columns, rows, theme}: ThreadScreenProps) {
	const filler = Math.max(0, contentHeight(rows) - lines.length);
	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<Bar
				ellipsis={glyphsFor(theme.ascii).ellipsis}
				isRightKept
				left={title}
				right={counts}
				width={columns}
				isInverse
			/>
			<Box flexDirection="column" height={contentHeight(rows)}>
				{lines.map((line) => (
					<ScreenLineView
						key={line.key}
						line={line.line}
						isFocused={line.isFocused}
						isFirstLine={line.isFirstLine}
						theme={theme}
					/>
				))}
				{filler > 0 ? <Box height={filler} /> : null}
			</Box>
			<Bar ellipsis={glyphsFor(theme.ascii).ellipsis} left={status} right={hint} width={columns} isInverse={false} />
		</Box>
	);
}
