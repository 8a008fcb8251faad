/**
 * The command line: comb's own parser, so the conventions hold exactly: `-h`/`--help` and
 * `-v`/`--version` anywhere, `--` ends the options, short flags cluster (`-pa alice`,
 * `-w80`), a flag that needs a value and has none is an error, and so are conflicting
 * flags and unknown ones. Every message names what was wrong, in one line.
 */

/** What the command line asked for. */
export interface Flags {
	readonly interactive: boolean;
	readonly print: boolean;
	readonly json: boolean;
	readonly width: number | undefined;
	/** The explorer's reading width (`--text-width`; 0: the full width), or undefined for the default. */
	readonly textWidth: number | undefined;
	/** Whether the explorer takes the mouse (`--no-mouse` says no). */
	readonly mouse: boolean;
	readonly search: string | undefined;
	readonly author: readonly string[];
	/** At most this many matches (`--max N`), or undefined: all of them. */
	readonly max: number | undefined;
	readonly ascii: boolean;
	readonly color: boolean;
	/** Only comments not seen before (`--new`). */
	readonly new: boolean;
	/** After printing, count every comment as seen (`--mark-read`). */
	readonly markRead: boolean;
	/** Only starred comments (`--starred`). */
	readonly starred: boolean;
	/** Remember what was read (false with `--no-state`). */
	readonly state: boolean;
	/** Print where the config file is read from (`--config-path`). */
	readonly configPath: boolean;
	readonly paths: readonly string[];
}

/** The outcome of reading the command line. */
export type Command =
	| {readonly kind: 'run'; readonly flags: Flags}
	| {readonly kind: 'help'}
	| {readonly kind: 'version'}
	| {readonly kind: 'error'; readonly message: string};

type Name =
	| 'interactive'
	| 'print'
	| 'json'
	| 'width'
	| 'text-width'
	| 'mouse'
	| 'search'
	| 'author'
	| 'max'
	| 'ascii'
	| 'color'
	| 'new'
	| 'mark-read'
	| 'starred'
	| 'state'
	| 'config-path'
	| 'help'
	| 'version';

/** Long names, whether each takes a value, and the short letter. */
const options: ReadonlyArray<{readonly name: Name; readonly short?: string; readonly value: boolean}> = [
	{name: 'interactive', short: 'i', value: false},
	{name: 'print', short: 'p', value: false},
	{name: 'json', value: false},
	{name: 'width', short: 'w', value: true},
	{name: 'text-width', value: true},
	{name: 'mouse', value: false},
	{name: 'search', short: 's', value: true},
	{name: 'author', short: 'a', value: true},
	{name: 'max', value: true},
	{name: 'ascii', value: false},
	{name: 'color', value: false},
	{name: 'new', value: false},
	{name: 'mark-read', value: false},
	{name: 'starred', value: false},
	{name: 'state', value: false},
	{name: 'config-path', value: false},
	{name: 'help', short: 'h', value: false},
	{name: 'version', short: 'v', value: false},
];
const byLong = new Map(options.map((option) => [option.name as string, option]));
const byShort = new Map(options.filter((option) => option.short).map((option) => [option.short!, option]));

/** Whether `arg` is spelled as one of comb's options (so it is no value for another). */
function isOptionName(arg: string): boolean {
	if (arg.startsWith('--')) {
		const name = arg.slice(2).split('=')[0]!;
		return byLong.has(name) || byLong.has(name.replace(/^no-/, ''));
	}
	return /^-[a-z]$/i.test(arg) && byShort.has(arg[1]!);
}

/** A flag as the user wrote it, for messages: `-s` or `--search`. */
function spelled(long: string, short: string | undefined, usedShort: boolean): string {
	return usedShort && short !== undefined ? `-${short}` : `--${long}`;
}

/**
 * Reads `argv` (the arguments after the script). Help or version anywhere among the
 * options wins over everything else, errors included; otherwise the first problem is
 * the result, else the flags. A value may start with a dash (`--search -x`) unless it is
 * itself one of comb's option names (`--search --json` is a missing value).
 */
