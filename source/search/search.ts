import Fuse, {type Expression, type IFuseOptions} from 'fuse.js';
import {foldCase, fuzzyThreshold, isInverse, parseQuery, termHolds, type Query, type Term} from './query.js';
import {locateDoc, planTerm, type Plan, type SearchIndex} from './search-index.js';

/** Where to search: one article (its index in `index.articles`) or every article. */
export type SearchScope = {readonly article: number} | 'all';

/** A range of UTF-16 units, end exclusive, into the original (unfolded) string. */
export type Range = readonly [start: number, end: number];

/** What to search and how much to return. */
export interface SearchOptions {
	readonly scope: SearchScope;
	/** Most matches returned, best first. Default 1,000. */
	readonly limit?: number;
	/** Most candidates of a fuzzy group scored by fuse.js (the best by prefilter rank). Default 1,000. */
	readonly maxScored?: number;
	/** Work between two yields of `searchInSteps`, in ms. Default 5. */
	readonly stepMs?: number;
}

/** One matching comment, with the ranges to highlight in its text and author. */
export interface SearchMatch {
	readonly article: number;
	readonly row: number;
	/** Fuse's score, 0 best, 1 worst; 0 for a group with no fuzzy term (nothing to rank). */
	readonly score: number;
	readonly textRanges: readonly Range[];
	readonly authorRanges: readonly Range[];
}

/** The matches best first (ties by article, then row) and how many there are in all. */
export interface SearchResult {
	readonly matches: readonly SearchMatch[];
	/** Matching comments; for a fuzzy group with more than `maxScored` candidates, its unscored candidates count as matches. */
	readonly total: number;
	/** Whether `total` is exact (every candidate was checked). */
	readonly isTotalExact: boolean;
}

/** Reported between two steps of `searchInSteps`: the phase the search is in. */
export interface SearchProgress {
	readonly phase: 'match' | 'verify' | 'score';
}

/** The document shape handed to fuse.js: folded text and author. */
export interface FuseDoc {
	readonly text: string;
	readonly author: string;
}

/**
 * The fuse.js options, shared with the benchmark's plain fuse.js baseline: the author
 * weighs twice the text (a name match is deliberate), `ignoreLocation` (a word counts
 * wherever it is), `threshold` one edit in four units. Fields arrive folded, hence case-sensitive.
 */
export const fuseOptions: IFuseOptions<FuseDoc> = {
	keys: [
		{name: 'text', weight: 1},
		{name: 'author', weight: 2},
	],
	includeScore: true,
	includeMatches: true,
	ignoreLocation: true,
	threshold: fuzzyThreshold,
	isCaseSensitive: true,
};

const noResult: SearchResult = {matches: [], total: 0, isTotalExact: true};

/** Runs a search to the end: `searchInSteps` without the pauses. */
export function search(index: SearchIndex, query: string | Query, options: SearchOptions): SearchResult {
	const steps = searchInSteps(index, query, {...options, stepMs: Infinity});
	for (;;) {
		const step = steps.next();
		if (step.done === true) {
			return step.value;
		}
	}
}

/**
 * Runs a search in steps of about `stepMs` of work; the generator returns the result.
 * Dropping the generator (or calling `return()`) abandons the search: all its state is
 * its own, so a search overtaken by the next key costs nothing more. Same query, same
 * result. Per group (an AND of terms): the index selects the candidates of each term
 * (exactly for word terms, a superset for terms with punctuation, which are then checked
 * on the text); the candidates of a group with fuzzy terms are ranked by how closely they
 * matched in the index (edits, author before text) and length, and the best `maxScored`
 * are scored by fuse.js. Groups are merged by best score.
 */
export function* searchInSteps(
	index: SearchIndex,
	query: string | Query,
	options: SearchOptions,
): Generator<SearchProgress, SearchResult, void> {
	const {groups} = typeof query === 'string' ? parseQuery(query) : query;
	const {scope, limit = 1000, maxScored = 1000, stepMs = 5} = options;
	const low = scope === 'all' ? 0 : index.articleStart[scope.article];
	const high = scope === 'all' ? index.size : index.articleStart[scope.article + 1];
	if (groups.length === 0 || low === undefined || high === undefined) {
		return noResult;
	}
	const context: Context = {index, low, high, clock: new Clock(stepMs)};
	const outcomes: GroupOutcome[] = [];
	for (const group of groups) {
		outcomes.push(yield* runGroup(context, group, Math.max(maxScored, limit)));
	}
	return merge(context, outcomes, limit);
}

/**
 * `searchInSteps` driven by the event loop, one step per turn (`setImmediate`), so keys
 * are handled between steps. Resolves to undefined once `signal` is aborted.
 */
