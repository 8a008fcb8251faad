import {createAuthorPool} from './authors.js';
import {articleHead} from './head.js';
import {createLayout, type IndentStyle} from './layout.js';
import {chance, createRandom, randomInt} from './random.js';
import {splitCount} from './shape.js';
import {threadPieces, type ThreadPlan} from './thread.js';
import {createZipfSampler} from './zipf.js';

export type {IndentStyle} from './layout.js';

/** What to generate. Only `comments` is required; every default is derived from it. */
export interface CorpusOptions {
	/** Exact number of comments in the whole stream, a non-negative integer. */
	readonly comments: number;
	/**
	 * Number of articles the comments are spread over, unevenly. An integer >= 1
	 * (0 only with 0 comments, for an empty stream). Default: one per 400 comments,
	 * between 1 and 200.
	 */
	readonly articles?: number;
	/** Size of the author pool, drawn Zipf-like. Default: one per 8 comments, between 1 and 20,000. */
	readonly authors?: number;
	/** Seed of the PRNG: the same options always give the same text. Default 1. */
	readonly seed?: number;
	/** Deepest nesting of ordinary replies (0: top-level comments only). Default 24. */
	readonly maxDepth?: number;
	/**
	 * Length of one extra chain of replies, each answering the one before, placed in
	 * the first article and not bound by `maxDepth`: its last comment is at depth
	 * `deepChain - 1`. Counted in `comments` (cut to fit). Default 0: none.
	 */
	readonly deepChain?: number;
	/** Indentation of one level: 2 or 4 spaces, or a tab. Default 2. */
	readonly indent?: IndentStyle;
}

/** Output is handed out in chunks of about this many UTF-16 units. */
const chunkSize = 1 << 16;

/**
 * Streams a corpus in the thread format of docs/FORMAT.md, in chunks of about 64 K
 * characters: memory stays flat whatever `comments` is. Pure and deterministic:
 * the text depends on the options only. It holds exactly `options.comments`
 * comment headers; every other bullet line is article body (unindented, or in a
 * single-spaced list). An article that ends with no comment is followed by a
 * form-feed line, since only a comment lets an unindented line open a new article.
 * Throws a RangeError on invalid options, at the call, before any output.
 */
export function generateCorpus(options: CorpusOptions): Generator<string, void, undefined> {
	const settings = resolveOptions(options);
	return emit(settings);
}

/** The whole corpus as one string: `generateCorpus` joined, for small corpora and tests. */
export function generateCorpusText(options: CorpusOptions): string {
	let text = '';
	for (const chunk of generateCorpus(options)) {
		text += chunk;
	}

	return text;
}

type Settings = Required<CorpusOptions>;

function* emit(settings: Settings): Generator<string, void, undefined> {
	const random = createRandom(settings.seed);
	const pool = createAuthorPool(random, settings.authors);
	const rank = createZipfSampler(random, pool.length, 1);
	const drawAuthor = (): string => (chance(random, 0.003) ? '' : (pool[rank()] ?? ''));
	const layout = createLayout(settings.indent);
	const chainLength = Math.min(settings.deepChain, settings.comments);
	const counts = splitCount(random, settings.comments - chainLength, settings.articles);
	let buffer = '';
	for (const [index, count] of counts.entries()) {
		if (index > 0 && (counts[index - 1] === 0 || chance(random, 0.2))) {
			buffer += '\f\n\n';
		}

		buffer += articleHead(random);
		const plan: ThreadPlan = {
			comments: count + (index === 0 ? chainLength : 0),
			chainLength: index === 0 ? chainLength : 0,
			chainAt: index === 0 ? randomInt(random, 0, count) : 0,
			maxDepth: settings.maxDepth,
		};
		for (const piece of threadPieces(plan, {random, layout, drawAuthor})) {
			buffer += piece;
			if (buffer.length >= chunkSize) {
				yield buffer;
				buffer = '';
			}
		}
	}

	if (buffer !== '') {
		yield buffer;
	}
}

function resolveOptions(options: CorpusOptions): Settings {
	const comments = integer('comments', options.comments, 0);
	const settings: Settings = {
		comments,
		articles: integer('articles', options.articles ?? clamp(Math.ceil(comments / 400), 1, 200), comments === 0 ? 0 : 1),
		authors: integer('authors', options.authors ?? clamp(Math.ceil(comments / 8), 1, 20_000), 1),
		seed: integer('seed', options.seed ?? 1, Number.MIN_SAFE_INTEGER),
		maxDepth: integer('maxDepth', options.maxDepth ?? 24, 0),
		deepChain: integer('deepChain', options.deepChain ?? 0, 0),
		indent: options.indent ?? 2,
	};
	if (settings.indent !== 2 && settings.indent !== 4 && settings.indent !== 'tab') {
		throw new RangeError(`indent must be 2, 4 or 'tab', got ${String(settings.indent)}`);
	}

	return settings;
}

function integer(name: string, value: number, min: number): number {
	if (!Number.isSafeInteger(value) || value < min) {
		throw new RangeError(`${name} must be an integer >= ${min}, got ${value}`);
	}

	return value;
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}
