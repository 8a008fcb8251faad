/** The help text, in the Usage / Options / Examples layout, at most 80 columns wide. */
export const helpText = `Usage
  $ comb [options] [path ...]

  A path is a file, a folder (every *.txt below it) or - for standard input.
  With no path and data piped in, comb reads standard input. -- ends options.

Options
  -i, --interactive  Open the explorer (the default on a terminal)
  -p, --print        Print the threads as text (the default when piped)
      --json         Print the articles as JSON
  -s, --search Q     Search the comments: fuzzy, 'exact ^prefix suffix$ !not,
                     a | b for either, @name in authors
  -a, --author A     Only comments by author A, any case (repeat for several)
      --max N        With --search or --author: only the best N matches
  -w, --width N      Wrap printed text to N columns (default: the terminal's)
      --text-width N Explorer text wraps at N columns at most (100; 0: full)
      --no-mouse     In the explorer, leave the mouse to the terminal
      --ascii        Draw with ASCII characters only
      --no-color     No colour (a non-empty NO_COLOR does the same)
      --new          Only the comments not seen before (with --print or --json)
      --mark-read    After printing, count every comment of the inputs as seen
      --starred      Only the starred comments (with --print or --json)
      --no-state     Remember nothing this run (COMB_STATE=off does the same)
      --config-path  Print where the config file is read from, and exit
  -h, --help         Show this help
  -v, --version      Show the version

Examples
  $ comb data/
  $ cat thread.txt | comb
  $ comb --print article.txt | less -R
  $ comb --json data/ | jq '.articles[].title'
  $ comb --print --search "temporary movement" data/
  $ comb --author "John Wallace" data/
  $ comb --print --new --mark-read data/    # what is new since the last run
  $ comb --json --starred data/

Exit codes
  0 done    1 --search or --author matched nothing (when printing)
  2 an input could not be read, or a wrong command line
  130 Ctrl-C    128+n ended by signal n (129 the terminal closed, 143 SIGTERM)
`;

/** The help's Usage section alone: what a bare `comb` on a terminal prints, with why. */
export const usageText = `${helpText.slice(0, helpText.indexOf('\nOptions\n'))}`;
