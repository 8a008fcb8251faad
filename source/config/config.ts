import {readFileSync, statSync} from 'node:fs';
import {parse, TomlError} from 'smol-toml';
import {type Binding, keyTable} from '../keys/key-table.js';
import {settingLines} from './config-lines.js';
import {rebindKeys} from './rebind.js';

/** The default options a config file may set (the command line's flags win over them). */
export interface ConfigOptions {
	/** `--width`: columns for `--print`. */
	readonly width?: number;
	/** Columns a comment's text is wrapped to in the explorer (when the explorer supports it). */
	readonly textWidth?: number;
	readonly color?: boolean;
	readonly ascii?: boolean;
	readonly mouse?: boolean;
	/** false: remember nothing (as `--no-state`). */
	readonly state?: boolean;
}

/** The configuration in force: options, the key table and colours. */
export interface Config {
	/** The file it was read from (whether or not it exists). */
	readonly path: string;
	/** Whether the file exists and was read. */
	readonly isRead: boolean;
	readonly options: ConfigOptions;
	readonly keys: readonly Binding[];
	/** Colour per style (`author`, `title`, `mark` ...): a colour name or `#rrggbb`. */
	readonly colors: Readonly<Record<string, string>>;
}

/** Everything wrong with a config file, each problem as `path:line: what`. */
export class ConfigError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(problems.join('\n'));
	}
}

/** The styles a `[colors]` table may colour: the explorer's segment styles. */
export const colorStyles = ['author', 'title', 'badge', 'mark', 'match', 'guide', 'meta', 'summary', 'context'];

const colorNames = new Set(
	['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'gray', 'grey'].flatMap((name) => [
		name,
		`${name}Bright`,
	]),
);

const booleanOptions = {color: 'color', ascii: 'ascii', mouse: 'mouse', state: 'state'} as const;
const widthOptions = {width: 'width', 'text-width': 'textWidth'} as const;

/** The configuration when there is no file: the built-in keys, no options, no colours. */
export function defaultConfig(path: string): Config {
	return {path, isRead: false, options: {}, keys: keyTable, colors: {}};
}

/** Reads the config file at `path`: the defaults when it does not exist; a ConfigError when it is wrong. */
export function loadConfig(path: string): Config {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		// A file that is there but cannot be read is an error; one that cannot even be
		// looked at (no such file, a folder on the way not searchable) is no config.
		if (!exists(path)) {
			return defaultConfig(path);
		}
		throw new ConfigError([`${path}: cannot read it: ${(error as Error).message}`]);
	}
	return parseConfig(text, path);
}

/**
 * A config file's text as the configuration in force, or a ConfigError naming every
 * problem by file and line: TOML syntax, unknown settings, wrong types or ranges, unknown
 * commands or key names in `[keys]`, and keys bound to two commands in one place.
 */
export function parseConfig(text: string, path: string): Config {
	let data: Record<string, unknown>;
	try {
		data = parse(text) as Record<string, unknown>;
	} catch (error) {
		if (error instanceof TomlError) {
			throw new ConfigError([`${path}:${error.line}: ${error.message.split('\n')[0]}`]);
		}
		throw error;
	}
	const lines = settingLines(text);
	const problems: string[] = [];
	const at = (name: string) => `${path}:${lines.get(name) ?? lines.get(name.split('.')[0]!) ?? 1}`;
	const options: Record<string, unknown> = {};
	let keys: readonly Binding[] = keyTable;
	const colors: Record<string, string> = {};
	for (const [name, value] of Object.entries(data)) {
		if (name in booleanOptions) {
			if (typeof value === 'boolean') {
				options[booleanOptions[name as keyof typeof booleanOptions]] = value;
			} else {
				problems.push(`${at(name)}: ${name} takes true or false`);
			}
		} else if (name in widthOptions) {
			// text-width 0 is the full width, as on the command line.
			const isOff = name === 'text-width' && value === 0;
			if (typeof value === 'number' && Number.isInteger(value) && (value >= 20 || isOff)) {
				options[widthOptions[name as keyof typeof widthOptions]] = value;
			} else {
				const zero = name === 'text-width' ? ' (0 for the full width)' : '';
				problems.push(`${at(name)}: ${name} takes a whole number of columns, 20 or more${zero}`);
			}
		} else if (name === 'keys' && isTable(value)) {
			const rebound = rebindKeys(value, (command) => at(`keys.${command}`));
			problems.push(...rebound.problems);
			keys = rebound.table;
		} else if (name === 'colors' && isTable(value)) {
			for (const [style, color] of Object.entries(value)) {
				if (!colorStyles.includes(style)) {
					problems.push(`${at(`colors.${style}`)}: unknown style "${style}" (styles: ${colorStyles.join(', ')})`);
				} else if (typeof color !== 'string' || !(colorNames.has(color) || /^#[0-9a-fA-F]{6}$/.test(color))) {
					problems.push(`${at(`colors.${style}`)}: ${style} takes a colour name (red, cyanBright ...) or "#rrggbb"`);
				} else {
					colors[style] = color;
				}
			}
		} else {
			problems.push(
				`${at(name)}: unknown setting "${name}" (settings: width, text-width, color, ascii, mouse, state, [keys], [colors])`,
			);
		}
	}
	if (problems.length > 0) {
		throw new ConfigError(problems);
	}
	return {path, isRead: true, options: options as ConfigOptions, keys, colors};
}

function exists(path: string): boolean {
	try {
		statSync(path);
		return true;
	} catch {
		return false;
	}
}

function isTable(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
