/**
 * The command-line conventions meow (yargs-parser) does not keep, applied before meow sees
 * the arguments. Under meow an unknown flag is either accepted silently or ends the process
 * with its own message; a flag missing its value becomes an empty string; a value starting
 * with a dash (`--search -x`) is read as another flag; `--json=false` is accepted; `-salice`
 * splits into six flags. This pass walks the arguments once, names the first such problem,
 * and hands meow an unambiguous spelling of the rest: `--name=value`, `--name`, `--no-name`,
 * then `--` and the paths.
 */

/**
 * Every flag comb knows, as meow takes them (camelCase keys; `--text-width` is `textWidth`).
 * This pass reads the same table, so the two cannot disagree on a name, a short letter or
 * whether a flag takes a value. The value flags other than `--author` are lists too, so a
 * repeated one is the last one written (meow refuses a repeated single flag), as with the
 * switches, where the last `--x` / `--no-x` wins.
 */
export const flagTable = {
	interactive: {type: 'boolean', shortFlag: 'i', default: false},
	print: {type: 'boolean', shortFlag: 'p', default: false},
	json: {type: 'boolean', default: false},
	width: {type: 'string', shortFlag: 'w', isMultiple: true, default: [] as string[]},
	textWidth: {type: 'string', isMultiple: true, default: [] as string[]},
	mouse: {type: 'boolean', default: true},
	search: {type: 'string', shortFlag: 's', isMultiple: true, default: [] as string[]},
	author: {type: 'string', shortFlag: 'a', isMultiple: true, default: [] as string[]},
	max: {type: 'string', isMultiple: true, default: [] as string[]},
	ascii: {type: 'boolean', default: false},
	color: {type: 'boolean', default: true},
	new: {type: 'boolean', default: false},
	markRead: {type: 'boolean', default: false},
	starred: {type: 'boolean', default: false},
	state: {type: 'boolean', default: true},
	configPath: {type: 'boolean', default: false},
	help: {type: 'boolean', shortFlag: 'h', default: false},
	version: {type: 'boolean', shortFlag: 'v', default: false},
} as const;

/** One flag as typed: its long name (`text-width`), its short letter, whether it takes a value. */
interface FlagSpec {
	readonly name: string;
	readonly short: string | undefined;
	readonly value: boolean;
}

const specs: readonly FlagSpec[] = Object.entries(flagTable).map(([key, flag]) => ({
	name: key.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
	short: 'shortFlag' in flag ? flag.shortFlag : undefined,
	value: flag.type === 'string',
}));
const byLong = new Map(specs.map((spec) => [spec.name, spec]));
const byShort = new Map(specs.flatMap((spec) => (spec.short === undefined ? [] : [[spec.short, spec] as const])));

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
