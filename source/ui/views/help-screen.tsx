import {Box, Text} from 'ink';
import {helpLines} from '../../screens/help-text.js';
import {Bar} from './bar.js';

/** Props of the help screen. */
export interface HelpScreenProps {
	readonly columns: number;
	readonly rows: number;
	readonly ascii: boolean;
}

/** The key list, generated from the key table, in one or two columns to fit the screen. */
export function HelpScreen({columns, rows, ascii}: HelpScreenProps) {
	const lines = helpLines(columns, rows - 2, ascii);
	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<Bar left="comb: keys" right="" width={columns} isInverse />
			<Box flexDirection="column" height={rows - 2}>
				{lines.map((line, index) => (
					// Help lines are static for a size; their position is their identity.
					// biome-ignore lint/suspicious/noArrayIndexKey: see above
					<Text key={index} wrap="truncate">
						{line}
					</Text>
				))}
			</Box>
			<Bar left="any key closes this help" right="" width={columns} isInverse={false} />
		</Box>
	);
}