export function parseCommandLine(argv: readonly string[]): Command {
	const values = {
		interactive: false,
		print: false,
		json: false,
		ascii: false,
		color: true,
		new: false,
		'mark-read': false,
		starred: false,
		state: true,
		'config-path': false,
		mouse: true,
		help: false,
		version: false,
	};
	let width: string | undefined;
	let textWidth: string | undefined;
	let widthFlag = '--width';
	let search: string | undefined;
	let max: string | undefined;
	const author: string[] = [];
	const paths: string[] = [];
	let error: string | undefined;
	const fail = (message: string): void => {
		error ??= message;
	};
	const take = (name: Name, flag: string, value: string): void => {
		if (name === 'width') {
			width = value;
			widthFlag = flag;
		} else if (name === 'text-width') {
			textWidth = value;
		} else if (name === 'search') {
			search = value;
		} else if (name === 'max') {
			max = value;
		} else {
			author.push(value);
		}
	};
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index]!;
		if (arg === '--') {
			paths.push(...argv.slice(index + 1));
			break;
		}
		if (arg === '-' || !arg.startsWith('-')) {
			paths.push(arg);
			continue;
		}
		if (arg.startsWith('--')) {
			const equals = arg.indexOf('=');
			const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
			const negated = name.startsWith('no-') && byLong.get(name.slice(3))?.value === false;
			const option = byLong.get(negated ? name.slice(3) : name);
			if (option === undefined) {
				fail(`unknown flag --${name} (see comb --help)`);
				continue;
			}
			if (!option.value) {
				if (equals >= 0) {
					fail(`--${name} takes no value`);
				} else {
					values[option.name as keyof typeof values] = !negated;
				}
				continue;
			}
			if (equals >= 0) {
				take(option.name, `--${name}`, arg.slice(equals + 1));
			} else if (index + 1 < argv.length && !isOptionName(argv[index + 1]!)) {
				take(option.name, `--${name}`, argv[++index]!);
			} else {
				fail(`--${name} needs a value`);
			}
			continue;
		}
		// A cluster of short flags: booleans, then at most one that takes the rest or the next argument.
		for (let at = 1; at < arg.length; at++) {
			const letter = arg[at]!;
			const option = byShort.get(letter);
			if (option === undefined) {
				fail(`unknown flag -${letter} (see comb --help)`);
				break;
			}
			if (!option.value) {
				values[option.name as keyof typeof values] = true;
				continue;
			}
			const rest = arg.slice(at + 1);
			if (rest !== '') {
				take(option.name, `-${letter} (--${option.name})`, rest);
			} else if (index + 1 < argv.length && !isOptionName(argv[index + 1]!)) {
				take(option.name, `-${letter} (--${option.name})`, argv[++index]!);
			} else {
				fail(`${spelled(option.name, option.short, true)} needs a value`);
			}
			break;
		}
	}
	if (values.help) {
		return {kind: 'help'};
	}
	if (values.version) {
		return {kind: 'version'};
	}
	const modes = (['interactive', 'json', 'print'] as const).filter((mode) => values[mode]).map((mode) => `--${mode}`);
	if (modes.length > 1) {
		fail(`${modes.join(' and ')} cannot be used together`);
	}
	let columns: number | undefined;
	if (width !== undefined) {
		columns = /^\d+$/.test(width) ? Number(width) : Number.NaN;
		if (!(columns >= 20)) {
			fail(`${widthFlag} takes a whole number of columns, 20 or more`);
		}
	}
	let most: number | undefined;
	if (max !== undefined) {
		most = /^\d+$/.test(max) ? Number(max) : Number.NaN;
		if (!(most >= 1)) {
			fail('--max takes a whole number of matches, 1 or more');
		}
	}
	if (textWidth !== undefined && !/^\d+$/.test(textWidth)) {
		fail('--text-width takes a whole number of columns (0 for the full width)');
	}
	if (error !== undefined) {
		return {kind: 'error', message: error};
	}
	const {interactive, print, json, ascii, color, starred, state, mouse} = values;
	const reading = textWidth === undefined ? undefined : Number(textWidth);
	return {
		kind: 'run',
		flags: {
			interactive,
			print,
			json,
			ascii,
			color,
			mouse,
			textWidth: reading,
			new: values.new,
			markRead: values['mark-read'],
			starred,
			state,
			configPath: values['config-path'],
			width: columns,
			search,
			author,
			max: most,
			paths,
		},
	};
}
