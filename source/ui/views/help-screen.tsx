import {Box, Text} from 'ink';
import {helpWindow} from '../../screens/help-text.js';
import {Bar} from './bar.js';

/** Props of the help screen. */
export interface HelpScreenProps {
	readonly columns: number;
	readonly rows: number;
	readonly ascii: boolean;
	/** The first help line on screen. */
	readonly top: number;
	/** Problems from loading the inputs, listed first. */
	readonly problems?: readonly string[];
}

/** The key list, generated from the key table, in one or two columns to fit the screen; it scrolls. */
export function HelpScreen({columns, rows, ascii, top, problems = []}: HelpScreenProps) {
	const help = helpWindow(columns, rows, ascii, top, problems);
	const ellipsis = ascii ? '...' : '…';
	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<Bar ellipsis={ellipsis} left="comb: keys" right={help.position} width={columns} isInverse />
			<Box flexDirection="column" height={rows - 2}>
				{help.lines.map((line, index) => (
					// Help lines are static for a size; their position is their identity.
					// biome-ignore lint/suspicious/noArrayIndexKey: see above
					<Text key={index} wrap="truncate">
						{line === '' ? ' ' : line}
					</Text>
				))}
			</Box>
			<Bar ellipsis={ellipsis} left={help.hint} right="" width={columns} isInverse={false} />
		</Box>
	);
}
