/**
 * The command-line conventions meow (yargs-parser) does not keep, applied before meow sees
 * the arguments. Under meow an unknown flag is either accepted silently or ends the process
 * with its own message; a flag missing its value becomes an empty string; a value starting
 * with a dash (`--search -x`) is read as another flag; `--json=false` is accepted; `-salice`
 * splits into six flags. This pass walks the arguments once, names the first such problem,
 * and hands meow an unambiguous spelling of the rest: `--name=value`, `--name`, `--no-name`,
 * then `--` and the paths.
 */

/** A flag's long name as the user types it. */
export type FlagName =
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

/** One of comb's flags: its long name, whether it takes a value, and its short letter. */
export interface FlagSpec {
	readonly name: FlagName;
	readonly short?: string;
	readonly value: boolean;
}

/** Every flag comb knows; the order is the help's. */
export const flagSpecs: readonly FlagSpec[] = [
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
const byLong = new Map<string, FlagSpec>(flagSpecs.map((spec) => [spec.name, spec]));
const byShort = new Map<string, FlagSpec>(flagSpecs.flatMap((spec) => (spec.short ? [[spec.short, spec]] : [])));

/** What the pass found: meow's arguments, the first problem, and how `--width` was last written. */
export interface FlagTokens {
	/** Flags spelled `--name=value`, `--name` or `--no-name`, then `--`, then every path. */
	readonly argv: readonly string[];
	/** The first problem, as a one-line message, or undefined. */
	readonly error: string | undefined;
	/** How the last width was written, for its message: `--width` or `-w (--width)`. */
	readonly widthFlag: string;
}

/** Whether `arg` is spelled as one of comb's flags (so it is no value for another). */
function isFlagName(arg: string): boolean {
	if (arg.startsWith('--')) {
		const name = arg.slice(2).split('=')[0]!;
		return byLong.has(name) || byLong.has(name.replace(/^no-/, ''));
	}
	return /^-[a-z]$/i.test(arg) && byShort.has(arg[1]!);
}

/**
 * Walks `argv` (the arguments after the script). `--` ends the flags; `-` and anything not
 * starting with a dash is a path; short flags cluster (`-pa alice`, `-w80`); a value may
 * start with a dash unless it is itself one of comb's flag names (`--search --json` is a
 * missing value). After a problem the walk goes on, so a later `--help` is still seen.
 */
export function readFlagTokens(argv: readonly string[]): FlagTokens {
	const flags: string[] = [];
	const paths: string[] = [];
	let error: string | undefined;
	let widthFlag = '--width';
	const fail = (message: string): void => {
		error ??= message;
	};
	const take = (spec: FlagSpec, written: string, value: string): void => {
		flags.push(`--${spec.name}=${value}`);
		if (spec.name === 'width') {
			widthFlag = written;
		}
	};
	/** The argument after `index` as a value, or undefined when there is none or it is a flag name. */
	const next = (index: number): string | undefined => {
		const arg = argv[index + 1];
		return arg === undefined || isFlagName(arg) ? undefined : arg;
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
			const isNegated = name.startsWith('no-') && byLong.get(name.slice(3))?.value === false;
			const spec = byLong.get(isNegated ? name.slice(3) : name);
			if (spec === undefined) {
				fail(`unknown flag --${name} (see comb --help)`);
			} else if (!spec.value) {
				if (equals >= 0) {
					fail(`--${name} takes no value`);
				} else {
					flags.push(arg);
				}
			} else if (equals >= 0) {
				take(spec, `--${name}`, arg.slice(equals + 1));
			} else if (next(index) === undefined) {
				fail(`--${name} needs a value`);
			} else {
				take(spec, `--${name}`, argv[++index]!);
			}
			continue;
		}
		// A cluster of short flags: switches, then at most one that takes the rest or the next argument.
		for (let at = 1; at < arg.length; at++) {
			const letter = arg[at]!;
			const spec = byShort.get(letter);
			if (spec === undefined) {
				fail(`unknown flag -${letter} (see comb --help)`);
				break;
			}
			if (!spec.value) {
				flags.push(`--${spec.name}`);
				continue;
			}
			const rest = arg.slice(at + 1);
			const written = `-${letter} (--${spec.name})`;
			if (rest !== '') {
				take(spec, written, rest);
			} else if (next(index) === undefined) {
				fail(`-${letter} needs a value`);
			} else {
				take(spec, written, argv[++index]!);
			}
			break;
		}
	}
	return {argv: [...flags, '--', ...paths], error, widthFlag};
}
