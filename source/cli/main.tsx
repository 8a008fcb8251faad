import {fstatSync} from 'node:fs';
import {helpText, parseCommandLine} from './flags.js';
import type {Action} from '../explorer/actions.js';
import {jsonChunks} from '../output/json.js';
import {loadInputs} from '../inputs/load-inputs.js';
import {createReadProgress} from '../inputs/read-progress.js';
import {createWaitingNotice, loadNotice, noArticlesMessage} from '../inputs/load-notices.js';
import {isBrokenOutput, writeChunks} from '../output/write-chunks.js';
import {printChunks} from '../output/print-text.js';
import {foldToAscii} from '../text/ascii-fold.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {allowsColor, localeIsUtf8} from '../terminal/capabilities.js';
import {guardExitAfterHangup} from '../terminal/hangup.js';
import {openKeyboard} from '../terminal/keyboard.js';

const version = process.env['COMB_BUILD_VERSION'] ?? '0.0.0';

/**
 * Says a problem on stderr the way every comb message looks: `comb: ...`, one line,
 * sanitized (a message can quote a flag, a path or a value typed by anyone).
 */
function say(message: string): void {
	const line = sanitizeLine(message);
	process.stderr.write(`comb: ${localeIsUtf8() ? line : foldToAscii(line)}\n`);
}

/** Whether file descriptor 0 is a folder (the shell allows `comb < dir`). */
function isFolderOnStdin(): boolean {
	try {
		return fstatSync(0).isDirectory();
	} catch {
		return false;
	}
}

/** Printed text folded to ASCII, chunk by chunk (chunks end between graphemes: at line ends). */
function* foldChunks(chunks: Iterable<string>): Generator<string> {
	for (const chunk of chunks) {
		yield foldToAscii(chunk);
	}
}

async function main(argv: readonly string[]): Promise<number> {
	const command = parseCommandLine(argv);
	if (command.kind === 'help') {
		process.stdout.write(helpText);
		return 0;
	}
	if (command.kind === 'version') {
		process.stdout.write(`${version}\n`);
		return 0;
	}
	if (command.kind === 'error') {
		say(command.message);
		return 2;
	}
	const {flags} = command;
	let paths = [...flags.paths];
	if (paths.length === 0) {
		if (process.stdin.isTTY) {
			process.stderr.write(helpText);
			return 2;
		}
		paths = ['-'];
	}
	const progress = createReadProgress(process.stderr);
	const isStdinFolder = paths.includes('-') && isFolderOnStdin();
	// A silent standard input (or `comb -` on a terminal) says what comb waits for.
	const waiting =
		paths.includes('-') && !isStdinFolder
			? createWaitingNotice(process.stderr, process.stdin.isTTY === true)
			: undefined;
	const loaded = await loadInputs(paths, {
		stdin: process.stdin,
		isStdinFolder,
		onStdinProgress: (bytes, chunk) => {
			waiting?.stop();
			progress.update(bytes, chunk);
		},
	});
	waiting?.stop();
	progress.done();
	for (const warning of loaded.warnings) {
		say(warning);
	}
	for (const error of loaded.errors) {
		say(error);
	}
	const status = loaded.errors.length > 0 ? 2 : 0;
	const query = flags.search === undefined || flags.search.trim() === '' ? undefined : flags.search;
	const authors = flags.author;
	const isFinding = query !== undefined || authors.length > 0;
	const wantsExplorer =
		flags.interactive ||
		(!flags.json && !flags.print && process.stdout.isTTY === true && process.env['TERM'] !== 'dumb');
	if (wantsExplorer && !flags.json && !flags.print) {
		const keyboard = openKeyboard();
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
			const notice = loadNotice([...loaded.errors, ...loaded.warnings]);
			const initial: Action[] = [
				...(authors.length > 0 ? [{type: 'setFilter', authors} as const] : []),
				...(query === undefined ? [] : [{type: 'startSearch', query} as const]),
				...(notice === null ? [] : [{type: 'notify', text: notice} as const]),
			];
			const code = await runExplorer(
				loaded.articles,
				keyboard,
				{color: allowsColor(process.stdout, flags.color), ascii: flags.ascii || !localeIsUtf8()},
				initial,
				[...loaded.errors, ...loaded.warnings],
				{textWidth: flags.textWidth, isMouseOn: flags.mouse},
			);
			// Ink and the keyboard stream hold the event loop open: leave explicitly.
			process.exit(code === 0 ? status : code);
		}
		if (flags.interactive) {
			say(`cannot open the explorer: ${'error' in keyboard ? keyboard.error : 'standard output is not a terminal'}`);
			return 2;
		}
	}
	const width = flags.width ?? (process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 80);
	// Without a UTF-8 locale (or with --ascii) the text goes out as ASCII, data included.
	const ascii = flags.ascii || !localeIsUtf8();
	const printOptions = {width, ascii, color: allowsColor(process.stdout, flags.color)};
	const fold = (chunks: Iterable<string>): Iterable<string> => (ascii ? foldChunks(chunks) : chunks);
	if (isFinding) {
		// Search (fuse.js and its index) loads only when asked for: plain printing stays lean.
		const {findMatches, jsonMatches, printMatches} = await import('./find.js');
		const matches = findMatches(loaded.articles, {query, authors});
		await writeChunks(
			process.stdout,
			flags.json ? jsonMatches(loaded.articles, matches) : fold(printMatches(loaded.articles, matches, printOptions)),
		);
		// Like grep: 1 when nothing matched (unless an input failed, which says 2).
		return status === 2 ? 2 : matches.length === 0 ? 1 : 0;
	}
	await writeChunks(
		process.stdout,
		flags.json ? jsonChunks(loaded.articles) : fold(printChunks(loaded.articles, printOptions)),
	);
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
