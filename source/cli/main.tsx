import {parseCommandLine} from './flags.js';
import {helpText, usageText} from './help-text.js';
import type {Action} from '../explorer/actions.js';
import type {Article} from '../model/types.js';
import {jsonChunks} from '../output/json.js';
import {loadInputs} from '../inputs/load-inputs.js';
import {isFolderOnStdin, regularFileSize} from '../inputs/stdin-kind.js';
import {createReadProgress} from '../inputs/read-progress.js';
import {createWaitingNotice, loadNotice, noArticlesMessage} from '../inputs/load-notices.js';
import {isBrokenOutput, writeChunks} from '../output/write-chunks.js';
import {printChunks} from '../output/print-text.js';
import {foldToAscii} from '../text/ascii-fold.js';
import {formatCount} from '../text/format-count.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {allowsColor, localeIsUtf8} from '../terminal/capabilities.js';
import {guardExitAfterHangup} from '../terminal/hangup.js';
import {openKeyboard} from '../terminal/keyboard.js';
import {startLoadingSession} from './loading-session.js';
import {ConfigError, loadConfig, type Config} from '../config/config.js';
import {putKeysInForce} from '../keys/commands.js';
import {configPath, isStateOff} from '../state/paths.js';
import type {Memory} from '../state/memory.js';
import {keysHelp} from './keys-help.js';
import {openMemory, rememberedOnly} from './remember.js';

const version = process.env['COMB_BUILD_VERSION'] ?? '0.0.0';

/**
 * Says a problem on stderr the way every comb message looks: `comb: ...`, one line,
 * sanitized (a message can quote a flag, a path or a value typed by anyone).
 */
function say(message: string): void {
	const line = sanitizeLine(message);
	process.stderr.write(`comb: ${localeIsUtf8() ? line : foldToAscii(line)}\n`);
}

/** Printed text folded to ASCII, chunk by chunk (chunks end between graphemes: at line ends). */
function* foldChunks(chunks: Iterable<string>): Generator<string> {
	for (const chunk of chunks) {
		yield foldToAscii(chunk);
	}
}

