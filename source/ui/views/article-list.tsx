import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {contentHeight, type ListState} from '../../explorer/explorer-state.js';
import {Bar} from './bar.js';
import type {Theme} from './theme.js';
import {glyphsFor} from '../../text/glyphs.js';
import {displayWidth} from '../../text/width.js';
import {inputView} from '../../screens/input-view.js';

/** Props of the article list: the rows already formatted for the window. */
export interface ArticleListProps {
	readonly list: ListState;
	/** The formatted rows from `list.top`, one per line of the window. */
	readonly rows: readonly string[];
	readonly title: string;
	readonly status: string;
	readonly hint: string;
	/** The title filter's line while it is typed: shown instead of the status, its cursor drawn. */
	readonly input?: {readonly text: string; readonly cursor: number} | null;
	readonly columns: number;
	readonly height: number;
	readonly theme: Theme;
}

function Indicator({isSelected, ascii}: {readonly isSelected?: boolean; readonly ascii: boolean}) {
	return <Text bold>{isSelected ? glyphsFor(ascii).focus.first : '  '}</Text>;
}

function Row({label, isSelected}: {readonly label: string; readonly isSelected?: boolean}) {
	return (
		<Text inverse={isSelected} wrap="truncate">
			{label}
		</Text>
	);
}

/**
 * The article picker. ink-select-input draws the window's rows only (it is handed the
 * slice on screen and remounted at the cursor), while keys go through comb's key table,
 * so the list scrolls as fast with 100,000 articles as with ten.
 */
export function ArticleList({list, rows, title, status, hint, input, columns, height, theme}: ArticleListProps) {
	const items = rows.map((label, index) => ({key: String(list.top + index), label, value: list.top + index}));
	const filler = Math.max(0, contentHeight(height) - rows.length);
	return (
		<Box flexDirection="column" width={columns} height={height}>
			<Bar ellipsis={glyphsFor(theme.ascii).ellipsis} left={title} right="" width={columns} isInverse />
			<Box flexDirection="column" height={contentHeight(height)}>
				<SelectInput
					key={`${list.top}:${list.cursor}`}
					items={items}
					isFocused={false}
					initialIndex={list.cursor - list.top}
					indicatorComponent={(props) => <Indicator {...props} ascii={theme.ascii} />}
					itemComponent={Row}
				/>
				{filler > 0 ? <Box height={filler} /> : null}
			</Box>
			{input === null || input === undefined ? (
				<Bar ellipsis={glyphsFor(theme.ascii).ellipsis} left={status} right={hint} width={columns} isInverse={false} />
			) : (
				<InputLine input={input} hint={hint} columns={columns} ellipsis={glyphsFor(theme.ascii).ellipsis} />
			)}
		</Box>
	);
}

/** `f` and the title filter's text with its cursor, then the count and keys when they fit. */
function InputLine({
	input,
	hint,
	columns,
	ellipsis,
}: {
	readonly input: {readonly text: string; readonly cursor: number};
	readonly hint: string;
	readonly columns: number;
	readonly ellipsis: string;
}) {
	// Cut around the cursor when longer than the row ("f " first); the hint only when it fits.
	const line = inputView(input.text, input.cursor, columns - 3, ellipsis);
	const room = columns - 3 - displayWidth(line.before + line.under + line.after);
	return (
		<Text wrap="truncate">
			<Text bold>f </Text>
			{line.before}
			<Text inverse>{line.under}</Text>
			{line.after}
			{displayWidth(hint) + 1 <= room ? ' '.repeat(room - displayWidth(hint)) + hint : ''}
		</Text>
	);
}