export async function searchAsync(
	index: SearchIndex,
	query: string | Query,
	options: SearchOptions & {readonly signal?: AbortSignal},
): Promise<SearchResult | undefined> {
	const steps = searchInSteps(index, query, options);
	for (;;) {
		if (options.signal?.aborted === true) {
			steps.return(noResult);
			return undefined;
		}
		const step = steps.next();
		if (step.done === true) {
			return step.value;
		}
		await new Promise((resolve) => setImmediate(resolve));
	}
}

/** The index, the scope's comments `[low, high)` and the step clock. */
interface Context {
	readonly index: SearchIndex;
	readonly low: number;
	readonly high: number;
	readonly clock: Clock;
}

/** A group's matches: every one (no fuzzy term) or the fuse-scored ones. */
interface GroupOutcome {
	readonly group: readonly Term[];
	readonly docs: Int32Array;
	readonly scored: Scored | null;
	/** Candidates left unscored (beyond `maxScored`). */
	readonly unscored: number;
}

/**
 * Runs one group. Generators cannot be optimised while they run (no on-stack replacement),
 * so every loop over comments lives in a plain function that handles one slice
 * (`sliceSize` comments) and the generator only strings the slices together and pauses.
 */
function* runGroup(
	context: Context,
	group: readonly Term[],
	maxScored: number,
): Generator<SearchProgress, GroupOutcome, void> {
	const {index, low, high} = context;
	const plans = group.map((term) => planTerm(index, term));
	const positive = plans.filter((plan) => !isInverse(plan.term.kind));
	const marks: Marks = {
		count: new Uint16Array(high - low),
		tier: new Uint8Array(high - low),
		low,
		high,
		step: 0,
		add: 0,
	};
	for (const plan of [...positive, ...plans.filter((plan) => isInverse(plan.term.kind))]) {
		for (const source of plan.sources) {
			marks.add = isInverse(plan.term.kind) ? 0 : source.tier;
			if ('word' in source) {
				const list = index.postings[source.word]!;
				for (const cursor = {at: 0, doc: -1}; cursor.at < list.length; ) {
					markPostings(list, cursor, marks);
					yield* pause(context, 'match');
				}
			} else {
				for (let from = low; from < high; from += sliceSize) {
					markTested(source.test, from, Math.min(high, from + sliceSize), marks);
					yield* pause(context, 'match');
				}
			}
		}
		marks.step = Math.min(marks.step + 1, positive.length);
	}
	let docs = collect(marks, positive.length);
	const checks = plans.filter((plan) => plan.verify);
	if (checks.length > 0) {
		let kept = 0;
		for (let from = 0; from < docs.length; from += sliceSize >> 4) {
			kept = verifySlice(index, docs, from, Math.min(docs.length, from + (sliceSize >> 4)), kept, checks);
			yield* pause(context, 'verify');
		}
		docs = docs.subarray(0, kept);
	}
	if (!group.some((term) => term.kind === 'fuzzy')) {
		return {group, docs, scored: null, unscored: 0};
	}
	const best = bestCandidates(
		docs,
		(doc) => (Math.min(marks.tier[doc - low]!, 15) << 12) | Math.min(index.tokenCount[doc]!, 4095),
		maxScored,
	);
	// A term that matches no author is not looked for in authors (a bitap run per comment saved).
	const leaf = ({term, authors}: Plan): Expression =>
		term.field === 'author'
			? {author: term.text}
			: authors.every((tier) => tier === 0)
				? {text: term.text}
				: {$or: [{text: term.text}, {author: term.text}]};
	const expression: Expression = {$and: positive.filter((plan) => plan.term.kind === 'fuzzy').map(leaf)};
	const scored: Scored = new Map();
	for (let start = 0; start < best.length; start += 128) {
		scoreChunk(index, best.subarray(start, start + 128), expression, scored);
		yield* pause(context, 'score');
	}
	return {group, docs, scored, unscored: docs.length - best.length};
}

/** Comments per slice of work between two looks at the clock. */
const sliceSize = 1 << 16;

/** Yields when the step's time is up; the clock restarts when the caller resumes. */
function* pause(context: Context, phase: SearchProgress['phase']): Generator<SearchProgress, void, void> {
	if (context.clock.isDue) {
		yield {phase};
		context.clock.restart();
	}
}

/**
 * The running count of each comment of the scope: how many positive terms it met (terms
 * are applied in turn, and term `step` only advances comments at `step`), or one more
 * than all of them once an inverse term has excluded it; `tier` sums how closely.
 */
interface Marks {
	readonly count: Uint16Array;
	readonly tier: Uint8Array;
	readonly low: number;
	readonly high: number;
	step: number;
	add: number;
}

