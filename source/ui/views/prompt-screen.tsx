import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {inputView} from '../../screens/input-view.js';
import type {PromptWindow} from '../../screens/prompt-window.js';
import {Bar} from './bar.js';
import {ScreenLineView} from './screen-line.js';
import type {Theme} from './theme.js';
import {glyphsFor} from '../../text/glyphs.js';

/** Props of the search prompt and the author picker. */
export interface PromptScreenProps {
	readonly window: PromptWindow;
	readonly columns: number;
	readonly rows: number;
	readonly theme: Theme;
}

/**
 * The search prompt and the author picker share one screen: a title, the line being
 * typed (echoed at once, whatever the search is doing), the entries on screen (drawn by
 * ink-select-input, remounted at the cursor, its own keys off), and a status line.
 */
export function PromptScreen({window, columns, rows, theme}: PromptScreenProps) {
	const height = Math.max(1, rows - 3);
	// The line is cut around the cursor when it is longer than the row (sigil and space first).
	const line = inputView(window.input, cursorAt(window), columns - 3, glyphsFor(theme.ascii).ellipsis);
	const items = window.rows.map((line, index) => ({key: String(index), label: '', value: index, line}));
	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<Bar ellipsis={glyphsFor(theme.ascii).ellipsis} left={window.title} right="" width={columns} isInverse />
			<Text wrap="truncate">
				<Text bold>{window.sigil} </Text>
				{line.before}
				{window.hasCursor === false ? line.under.trimEnd() : <Text inverse>{line.under}</Text>}
				{line.after}
			</Text>
			<Box flexDirection="column" height={height}>
				<SelectInput
					key={window.selected}
					items={items}
					isFocused={false}
					initialIndex={Math.max(0, window.selected)}
					indicatorComponent={() => null}
					itemComponent={({isSelected, line}: {isSelected?: boolean; line?: PromptWindow['rows'][number]}) => (
						<ScreenLineView
							line={line ?? []}
							isFocused={isSelected === true && window.selected >= 0}
							isFirstLine
							theme={theme}
						/>
					)}
				/>
			</Box>
			<Bar ellipsis={glyphsFor(theme.ascii).ellipsis} left={window.status} right="" width={columns} isInverse={false} />
		</Box>
	);
}

/** Where the prompt's cursor stands in its input (the end when not said). */
function cursorAt(window: PromptWindow): number {
	return Math.min(window.cursor ?? window.input.length, window.input.length);
}
