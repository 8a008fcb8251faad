/**
 * The command line, read by meow: `-h`/`--help` and `-v`/`--version` anywhere, `--` ends
 * the options, short flags cluster (`-pa alice`, `-w80`), a flag that needs a value and has
 * none is an error, and so are conflicting flags and unknown ones. Every message names what
 * was wrong, in one line. meow never prints or exits here: its help and version are off,
 * and unknown flags and missing values are caught before it runs (flag-tokens.ts).
 */
import meow from 'meow';
import {flagTable, readFlagTokens} from './flag-tokens.js';

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

/**
 * Reads `argv` (the arguments after the script). Help or version anywhere among the
 * options wins over everything else, errors included; otherwise the first problem is
 * the result, else the flags. A value may start with a dash (`--search -x`) unless it is
 * itself one of comb's option names (`--search --json` is a missing value).
 */
export function parseCommandLine(argv: readonly string[]): Command {
	const tokens = readFlagTokens(argv);
	// `pkg` given: meow reads no package.json. It still names the process after `pkg.name`.
	const cli = meow({
		importMeta: import.meta,
		argv: tokens.argv,
		flags: flagTable,
		pkg: {name: 'comb'},
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: true,
	});
	const {flags} = cli;
	if (flags.help) {
		return {kind: 'help'};
	}
	if (flags.version) {
		return {kind: 'version'};
	}
	let error = tokens.error;
	const fail = (message: string): void => {
		error ??= message;
	};
	const modes = (['interactive', 'json', 'print'] as const).filter((mode) => flags[mode]).map((mode) => `--${mode}`);
	if (modes.length > 1) {
		fail(`${modes.join(' and ')} cannot be used together`);
	}
	const width = flags.width.at(-1);
	const max = flags.max.at(-1);
	const textWidth = flags.textWidth.at(-1);
	let columns: number | undefined;
	if (width !== undefined) {
		columns = /^\d+$/.test(width) ? Number(width) : Number.NaN;
		if (!(columns >= 20)) {
			fail(`${tokens.widthFlag} takes a whole number of columns, 20 or more`);
		}
	}
	let most: number | undefined;
	if (max !== undefined) {
		most = /^\d+$/.test(max) ? Number(max) : Number.NaN;
		if (!(most >= 1)) {
			fail('--max takes a whole number of matches, 1 or more');
		}
		// It cuts matches: without a search or an author there are none, and it would be ignored unsaid.
		if (flags.search.length === 0 && flags.author.length === 0) {
			fail('--max needs --search or --author (it cuts their matches)');
		}
	}
	// Under 20 columns a reading width splits words: 0 (the full width) or 20 and more.
	if (textWidth !== undefined && !(/^\d+$/.test(textWidth) && (Number(textWidth) === 0 || Number(textWidth) >= 20))) {
		fail('--text-width takes a whole number of columns, 20 or more (0 for the full width)');
	}
	if (error !== undefined) {
		return {kind: 'error', message: error};
	}
	return {
		kind: 'run',
		flags: {
			interactive: flags.interactive,
			print: flags.print,
			json: flags.json,
			ascii: flags.ascii,
			color: flags.color,
			mouse: flags.mouse,
			textWidth: textWidth === undefined ? undefined : Number(textWidth),
			new: flags.new,
			markRead: flags.markRead,
			starred: flags.starred,
			state: flags.state,
			configPath: flags.configPath,
			width: columns,
			search: flags.search.at(-1),
			author: flags.author,
			max: most,
			paths: cli.input,
		},
	};
}