/** Advances the comments of one slice of a posting list; `cursor` is where the list resumes. */
function markPostings(list: Uint8Array, cursor: {at: number; doc: number}, marks: Marks): void {
	const {count, tier, low, high, step, add} = marks;
	let {at, doc} = cursor;
	for (let seen = 0; at < list.length && seen < sliceSize; seen++) {
		let gap = 0;
		let shift = 0;
		let byte: number;
		do {
			byte = list[at++]!;
			gap |= (byte & 0x7f) << shift;
			shift += 7;
		} while (byte >= 0x80);
		doc += gap;
		if (doc >= high) {
			at = list.length;
		} else if (doc >= low && count[doc - low] === step) {
			count[doc - low] = step + 1;
			tier[doc - low] = Math.min(255, tier[doc - low]! + add);
		}
	}
	cursor.at = at;
	cursor.doc = doc;
}

/** Advances the comments `[from, to)` that pass `test`. */
function markTested(test: (doc: number) => boolean, from: number, to: number, marks: Marks): void {
	const {count, tier, low, step, add} = marks;
	for (let doc = from; doc < to; doc++) {
		if (count[doc - low] === step && test(doc)) {
			count[doc - low] = step + 1;
			tier[doc - low] = Math.min(255, tier[doc - low]! + add);
		}
	}
}

/** The comments that met all `positive` terms and no inverse one, ascending. */
function collect(marks: Marks, positive: number): Int32Array {
	const {count, low} = marks;
	const docs = new Int32Array(count.length);
	let found = 0;
	for (let at = 0; at < count.length; at++) {
		if (count[at] === positive) {
			docs[found++] = low + at;
		}
	}
	return docs.subarray(0, found);
}

/** Keeps (compacting to `kept`) the comments of `docs[from, to)` that pass the text checks. */
function verifySlice(
	index: SearchIndex,
	docs: Int32Array,
	from: number,
	to: number,
	kept: number,
	checks: readonly Plan[],
): number {
	for (let at = from; at < to; at++) {
		const doc = docs[at]!;
		const original = index.text[doc]!;
		let folded: string | undefined;
		const author = index.authorOf[doc]!;
		const isKept = checks.every(({term, authors}) => {
			if (!isInverse(term.kind) && authors[author] !== 0) {
				return true;
			}
			const {kind, text} = term;
			const start = kind.endsWith('prefix') ? 0 : original.length - text.length;
			const end = start + text.length;
			// An anchored term needs only its slice folded, unless the slice would split a surrogate pair.
			const isSlice = kind.endsWith('prefix') || kind.endsWith('suffix');
			let holds: boolean;
			if (isSlice && (start < 0 || !isSplit(original, start, end))) {
				holds = start >= 0 && foldCase(original.slice(start, end)) === text;
			} else {
				folded ??= foldCase(original);
				holds = termHolds(kind, text, folded);
			}
			return holds !== isInverse(kind);
		});
		if (isKept) {
			docs[kept++] = doc;
		}
	}
	return kept;
}

/** Whether `[start, end)` starts or ends inside a surrogate pair of `text`. */
function isSplit(text: string, start: number, end: number): boolean {
	const first = text.charCodeAt(start);
	const last = text.charCodeAt(end - 1);
	return (first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff);
}

/** Fuse's verdicts on some candidates: score and ranges per comment. */
type Scored = Map<number, {score: number; ranges: Ranges}>;

/** Scores a chunk of candidates with fuse.js (each score depends on its comment only). */
function scoreChunk(index: SearchIndex, chunk: Int32Array, expression: Expression, scored: Scored): void {
	const docs = Array.from(chunk, (doc) => ({
		text: foldCase(index.text[doc]!),
		author: index.authors[index.authorOf[doc]!]!,
	}));
	for (const result of new Fuse(docs, fuseOptions).search(expression)) {
		const ranges: Ranges = {text: [], author: []};
		for (const match of result.matches ?? []) {
			const into = match.key === 'author' ? ranges.author : ranges.text;
			for (const [first, last] of match.indices) {
				into.push([first, last + 1]);
			}
		}
		scored.set(chunk[result.refIndex]!, {score: result.score ?? 1, ranges});
	}
}

/** The `max` docs with the lowest keys (keys < 65,536), ties by doc, in doc order. */
function bestCandidates(docs: Int32Array, key: (doc: number) => number, max: number): Int32Array {
	if (docs.length <= max) {
		return docs;
	}
	const histogram = new Uint32Array(1 << 16);
	for (const doc of docs) {
		histogram[key(doc)]!++;
	}
	let cut = 0;
	let below = 0;
	while (below + histogram[cut]! < max) {
		below += histogram[cut++]!;
	}
	let quota = max - below;
	const best = new Int32Array(max);
	let size = 0;
	for (const doc of docs) {
		const value = key(doc);
		if (value < cut || (value === cut && quota-- > 0)) {
			best[size++] = doc;
		}
	}
	return best;
}

