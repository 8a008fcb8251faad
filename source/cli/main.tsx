import {fstatSync} from 'node:fs';
import meow from 'meow';
import {findUnknownFlag, flagSpec, helpText} from './flags.js';
import type {Action} from '../explorer/actions.js';
import {jsonChunks} from '../output/json.js';
import {loadInputs} from '../inputs/load-inputs.js';
import {createReadProgress} from '../inputs/read-progress.js';
import {isBrokenOutput, writeChunks} from '../output/write-chunks.js';
import {printChunks} from '../output/print-text.js';
import {allowsColor, localeIsUtf8} from '../terminal/capabilities.js';
import {openKeyboard} from '../terminal/keyboard.js';
import {ConfigError, loadConfig, type Config} from '../config/config.js';
import {putKeysInForce} from '../keys/commands.js';
import {configPath, isStateOff} from '../state/paths.js';
import {keysHelp} from './keys-help.js';
import {openMemory, rememberedOnly} from './remember.js';
import type {Memory} from '../state/memory.js';

const version = process.env['COMB_BUILD_VERSION'] ?? '0.0.0';

/** Says a problem on stderr the way every comb message looks: `comb: ...`. */
function say(message: string): void {
	process.stderr.write(`comb: ${message}\n`);
}

/** Whether file descriptor 0 is a folder (the shell allows `comb < dir`). */
function isFolderOnStdin(): boolean {
	try {
		return fstatSync(0).isDirectory();
	} catch {
		return false;
	}
}

async function main(argv: readonly string[]): Promise<number> {
	const unknown = findUnknownFlag(argv);
	if (unknown !== null) {
		say(`unknown flag ${unknown} (see comb --help)`);
		return 2;
	}
	const configFile = configPath(process.env);
	if (argv.includes('--config-path')) {
		process.stdout.write(`${configFile}\n`);
		return 0;
	}
	let config: Config;
	try {
		config = loadConfig(configFile);
	} catch (error) {
		if (error instanceof ConfigError) {
			for (const problem of error.problems) {
				say(problem);
			}
			return 2;
		}
		throw error;
	}
	putKeysInForce(config.keys);
	const cli = meow(helpText + keysHelp(config.keys, configFile), {
		importMeta: import.meta,
		argv: [...argv],
		flags: flagSpec,
		pkg: {name: 'comb', version, description: 'comb: read the comment threads of scraped news articles'},
		allowUnknownFlags: true,
	});
	const {flags} = cli;
	const defaults = config.options;
	const color = flags.color !== false && defaults.color !== false;
	const ascii = flags.ascii === true || defaults.ascii === true;
	const isStateOn = flags.state !== false && defaults.state !== false && !isStateOff(process.env);
	if (flags.width !== undefined && (!Number.isInteger(flags.width) || flags.width < 20)) {
		say('--width takes a whole number of columns, 20 or more');
		return 2;
	}
	let paths = cli.input;
	if (paths.length === 0) {
		if (process.stdin.isTTY) {
			process.stderr.write(`${cli.help}\n`);
			return 2;
		}
		paths = ['-'];
	}
	const progress = createReadProgress(process.stderr);
	const loaded = await loadInputs(paths, {
		stdin: process.stdin,
		isStdinFolder: paths.includes('-') && isFolderOnStdin(),
		onStdinProgress: progress.update,
	});
	progress.done();
	for (const warning of loaded.warnings) {
		say(warning);
	}
	for (const error of loaded.errors) {
		say(error);
	}
	const status = loaded.errors.length > 0 ? 2 : 0;
	// Warnings of the state store wait while the explorer holds the screen.
	const laterWarnings: string[] = [];
	let isHoldingWarnings = false;
	const warn = (message: string) => (isHoldingWarnings ? laterWarnings.push(message) : say(message));
	const wantsExplorer =
		flags.interactive === true ||
		(!flags.json && !flags.print && process.stdout.isTTY === true && process.env['TERM'] !== 'dumb');
	const needsMemory = wantsExplorer || flags.new === true || flags.starred === true || flags.markRead === true;
	const memory: Memory | null = isStateOn && needsMemory ? openMemory(loaded.articles, paths, process.env, warn) : null;
	if (memory !== null) {
		process.on('exit', () => {
			memory.save();
			for (const message of laterWarnings) {
				say(message);
			}
		});
	}
	const query = flags.search === undefined || flags.search.trim() === '' ? undefined : flags.search;
	const authors = flags.author ?? [];
	const isFinding = query !== undefined || authors.length > 0;
	if (wantsExplorer && !flags.json && !flags.print) {
		const keyboard = openKeyboard();
		if ('stream' in keyboard && process.stdout.isTTY) {
			if (loaded.articles.length === 0) {
				say('no articles in the input');
				return status;
			}
			// Ink's layout engine (yoga) fetches its WebAssembly from a data: URL when `fetch`
			// exists, which loads Node's whole HTTP client (undici) at start-up; without it, it
			// decodes the same bytes directly. comb never fetches anything, so it goes.
			Reflect.deleteProperty(globalThis, 'fetch');
			const {runExplorer} = await import('../ui/run-explorer.js');
			isHoldingWarnings = true;
			const resumed = memory?.resume() ?? null;
			const initial: Action[] = [
				...(resumed === null || isFinding ? [] : [{type: 'resume', ...resumed} as const]),
				...(authors.length > 0 ? [{type: 'setFilter', authors} as const] : []),
				...(query === undefined ? [] : [{type: 'startSearch', query} as const]),
			];
			const code = await runExplorer(
				loaded.articles,
				keyboard,
				{color: allowsColor(process.stdout, color), ascii: ascii || !localeIsUtf8(), colors: config.colors},
				initial,
				memory,
				config.keys,
			);
			// Ink and the keyboard stream hold the event loop open: leave explicitly.
			process.exit(code === 0 ? status : code);
		}
		if (flags.interactive === true) {
			say(`cannot open the explorer: ${'error' in keyboard ? keyboard.error : 'standard output is not a terminal'}`);
			return 2;
		}
	}
	const width =
		flags.width ?? defaults.width ?? (process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 80);
	const printOptions = {width, ascii, color: allowsColor(process.stdout, color)};
	const articles =
		flags.new === true || flags.starred === true
			? rememberedOnly(loaded.articles, memory, {isNew: flags.new === true, isStarred: flags.starred === true})
			: loaded.articles;
	if (flags.markRead === true && memory !== null) {
		// After the output is written (the exit handler saves): what was printed counts as read.
		loaded.articles.forEach((_, index) => memory.markArticleRead(index));
	}
	if (isFinding) {
		// Search (fuse.js and its index) loads only when asked for: plain printing stays lean.
		const {findMatches, jsonMatches, printMatches} = await import('./find.js');
		const matches = findMatches(articles, {query, authors});
		await writeChunks(
			process.stdout,
			flags.json ? jsonMatches(articles, matches) : printMatches(articles, matches, printOptions),
		);
		// Like grep: 1 when nothing matched (unless an input failed, which says 2).
		return status === 2 ? 2 : matches.length === 0 ? 1 : 0;
	}
	await writeChunks(process.stdout, flags.json ? jsonChunks(articles) : printChunks(articles, printOptions));
	return status;
}

process.stdout.on('error', (error) => {
	if (isBrokenOutput(error)) {
		process.exit(0);
	}
});

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		say(error instanceof Error ? error.message : String(error));
		if (process.env['COMB_DEBUG'] && error instanceof Error) {
			process.stderr.write(`${error.stack}\n`);
		}
		process.exitCode = 2;
	},
);
