import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {parseCommandLine, type Command, type Flags} from '../../source/cli/flags.js';

/**
 * The command line read in process, through meow: every flag, the conventions meow does not
 * keep (missing values, dash values, unknown flags, `--x=` on a switch), and that meow never
 * prints or exits on its own. The process tests (conventions.test.ts, cli.test.ts) run the
 * built CLI with the same command lines end to end.
 */

const defaults: Flags = {
	interactive: false,
	print: false,
	json: false,
	width: undefined,
	textWidth: undefined,
	mouse: true,
	search: undefined,
	author: [],
	max: undefined,
	ascii: false,
	color: true,
	new: false,
	markRead: false,
	starred: false,
	state: true,
	configPath: false,
	paths: [],
};

/** The flags `argv` runs with; fails the test when it is not a run. */
function run(argv: readonly string[]): Flags {
	const command = parseCommandLine(argv);
	if (command.kind !== 'run') {
		throw new Error(`expected a run for ${JSON.stringify(argv)}, got ${JSON.stringify(command)}`);
	}
	return command.flags;
}

/** The one-line error `argv` gives; fails the test when it gives none. */
function error(argv: readonly string[]): string {
	const command = parseCommandLine(argv);
	if (command.kind !== 'error') {
		throw new Error(`expected an error for ${JSON.stringify(argv)}, got ${JSON.stringify(command)}`);
	}
	return command.message;
}

let exit: ReturnType<typeof vi.spyOn>;
let log: ReturnType<typeof vi.spyOn>;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
	exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
		throw new Error(`process.exit(${String(code)})`);
	});
	log = vi.spyOn(console, 'log');
	warn = vi.spyOn(console, 'error');
});

afterEach(() => {
	expect(exit).not.toHaveBeenCalled();
	expect(log).not.toHaveBeenCalled();
	expect(warn).not.toHaveBeenCalled();
	vi.restoreAllMocks();
});

describe('every flag', () => {
	it('no flags: the defaults, and the paths in order', () => {
		expect(run([])).toEqual(defaults);
		expect(run(['b.txt', '-', 'a/'])).toEqual({...defaults, paths: ['b.txt', '-', 'a/']});
	});

	it.each([
		[['--json'], {json: true}],
		[['--print'], {print: true}],
		[['-p'], {print: true}],
		[['--interactive'], {interactive: true}],
		[['-i'], {interactive: true}],
		[['--ascii'], {ascii: true}],
		[['--no-color'], {color: false}],
		[['--no-mouse'], {mouse: false}],
		[['--no-state'], {state: false}],
		[['--new'], {new: true}],
		[['--mark-read'], {markRead: true}],
		[['--starred'], {starred: true}],
		[['--config-path'], {configPath: true}],
		[['--width', '80'], {width: 80}],
		[['-w80'], {width: 80}],
		[['--width=20'], {width: 20}],
		[['--text-width', '0'], {textWidth: 0}],
		[['--text-width=72'], {textWidth: 72}],
		[['-s', 'x', '--max', '3'], {search: 'x', max: 3}],
		[['--search', 'a b'], {search: 'a b'}],
		[['-s', 'x'], {search: 'x'}],
		[['-salice'], {search: 'alice'}],
		[['--search='], {search: ''}],
		[['--search=a=b'], {search: 'a=b'}],
		[['--author', 'Al', '-a', 'bo', '--author=cy'], {author: ['Al', 'bo', 'cy']}],
		[['-pa', 'alice'], {print: true, author: ['alice']}],
	] as const)('%j', (argv, expected) => {
		expect(run(argv)).toEqual({...defaults, ...expected});
	});

	it('the last of a repeated flag wins; a switch and its --no- form too', () => {
		expect(run(['--width', '30', '-w', '40', '--search=a', '-s', 'b'])).toMatchObject({width: 40, search: 'b'});
		expect(run(['--no-mouse', '--mouse'])).toMatchObject({mouse: true});
		expect(run(['--color', '--no-color'])).toMatchObject({color: false});
		expect(run(['--json', '--json'])).toMatchObject({json: true});
	});

	it('a value may start with a dash unless it is one of our flag names', () => {
		expect(run(['-s', '-x'])).toMatchObject({search: '-x'});
		expect(run(['--search=-h'])).toMatchObject({search: '-h'});
		expect(run(['--author', '--nope'])).toMatchObject({author: ['--nope']});
		expect(error(['--search', '--json'])).toBe('--search needs a value');
		expect(error(['-a', '-p'])).toBe('-a needs a value');
		expect(error(['--search', '--no-color'])).toBe('--search needs a value');
	});

	it('-- ends the options: what follows is a path, flag-like or not', () => {
		expect(run(['--print', '--', '--json', '-h', '-'])).toEqual({
			...defaults,
			print: true,
			paths: ['--json', '-h', '-'],
		});
	});
});

