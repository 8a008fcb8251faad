import {commandName, isKeyName} from '../keys/commands.js';
import {type Binding, keyTable} from '../keys/key-table.js';

/** The modes keys are read in from the table (the help closes on any key; the starred view reads the list's). */
const tableModes: ReadonlyArray<Binding['modes'][number]> = ['list', 'thread', 'prompt', 'picker', 'filter'];

/**
 * The key table with a config file's `[keys]` applied: each `command = "key"` or
 * `command = ["key", "key"]` replaces that command's keys. Problems name the line
 * (`where(command)` gives `path:line`): an unknown command, a name that is not a key, or
 * a key left bound to two commands in one mode (a clash with a built-in binding too).
 */
export function rebindKeys(
	settings: Readonly<Record<string, unknown>>,
	where: (command: string) => string,
): {table: readonly Binding[]; problems: string[]} {
	const problems: string[] = [];
	const byName = new Map(keyTable.map((binding) => [commandName(binding), binding]));
	const replaced = new Map<Binding, readonly string[]>();
	const rebound = new Map<Binding, string>();
	for (const [command, value] of Object.entries(settings)) {
		const binding = byName.get(command);
		if (binding === undefined) {
			problems.push(`${where(command)}: unknown command "${command}" in [keys] (see comb --help for the commands)`);
			continue;
		}
		const keys = typeof value === 'string' ? [value] : Array.isArray(value) ? value : null;
		if (keys === null || keys.length === 0 || !keys.every((key) => typeof key === 'string')) {
			problems.push(`${where(command)}: ${command} takes a key name or a list of them, such as "j" or ["j", "down"]`);
			continue;
		}
		const wrong = keys.find((key) => !isKeyName(key));
		if (wrong !== undefined) {
			problems.push(
				`${where(command)}: "${wrong}" is not a key comb knows (a character, up, down, left, right, pageup, pagedown, home, end, return, escape, tab, backspace, delete, space, or ctrl+ and a letter)`,
			);
			continue;
		}
		replaced.set(binding, [...new Set(keys as string[])]);
		rebound.set(binding, command);
	}
	const table = keyTable.map((binding) =>
		replaced.has(binding) ? {...binding, keys: replaced.get(binding)!} : binding,
	);
	for (const mode of tableModes) {
		const owner = new Map<string, Binding>();
		table.forEach((binding, index) => {
			if (!binding.modes.includes(mode)) {
				return;
			}
			for (const key of binding.keys) {
				const other = owner.get(key);
				if (other === undefined) {
					owner.set(key, binding);
					continue;
				}
				const original = keyTable[index]!;
				const otherName = commandName(keyTable[table.indexOf(other)]!);
				const name = commandName(original);
				const line = rebound.has(original) ? where(name) : where(otherName);
				problems.push(`${line}: key "${key}" is bound to both ${otherName} and ${name} in the ${mode} view`);
			}
		});
	}
	return {table, problems: [...new Set(problems)]};
}
