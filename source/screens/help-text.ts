import {displayWidth, truncateToWidth} from '../text/width.js';
import {wrapLines} from '../text/wrap.js';
import {keyLabel} from '../keys/key-names.js';
import type {Mode} from '../explorer/mode.js';
import {groups, keyTable, type Binding} from '../keys/key-table.js';
import {keysInForce} from '../keys/commands.js';
import {lineKeys} from '../keys/resolve-key.js';

/** One help entry: the keys as people read them, and what they do. */
interface HelpEntry {
	readonly keys: string;
	readonly help: string;
	readonly where: string;
}

/** The key table as help entries, in table order, the nine depth keys folded into one. */
function helpEntries(group: (typeof groups)[number], ascii: boolean, table: readonly Binding[]): HelpEntry[] {
	const entries: HelpEntry[] = [];
	const bindings = table.filter((binding) => binding.group === group);
	for (let index = 0; index < bindings.length; index++) {
		const binding = bindings[index]!;
		if (binding.action.type === 'unfoldToDepth') {
			if (binding.action.depth === 1) {
				entries.push({keys: '1..9', help: 'unfold to that depth', where: whereOf(binding)});
			}
			continue;
		}
		const keys = [...new Set(binding.keys.map((key) => keyLabel(key, ascii)))];
		const partner = binding.pairsWithNext === true ? bindings[index + 1] : undefined;
		if (partner !== undefined) {
			// The first key of each, `j/k`, then the other keys: one line for a pair of opposites.
			const others = [...keys.slice(1), ...partner.keys.slice(1).map((key) => keyLabel(key, ascii))];
			entries.push({
				keys: [`${keys[0]}/${keyLabel(partner.keys[0]!, ascii)}`, ...others].join(' '),
				help: binding.help,
				where: whereOf(binding),
			});
			index++;
			continue;
		}
		entries.push({keys: keys.join(' '), help: binding.help, where: whereOf(binding)});
	}
	if (group === 'General') {
		entries.push(interruptEntry);
	}
	return entries;
}

/** Ctrl-c is not a table action (it quits from any mode, at once), but people look for it in the list. */
const interruptEntry: HelpEntry = {keys: 'Ctrl-c', help: 'quit at once (exit 130)', where: 'anywhere'};

/** The search syntax, shown under the keys: what can be typed after `/` (and `--search`). */
export const searchSyntax: ReadonlyArray<readonly [string, string]> = [
	['word', 'fuzzy: forgives a typo'],
	["'word", 'exactly this text'],
	['^word word$', 'at the start / the end'],
	['!word', 'without it'],
	['@name', 'by this author'],
	['a b, a | b', 'both / either'],
];

/** How each mode is named to people, in the order they are listed. */
const modeNames: ReadonlyArray<readonly [Mode, string]> = [
	['list', 'list'],
	['thread', 'thread'],
	['help', 'help'],
	['prompt', 'search prompt'],
	['picker', 'author picker'],
	['filter', 'title filter'],
];

/** Where a binding works, for the README: its modes by name, or `anywhere` when it works in all of them. */
export function whereOf(binding: Binding): string {
	const names = modeNames.filter(([mode]) => binding.modes.includes(mode)).map(([, name]) => name);
	// Any key the help does not use closes it, so a key of every other mode works from the help too.
	const isEverywhere = modeNames.every(([mode]) => mode === 'help' || binding.modes.includes(mode));
	return isEverywhere ? 'anywhere' : names.join(', ');
}

/**
 * All of the help's lines for a screen of `columns` x `height` (it scrolls when they are
 * more than `height`): one column when it fits, else two side by side when the screen is
 * wide enough; lines are never wider than `columns`, and in each column the texts start
 * at the same place.
 */
export function helpLines(columns: number, height: number, ascii: boolean, problems: readonly string[] = []): string[] {
	const ellipsis = ascii ? '...' : '…';
	const problemLines =
		problems.length === 0
			? []
			: [
					'Problems while loading',
					...problems.flatMap((problem) => wrapLines(problem, Math.max(10, columns - 2)).map((line) => `  ${line}`)),
					'',
				];
	return [...problemLines, ...keyLines(columns, height - problemLines.length, ascii, ellipsis)];
}

