/** The command line's help text, in the Usage / Options / Examples layout. */
export const helpText = `
  Usage
    $ comb [options] [path ...]

  A path is a file, a folder (every *.txt below it) or - for standard input.
  With no path and data piped in, comb reads standard input.

  Options
    -i, --interactive  Open the explorer (the default when stdout and a keyboard are terminals)
    -p, --print      Print the threads as text (the default when stdout is not a terminal)
    --json           Print the articles as JSON
    -s, --search Q   Search the comments (fuzzy; 'exact ^prefix suffix$ !not, | for or, @author)
    -a, --author A   Only comments by author A (repeat for several)
    -w, --width N    Wrap printed text to N columns (default: the terminal's, else 80)
    --text-width N   In the explorer, wrap text at N columns at most (default 100; 0: full width)
    --no-mouse       In the explorer, leave the mouse to the terminal (select text as usual)
    --ascii          Draw with ASCII characters only
    --no-color       No colour (NO_COLOR does the same)
    -h, --help       Show this help
    -v, --version    Show the version

  Examples
    $ comb data/
    $ cat thread.txt | comb
    $ comb --print article.txt | less -R
    $ comb --json data/ | jq '.articles[].title'
    $ comb --print --search "temporary movement" data/
    $ comb --author "John Wallace" data/

  Exit codes
    0 done · 1 --search or --author matched nothing (when printing) · 2 an input could not
    be read, or the command line is wrong · 130 interrupted
`;

/** The flags comb accepts, in meow's shape. */
export const flagSpec = {
	interactive: {type: 'boolean', shortFlag: 'i'},
	print: {type: 'boolean', shortFlag: 'p'},
	json: {type: 'boolean'},
	width: {type: 'number', shortFlag: 'w'},
	textWidth: {type: 'number'},
	mouse: {type: 'boolean', default: true},
	search: {type: 'string', shortFlag: 's'},
	author: {type: 'string', shortFlag: 'a', isMultiple: true},
	ascii: {type: 'boolean'},
	color: {type: 'boolean', default: true},
	help: {type: 'boolean', shortFlag: 'h'},
	version: {type: 'boolean', shortFlag: 'v'},
} as const;

/**
 * The first argument that is not a known flag, or null. Checked before meow so the
 * message can name comb and the flag on one line (meow's own says only "Unknown flag").
 */
export function findUnknownFlag(argv: readonly string[]): string | null {
	const known = new Set<string>();
	for (const [camel, spec] of Object.entries(flagSpec)) {
		// meow reads `--text-width` into `textWidth`.
		const name = camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
		known.add(`--${name}`);
		if (spec.type === 'boolean') {
			known.add(`--no-${name}`);
		}
		if ('shortFlag' in spec) {
			known.add(`-${spec.shortFlag}`);
		}
	}
	const takesValue = new Set<string>();
	for (const [camel, spec] of Object.entries(flagSpec)) {
		const name = camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
		if (spec.type !== 'boolean') {
			takesValue.add(`--${name}`);
			if ('shortFlag' in spec) {
				takesValue.add(`-${spec.shortFlag}`);
			}
		}
	}
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index]!;
		if (arg === '--') {
			return null;
		}
		if (takesValue.has(arg)) {
			index++; // its value may itself start with a dash (`--search -x`)
			continue;
		}
		if (arg.length > 1 && arg.startsWith('-')) {
			const name = arg.split('=')[0]!;
			if (!known.has(name) && !/^-[a-z]{2,}$/.test(name)) {
				return name;
			}
			if (/^-[a-z]{2,}$/.test(name)) {
				for (const letter of name.slice(1)) {
					if (!known.has(`-${letter}`)) {
						return `-${letter}`;
					}
				}
			}
		}
	}
	return null;
}
