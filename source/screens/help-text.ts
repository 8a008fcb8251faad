import {displayWidth, truncateToWidth} from '../text/width.js';
import {keyLabel} from '../keys/key-names.js';
import type {Mode} from '../explorer/mode.js';
import {groups, keyTable, type Binding} from '../keys/key-table.js';
import {glyphsFor} from '../text/glyphs.js';

/** One help entry: the keys as people read them, and what they do. */
interface HelpEntry {
	readonly keys: string;
	readonly help: string;
	readonly where: string;
}

/** The key table as help entries, in table order, the nine depth keys folded into one. */
function helpEntries(group: (typeof groups)[number], ascii: boolean): HelpEntry[] {
	const entries: HelpEntry[] = [];
	const bindings = keyTable.filter((binding) => binding.group === group);
	for (let index = 0; index < bindings.length; index++) {
		const binding = bindings[index]!;
		if (binding.action.type === 'unfoldToDepth') {
			if (binding.action.depth === 1) {
				entries.push({keys: '1..9', help: 'unfold to that depth', where: whereOf(binding)});
			}
			continue;
		}
		const keys = binding.keys.map((key) => keyLabel(key, ascii));
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
	return entries;
}

/** How each mode is named to people, in the order they are listed. */
const modeNames: ReadonlyArray<readonly [Mode, string]> = [
	['list', 'list'],
	['thread', 'thread'],
	['prompt', 'search prompt'],
	['picker', 'author picker'],
];

/** Where a binding works, for the README: its modes by name, or `anywhere` when it works in all of them. */
export function whereOf(binding: Binding): string {
	const names = modeNames.filter(([mode]) => binding.modes.includes(mode)).map(([, name]) => name);
	return names.length === modeNames.length ? 'anywhere' : names.join(', ');
}

/**
 * The help screen's lines for a screen of `columns` x `height`: one column when it fits,
 * else two side by side; entries are never wider than their column.
 */
export function helpLines(columns: number, height: number, ascii: boolean): string[] {
	const blocks = groups.map((group) => [group, ...helpEntries(group, ascii).map((entry) => entry)] as const);
	// Help texts line up after the usual key width; a longer key pushes its own text along.
	const keyWidth =
		Math.min(12, Math.max(...blocks.flatMap(([, ...entries]) => entries.map((entry) => displayWidth(entry.keys))))) + 2;
	const render = (width: number): string[] => {
		const lines: string[] = [];
		for (const [group, ...entries] of blocks) {
			if (lines.length > 0) {
				lines.push('');
			}
			lines.push(group);
			for (const entry of entries) {
				const keys = `  ${entry.keys}`;
				lines.push(
					truncateToWidth(
						keys + ' '.repeat(Math.max(1, keyWidth - displayWidth(keys))) + entry.help,
						width,
						glyphsFor(ascii).ellipsis,
					),
				);
			}
		}
		return lines;
	};
	const single = render(columns);
	if (single.length <= height || columns < 60) {
		return single.slice(0, height);
	}
	const half = Math.floor(columns / 2);
	const narrow = render(half - 1);
	// Split at a blank line near the middle, so no group is cut in two.
	let split = Math.ceil(narrow.length / 2);
	while (split < narrow.length && narrow[split] !== '') {
		split++;
	}
	const left = narrow.slice(0, split);
	const right = narrow.slice(split + 1);
	const lines: string[] = [];
	for (let index = 0; index < Math.max(left.length, right.length); index++) {
		const l = left[index] ?? '';
		lines.push(l + ' '.repeat(Math.max(1, half - displayWidth(l))) + (right[index] ?? ''));
	}
	return lines.slice(0, height);
}

/** The key list as a Markdown table for the README (checked against it by a test). */
export function keyTableMarkdown(): string {
	const lines = ['| keys | action | where |', '|---|---|---|'];
	for (const group of groups) {
		for (const entry of helpEntries(group, false)) {
			const keys = entry.keys
				.split(' ')
				.map((key) => `\`${key === '`' ? '` ` `' : key}\``)
				.join(' ');
			lines.push(`| ${keys} | ${entry.help} | ${entry.where} |`);
		}
	}
	lines.push('| `Ctrl-c` | quit at once (exit code 130) | anywhere |');
	return lines.join('\n');
}
