/**
 * `node build/generate.js --comments N [--articles N] [--authors N] [--seed N]
 * [--deep N] [--max-depth N] [--indent 2|4|tab] [--out FILE]`: writes a generated
 * corpus to FILE or standard output and prints nothing else. It streams, waiting
 * for 'drain' whenever the stream's buffer is full, so a million comments never
 * sit in memory. Bad arguments: a message on standard error and exit code 2.
 */
import {createWriteStream} from 'node:fs';
import {once} from 'node:events';
import type {Writable} from 'node:stream';
import {generateCorpus, type CorpusOptions} from './generate.js';

const usage = `Usage
  $ node build/generate.js --comments N [options]

Options
  --comments N     exact number of comments (required)
  --articles N     number of articles (default: one per 400 comments, 1 to 200)
  --authors N      size of the author pool (default: one per 8 comments, up to 20,000)
  --seed N         PRNG seed (default 1)
  --deep N         add one reply chain N levels deep (default 0)
  --max-depth N    deepest ordinary reply (default 24)
  --indent STYLE   2, 4 or tab (default 2)
  --out FILE       write to FILE instead of standard output

Examples
  $ node build/generate.js --comments 1000000 --out /tmp/million.txt
  $ node build/generate.js --comments 6000 --deep 5000 --indent tab | comb
`;

const numberFlags: Record<string, Exclude<keyof CorpusOptions, 'indent'>> = {
	'--comments': 'comments',
	'--articles': 'articles',
	'--authors': 'authors',
	'--seed': 'seed',
	'--deep': 'deepChain',
	'--max-depth': 'maxDepth',
};

/** The options and output path named by `args`, or an error message. */
function parseArguments(args: readonly string[]): {options: CorpusOptions; out?: string} | string {
	const options: {-readonly [K in keyof CorpusOptions]?: CorpusOptions[K]} = {};
	let out: string | undefined;
	for (let index = 0; index < args.length; index += 2) {
		const flag = args[index] ?? '';
		const value = args[index + 1];
		if (value === undefined) {
			return `${flag} needs a value`;
		}

		const key = numberFlags[flag];
		if (key !== undefined) {
			if (!/^-?\d+$/.test(value)) {
				return `${flag} needs an integer, got "${value}"`;
			}

			options[key] = Number(value);
		} else if (flag === '--indent') {
			if (value !== '2' && value !== '4' && value !== 'tab') {
				return `--indent must be 2, 4 or tab, got "${value}"`;
			}

			options.indent = value === 'tab' ? 'tab' : (Number(value) as 2 | 4);
		} else if (flag === '--out') {
			out = value;
		} else {
			return `unknown option ${flag}`;
		}
	}

	if (options.comments === undefined) {
		return '--comments is required';
	}

	return {options: {...options, comments: options.comments}, out};
}

/** Writes every chunk, awaiting 'drain' when `write` reports a full buffer. */
async function pipeChunks(chunks: Iterable<string>, stream: Writable): Promise<void> {
	for (const chunk of chunks) {
		if (!stream.write(chunk)) {
			await once(stream, 'drain');
		}
	}
}

async function main(): Promise<number> {
	const args = process.argv.slice(2);
	if (args.includes('--help') || args.includes('-h')) {
		process.stdout.write(usage);
		return 0;
	}

	const parsed = parseArguments(args);
	if (typeof parsed === 'string') {
		process.stderr.write(`generate: ${parsed}\n\n${usage}`);
		return 2;
	}

	let chunks: Iterable<string>;
	try {
		chunks = generateCorpus(parsed.options);
	} catch (error) {
		process.stderr.write(`generate: ${(error as Error).message}\n`);
		return 2;
	}

	if (parsed.out === undefined) {
		// A closed pipe (`| head`) is a normal way to stop reading: end quietly.
		process.stdout.on('error', (error) => {
			process.exit((error as NodeJS.ErrnoException).code === 'EPIPE' ? 0 : 1);
		});
		await pipeChunks(chunks, process.stdout);
		return 0;
	}

	const file = createWriteStream(parsed.out);
	const failed = once(file, 'error').then(([error]) => {
		throw error;
	});
	await Promise.race([pipeChunks(chunks, file), failed]);
	file.end();
	await Promise.race([once(file, 'finish'), failed]);
	return 0;
}

try {
	process.exitCode = await main();
} catch (error) {
	process.stderr.write(`generate: ${(error as Error).message}\n`);
	process.exitCode = 1;
}