async function main(argv: readonly string[]): Promise<number> {
	const command = parseCommandLine(argv);
	if (command.kind === 'version') {
		process.stdout.write(`${version}\n`);
		return 0;
	}
	if (command.kind === 'error') {
		say(command.message);
		return 2;
	}
	const configFile = configPath(process.env);
	if (command.kind === 'run' && command.flags.configPath) {
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
	// The help lists the keys in force, so it comes after the config is read.
	const help = helpText + keysHelp(config.keys, configFile);
	if (command.kind === 'help') {
		process.stdout.write(help);
		return 0;
	}
	const {flags} = command;
	const defaults = config.options;
	const isColorWanted = flags.color && defaults.color !== false;
	const isAsciiWanted = flags.ascii || defaults.ascii === true;
	const isStateOn = flags.state && defaults.state !== false && !isStateOff(process.env);
	let paths = [...flags.paths];
	if (paths.length === 0) {
		if (process.stdin.isTTY) {
			// Short, so the reason and the way on fit the screen (the whole help is 76 lines).
			process.stderr.write(
				`${usageText}\ncomb: nothing to read: name a file or folder, or pipe text in (comb --help)\n`,
			);
			return 2;
		}
		paths = ['-'];
	}
	const isStdinFolder = paths.includes('-') && isFolderOnStdin();
	const wantsExplorer =
		flags.interactive ||
		(!flags.json && !flags.print && process.stdout.isTTY === true && process.env['TERM'] !== 'dumb');
	const isAsciiOut = isAsciiWanted || !localeIsUtf8();
	// The explorer's keyboard is opened before loading: the loading screen holds the keys
	// typed meanwhile (not when the data itself is typed at the terminal: `comb -`).
	const isTypingData = paths.includes('-') && !isStdinFolder && process.stdin.isTTY === true;
	let keyboard = wantsExplorer && !flags.json && !flags.print ? openKeyboard() : undefined;
	const loading =
		keyboard !== undefined && 'stream' in keyboard && process.stdout.isTTY && !isTypingData
			? startLoadingSession(keyboard, process.stdout, {ascii: isAsciiOut})
			: undefined;
	// Without a loading screen, progress and waiting are lines on stderr.
	const progress = loading === undefined ? createReadProgress(process.stderr) : undefined;
	// A silent standard input (or `comb -` on a terminal) says what comb waits for.
	const waiting =
		loading === undefined && paths.includes('-') && !isStdinFolder
			? createWaitingNotice(process.stderr, process.stdin.isTTY === true)
			: undefined;
	const loaded = await loadInputs(paths, {
		stdin: process.stdin,
		isStdinFolder,
		onStdinProgress: (bytes, chunk) => {
			waiting?.stop();
			progress?.update(bytes, chunk);
		},
		onProgress: loading?.update,
		stdinSize: regularFileSize(0),
	});
	waiting?.stop();
	progress?.done();
	if (isTypingData && keyboard !== undefined) {
		keyboard = openKeyboard({isStdinSpent: true});
	}
	// The loading screen is left unless the explorer opens: what follows is said on the main screen.
	const isOpening = loading !== undefined && loaded.articles.length > 0;
	if (!isOpening) {
		loading?.end();
	}
	// What is said on stderr waits for the end of the explorer when it opens (its screen would hide it).
	const held: string[] = [];
	const tell = (message: string): void => {
		if (isOpening) {
			held.push(message);
		} else {
			say(message);
		}
	};
	[...loaded.warnings, ...loaded.errors].forEach(tell);
	const status = loaded.errors.length > 0 ? 2 : 0;
	// Warnings of the state store wait while the explorer holds the screen.
	const laterWarnings: string[] = [];
	let isHoldingWarnings = false;
	const warn = (message: string) => (isHoldingWarnings ? laterWarnings.push(message) : say(message));
	const query = flags.search === undefined || flags.search.trim() === '' ? undefined : flags.search;
	let authors = [...flags.author];
	const isFinding = query !== undefined || authors.length > 0;
	if (authors.length > 0) {
		const resolved = await resolveNames(loaded.articles, authors);
		for (const {name, closest} of resolved.missing) {
			const hint = closest.length === 0 ? '' : `; closest: ${closest.map((other) => `"${other}"`).join(', ')}`;
			tell(`no comment by "${name}"${hint}`);
		}
		if (resolved.names.length === 0) {
			loading?.end();
			held.forEach(say);
			return status === 2 ? 2 : 1;
		}
		authors = [...resolved.names];
	}
	const needsMemory = wantsExplorer || flags.new || flags.starred || flags.markRead;
	const memory: Memory | null = isStateOn && needsMemory ? openMemory(loaded.articles, paths, process.env, warn) : null;
	if (memory !== null) {
		process.on('exit', () => {
			memory.save();
			for (const message of laterWarnings) {
				say(message);
			}
		});
	}
	if (keyboard !== undefined) {
		if ('stream' in keyboard && process.stdout.isTTY) {
			if (loaded.articles.length === 0) {
				say(noArticlesMessage(paths));
				return status;
			}
			// Ink's layout engine (yoga) fetches its WebAssembly from a data: URL when `fetch`
			// exists, which loads Node's whole HTTP client (undici) at start-up; without it, it
			// decodes the same bytes directly. comb never fetches anything, so it goes.
			Reflect.deleteProperty(globalThis, 'fetch');
			const {runExplorer} = await import('../ui/run-explorer.js');
			isHoldingWarnings = true;
			const resumed = memory?.resume() ?? null;
			const notice = loadNotice([...loaded.errors, ...loaded.warnings]);
			const initial: Action[] = [
				...(resumed === null || isFinding ? [] : [{type: 'resume', ...resumed} as const]),
				...(authors.length > 0 ? [{type: 'setFilter', authors} as const] : []),
				...(query === undefined ? [] : [{type: 'startSearch', query} as const]),
				...(notice === null ? [] : [{type: 'notify', text: notice} as const]),
			];
			const code = await runExplorer(
				loaded.articles,
				keyboard,
				{
					color: allowsColor(process.stdout, isColorWanted),
					ascii: isAsciiWanted || !localeIsUtf8(),
					colors: config.colors,
				},
				initial,
				memory,
				config.keys,
				[...loaded.errors, ...loaded.warnings],
				{
					textWidth: flags.textWidth ?? defaults.textWidth,
					isMouseOn: flags.mouse && defaults.mouse !== false,
					typedAhead: loading?.handOver() ?? [],
				},
			);
			held.forEach(say);
			// Ink and the keyboard stream hold the event loop open: leave explicitly.
			process.exit(code === 0 ? status : code);
		}
		if (flags.interactive) {
			say(`cannot open the explorer: ${'error' in keyboard ? keyboard.error : 'standard output is not a terminal'}`);
			return 2;
		}
	}
	const width =
		flags.width ?? defaults.width ?? (process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 80);
	// Without a UTF-8 locale (or with --ascii) the text goes out as ASCII, data included.
	const ascii = isAsciiWanted || !localeIsUtf8();
	const printOptions = {width, ascii, color: allowsColor(process.stdout, isColorWanted)};
	const articles =
		flags.new || flags.starred
			? rememberedOnly(loaded.articles, memory, {isNew: flags.new, isStarred: flags.starred})
			: loaded.articles;
	if (flags.markRead && memory !== null) {
		// After the output is written (the exit handler saves): what was printed counts as read.
		loaded.articles.forEach((_, index) => memory.markArticleRead(index));
	}
	const fold = (chunks: Iterable<string>): Iterable<string> => (ascii ? foldChunks(chunks) : chunks);
	if (isFinding) {
		// Search (the engine and its index) loads only when asked for: plain printing stays lean.
		const {findMatches, jsonMatches, printMatches} = await import('./find.js');
		const {matches, total} = findMatches(articles, {query, authors, max: flags.max});
		if (matches.length < total) {
			say(`showing the best ${formatCount(matches.length)} of ${formatCount(total)} matches (--max)`);
		}
		await writeChunks(
			process.stdout,
			flags.json ? jsonMatches(articles, matches) : fold(printMatches(articles, matches, printOptions)),
		);
		// Like grep: 1 when nothing matched (unless an input failed, which says 2).
		return status === 2 ? 2 : matches.length === 0 ? 1 : 0;
	}
	await writeChunks(process.stdout, flags.json ? jsonChunks(articles) : fold(printChunks(articles, printOptions)));
	return status;
}

guardExitAfterHangup();

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
			process.stderr.write(`${sanitizeText(String(error.stack))}\n`);
		}
		process.exitCode = 2;
	},
);

/** `--author` names resolved against the corpus (any case), with the closest names for those no one has. */
async function resolveNames(articles: readonly Article[], wanted: readonly string[]) {
	const {resolveAuthors} = await import('./find.js');
	const names = new Set<string>();
	for (const {thread} of articles) {
		for (let row = 0; row < thread.size; row++) {
			names.add(thread.author[row]!);
		}
	}
	return resolveAuthors([...names], wanted);
}