describe('help and version anywhere, over errors', () => {
	it.each([
		[['-h'], 'help'],
		[['x.txt', '--help'], 'help'],
		[['-ph'], 'help'],
		[['--nope', '--search', '-h'], 'help'],
		[['--json', '--print', '-h'], 'help'],
		[['-v'], 'version'],
		[['--json', 'x', '--version'], 'version'],
		[['-h', '-v'], 'help'],
	] as const)('%j', (argv, kind) => {
		expect(parseCommandLine(argv)).toEqual({kind} satisfies Command);
	});

	it('not after --, and --no-help is no help', () => {
		expect(run(['--', '-h'])).toMatchObject({paths: ['-h']});
		expect(run(['--help', '--no-help'])).toEqual(defaults);
	});
});

describe('wrong command lines: one message, the first problem', () => {
	it.each([
		[['--nope'], 'unknown flag --nope (see comb --help)'],
		[['--no-nope'], 'unknown flag --no-nope (see comb --help)'],
		[['--no-search', 'x'], 'unknown flag --no-search (see comb --help)'],
		[['-x'], 'unknown flag -x (see comb --help)'],
		[['-px'], 'unknown flag -x (see comb --help)'],
		[['--search'], '--search needs a value'],
		[['x', '-s'], '-s needs a value'],
		[['--width'], '--width needs a value'],
		[['--json=false'], '--json takes no value'],
		[['--no-mouse=1'], '--no-mouse takes no value'],
		[['--print', '--json'], '--json and --print cannot be used together'],
		[['-i', '--json', '-p'], '--interactive and --json and --print cannot be used together'],
		[['--width', '19'], '--width takes a whole number of columns, 20 or more'],
		[['-w', '5'], '-w (--width) takes a whole number of columns, 20 or more'],
		[['--width=20.5'], '--width takes a whole number of columns, 20 or more'],
		[['-s', 'x', '--max', '0'], '--max takes a whole number of matches, 1 or more'],
		[['--max', '3', 'data/'], '--max needs --search or --author (it cuts their matches)'],
		[['--max=x'], '--max takes a whole number of matches, 1 or more'],
		[['--text-width', '-1'], '--text-width takes a whole number of columns, 20 or more (0 for the full width)'],
		[['--text-width', '5'], '--text-width takes a whole number of columns, 20 or more (0 for the full width)'],
		[['--text-width=19'], '--text-width takes a whole number of columns, 20 or more (0 for the full width)'],
		[['--nope', '--search'], 'unknown flag --nope (see comb --help)'],
	] as const)('%j', (argv, message) => {
		expect(error(argv)).toBe(message);
	});
});

describe('meow never prints, exits or throws', () => {
	const vocabulary = [
		'--json',
		'--print',
		'-p',
		'-i',
		'-s',
		'--search',
		'--search=',
		'-a',
		'--author',
		'-w',
		'-w80',
		'--width=5',
		'30',
		'-30',
		'--max',
		'--max=2',
		'--text-width',
		'--no-mouse',
		'--no-color',
		'--no-state',
		'--state',
		'--new',
		'--mark-read',
		'--starred',
		'--config-path',
		'--ascii',
		'-h',
		'--no-help',
		'-v',
		'--',
		'-',
		'x.txt',
		'--nope',
		'--no-nope',
		'--json=false',
		'-pa',
		'-px',
		'--unknown-flag',
		'---',
		'--=',
	];
	it('for any mix of flags, values and paths: a command, and no output', () => {
		const argument = fc.oneof(
			{weight: 6, arbitrary: fc.constantFrom(...vocabulary)},
			{weight: 1, arbitrary: fc.string({maxLength: 6})},
		);
		fc.assert(
			fc.property(fc.array(argument, {maxLength: 8}), (argv) => {
				const command = parseCommandLine(argv);
				expect(['run', 'help', 'version', 'error']).toContain(command.kind);
			}),
			{numRuns: 500},
		);
	});
});