/** Highlight ranges of one comment, per field. */
interface Ranges {
	text: Array<[number, number]>;
	author: Array<[number, number]>;
}

/** Orders the groups' matches (unranked groups first, then by score, ties by doc) and adds ranges. */
function merge(context: Context, outcomes: readonly GroupOutcome[], limit: number): SearchResult {
	const {index, low, high} = context;
	const isExact = new Uint8Array(high - low);
	let total = 0;
	let isTotalExact = true;
	const scores = new Map<number, number>();
	for (const outcome of outcomes) {
		for (const doc of outcome.scored === null ? outcome.docs : []) {
			total += isExact[doc - low] === 0 ? 1 : 0;
			isExact[doc - low] = 1;
		}
		total += outcome.unscored;
		isTotalExact &&= outcome.unscored === 0;
	}
	for (const outcome of outcomes) {
		for (const [doc, {score}] of outcome.scored ?? []) {
			if (isExact[doc - low] === 0) {
				total += scores.has(doc) ? 0 : 1;
				scores.set(doc, Math.min(score, scores.get(doc) ?? 1));
			}
		}
	}
	const order: Array<[doc: number, score: number]> = [];
	for (let doc = low; doc < high && order.length < limit; doc++) {
		if (isExact[doc - low] === 1) {
			order.push([doc, 0]);
		}
	}
	const ranked = [...scores].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
	order.push(...ranked.slice(0, Math.max(0, limit - order.length)));
	const matches = order.map(([doc, score]): SearchMatch => {
		const ranges = rangesOf(index, doc, outcomes);
		return {...locateDoc(index, doc), score, textRanges: ranges.text, authorRanges: ranges.author};
	});
	return {matches, total, isTotalExact};
}

/** The ranges every group that matched `doc` contributes, merged and sorted. */
function rangesOf(
	index: SearchIndex,
	doc: number,
	outcomes: readonly GroupOutcome[],
): {text: Range[]; author: Range[]} {
	const text = foldCase(index.text[doc]!);
	const author = index.authors[index.authorOf[doc]!]!;
	const ranges: Ranges = {text: [], author: []};
	for (const {group, scored} of outcomes) {
		const hit = scored?.get(doc);
		if (scored === null ? !groupHolds(group, text, author) : hit === undefined) {
			continue;
		}
		ranges.text.push(...(hit?.ranges.text ?? []));
		ranges.author.push(...(hit?.ranges.author ?? []));
		for (const term of group) {
			if (term.kind !== 'fuzzy' && !isInverse(term.kind)) {
				if (term.field === 'any') {
					occurrences(term, text, ranges.text);
				}
				occurrences(term, author, ranges.author);
			}
		}
	}
	return {text: mergeRanges(ranges.text), author: mergeRanges(ranges.author)};
}

/** Whether every term of a group without fuzzy terms holds for these folded fields. */
function groupHolds(group: readonly Term[], text: string, author: string): boolean {
	return group.every(({kind, field, text: value}) => {
		const holds = termHolds(kind, value, author) || (field === 'any' && termHolds(kind, value, text));
		return isInverse(kind) !== holds;
	});
}

/** Appends where an exact, prefix or suffix term occurs in `field` (overlapping occurrences too). */
function occurrences(term: Term, field: string, into: Array<[number, number]>): void {
	const {kind, text} = term;
	if (kind === 'prefix' || kind === 'suffix') {
		if (termHolds(kind, text, field)) {
			const start = kind === 'prefix' ? 0 : field.length - text.length;
			into.push([start, start + text.length]);
		}
		return;
	}
	for (let at = field.indexOf(text); at >= 0; at = field.indexOf(text, at + 1)) {
		into.push([at, at + text.length]);
	}
}

/** Sorted ranges with overlapping or touching ones joined. */
function mergeRanges(ranges: Array<[number, number]>): Range[] {
	ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Array<[number, number]> = [];
	for (const [start, end] of ranges) {
		const last = merged.at(-1);
		if (last !== undefined && start <= last[1]) {
			last[1] = Math.max(last[1], end);
		} else {
			merged.push([start, end]);
		}
	}
	return merged;
}

/** The time budget of one step. */
class Clock {
	private deadline = 0;

	constructor(private readonly stepMs: number) {
		this.restart();
	}

	get isDue(): boolean {
		return performance.now() >= this.deadline;
	}

	restart(): void {
		this.deadline = performance.now() + this.stepMs;
	}
}