function keyLines(columns: number, height: number, ascii: boolean, ellipsis: string): string[] {
	const blocks = [
		...groups.map((group) => [group, ...helpEntries(group, ascii, keysInForce())] as const),
		[
			'Typed line (search prompt, title filter)',
			...lineKeys().map(({names, help}) => ({
				keys: names.map((name) => keyLabel(name, ascii)).join(' '),
				help,
				where: '',
			})),
		] as const,
		['Search syntax', ...searchSyntax.map(([keys, help]) => ({keys, help, where: ''}))] as const,
	];
	// Help texts start in one column; keys too long for it get a line of their own above their text.
	const keyColumn =
		2 +
		Math.min(14, Math.max(...blocks.flatMap(([, ...entries]) => entries.map((entry) => displayWidth(entry.keys))))) +
		2;
	const render = (width: number): string[] => {
		const lines: string[] = [];
		for (const [group, ...entries] of blocks) {
			if (lines.length > 0) {
				lines.push('');
			}
			lines.push(truncateToWidth(group, width, ellipsis));
			for (const entry of entries) {
				const keys = `  ${entry.keys}`;
				const keysWidth = displayWidth(keys);
				if (keysWidth + 1 > keyColumn) {
					lines.push(truncateToWidth(keys, width, ellipsis));
				}
				const lead = keysWidth + 1 > keyColumn ? '' : keys;
				lines.push(truncateToWidth(lead + ' '.repeat(keyColumn - displayWidth(lead)) + entry.help, width, ellipsis));
			}
		}
		return lines;
	};
	const single = render(columns);
	// Two columns only where each is wide enough for every text (else one column that scrolls).
	if (single.length <= height || columns < 100) {
		return single;
	}
	const half = Math.floor(columns / 2);
	const narrow = render(half - 1);
	// Split at the blank line that best evens out the two columns, so no group is cut in two.
	let split = narrow.length;
	for (let index = 0; index < narrow.length; index++) {
		const longer = (at: number) => Math.max(at, narrow.length - at - 1);
		if (narrow[index] === '' && longer(index) < longer(split)) {
			split = index;
		}
	}
	const left = narrow.slice(0, split);
	const right = narrow.slice(split + 1);
	const lines: string[] = [];
	for (let index = 0; index < Math.max(left.length, right.length); index++) {
		const l = left[index] ?? '';
		lines.push(l + ' '.repeat(Math.max(1, half - displayWidth(l))) + (right[index] ?? ''));
	}
	return lines;
}

/** The key list as a Markdown table for the README (checked against it by a test). */
export function keyTableMarkdown(): string {
	const lines = ['| keys | action | where |', '|---|---|---|'];
	for (const group of groups) {
		for (const entry of helpEntries(group, false, keyTable)) {
			const keys = entry.keys
				.split(' ')
				.map((key) => `\`${key === '`' ? '` ` `' : key}\``)
				.join(' ');
			lines.push(`| ${keys} | ${entry.help} | ${entry.where} |`);
		}
	}
	for (const {names, help} of lineKeys()) {
		lines.push(`| ${names.map((name) => `\`${keyLabel(name)}\``).join(' ')} | ${help} | search prompt, title filter |`);
	}
	return lines.join('\n');
}

/** What the help screen shows at one scroll position. */
export interface HelpWindow {
	readonly lines: readonly string[];
	/** `lines 1-22 of 60`, or '' when everything fits. */
	readonly position: string;
	/** The status bar: how to scroll (when there is more) and how to close. */
	readonly hint: string;
}

/** The help's lines from `top` (kept inside the help) for a screen of `columns` x `rows`, with its bars' texts. */
export function helpWindow(
	columns: number,
	rows: number,
	ascii: boolean,
	top: number,
	problems: readonly string[] = [],
): HelpWindow {
	const height = Math.max(1, rows - 2);
	const all = helpLines(columns, height, ascii, problems);
	const first = Math.max(0, Math.min(top, all.length - height));
	const lines = all.slice(first, first + height);
	const dot = ascii ? ' - ' : ' · ';
	if (all.length <= height) {
		return {lines, position: '', hint: 'any key closes this help'};
	}
	const position = `${first + 1}-${first + lines.length}/${all.length}`;
	const more = first + height < all.length ? `j/Space more${dot}` : '';
	return {lines, position, hint: `${more}k/b back${dot}g/G top/end${dot}any other key closes`};
}
