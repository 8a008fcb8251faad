import {commandName} from '../keys/commands.js';
import type {Binding} from '../keys/key-table.js';

/**
 * The `Keys` section of `comb --help`: every command of the key table in force, by the
 * name a config file's `[keys]` uses, with its keys as the config file names them; two to a line.
 */
export function keysHelp(table: readonly Binding[], configFile: string): string {
	const cells = table.map((binding) => {
		const keys = binding.keys.join(' ');
		return `${commandName(binding).padEnd(20)} ${keys}`;
	});
	const width = 37;
	const lines: string[] = [];
	for (let index = 0; index < cells.length; index += 2) {
		const left = cells[index]!;
		const right = cells[index + 1];
		lines.push(`  ${right === undefined ? left : left.padEnd(width) + right}`.trimEnd());
	}
	return `
Keys in force (rebind under [keys] as command = "key" in the config file:
  ${configFile})
${lines.join('\n')}
`;
}
