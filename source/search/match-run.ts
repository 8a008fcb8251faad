import {foldCase, isInverse, termHolds, type Term} from './query.js';
import type {SearchIndex} from './search-index.js';
import {expandGroup, noCost, type Plan, planTerm} from './term-plan.js';

/** Reported between two steps of `searchInSteps`: the phase the search is in. */
export interface SearchProgress {
	readonly phase: 'match' | 'verify' | 'rank';
}

/** The index, the scope's comments `[low, high)` and the step clock. */
export interface Context {
	readonly index: SearchIndex;
	readonly low: number;
	readonly high: number;
	readonly clock: Clock;
}

/** A group's matches: every comment meeting all its terms, ascending, with the sum of their costs. */
export interface GroupOutcome {
	/** The group's plans, its terms in query order (fuzzy terms with punctuation split). */
	readonly plans: readonly Plan[];
	readonly docs: Int32Array;
	readonly costs: Uint16Array;
}

/** Comments per slice of work between two looks at the clock. */
const sliceSize = 1 << 16;

/**
 * Runs one group: each positive term marks the cost at which each comment of the scope
 * meets it (its postings and its authors), comments meeting every positive term and no
 * inverse one are kept, and those with a term the index over-approximates are tested on
 * their text. Generators cannot be optimised while they run (no on-stack replacement),
 * so every loop over comments lives in a plain function handling one slice, and the
 * generator only strings the slices together and pauses.
 */
export function* runGroup(context: Context, group: readonly Term[]): Generator<SearchProgress, GroupOutcome, void> {
	const {index, low, high} = context;
	const plans = expandGroup(group).map((term) => planTerm(index, term));
	const positive = plans.filter((plan) => !isInverse(plan.term.kind));
	const size = high - low;
	const met = new Uint16Array(size);
	const sums = new Uint16Array(size);
	const scratch = new Uint8Array(size);
	for (const [step, plan] of [...positive, ...plans.filter((plan) => isInverse(plan.term.kind))].entries()) {
		scratch.fill(noCost);
		yield* markTerm(context, plan, scratch);
		const isPositive = step < positive.length;
		for (let from = 0; from < size; from += sliceSize) {
			foldSlice(scratch, met, sums, isPositive ? step : -1, from, Math.min(size, from + sliceSize));
			yield* pause(context, 'match');
		}
	}
	let {docs, costs} = collect(met, sums, positive.length, low);
	const checks = plans.filter((plan) => plan.verify);
	if (checks.length > 0) {
		let kept = 0;
		for (let from = 0; from < docs.length; from += sliceSize >> 4) {
			kept = verifySlice(index, docs, costs, from, Math.min(docs.length, from + (sliceSize >> 4)), kept, checks);
			yield* pause(context, 'verify');
		}
		docs = docs.subarray(0, kept);
		costs = costs.subarray(0, kept);
	}
	return {plans, docs, costs};
}

/** The comments whose count reached `positive` (every positive term, no inverse one), ascending, with their cost sums. */
function collect(
	met: Uint16Array,
	sums: Uint16Array,
	positive: number,
	low: number,
): {docs: Int32Array; costs: Uint16Array} {
	let found = 0;
	for (let at = 0; at < met.length; at++) {
		found += met[at] === positive ? 1 : 0;
	}
	const docs = new Int32Array(found);
	const costs = new Uint16Array(found);
	for (let at = 0, next = 0; at < met.length; at++) {
		if (met[at] === positive) {
			docs[next] = low + at;
			costs[next++] = sums[at]!;
		}
	}
	return {docs, costs};
}

/** Marks in `scratch` the lowest cost at which each comment of the scope meets one term. */
function* markTerm(context: Context, plan: Plan, scratch: Uint8Array): Generator<SearchProgress, void, void> {
	const {index, low, high} = context;
	for (const source of plan.sources) {
		if ('word' in source) {
			const list = index.postings[source.word]!;
			for (const cursor = {at: 0, doc: -1}; cursor.at < list.length; ) {
				markPostings(list, cursor, scratch, low, high, source.cost);
				yield* pause(context, 'match');
			}
		} else {
			for (let from = low; from < high; from += sliceSize) {
				markTested(source.test, from, Math.min(high, from + sliceSize), scratch, low, source.cost);
				yield* pause(context, 'match');
			}
		}
	}
	if (plan.hasAuthors) {
		for (let from = low; from < high; from += sliceSize) {
			markAuthors(index.authorOf, plan.authors, from, Math.min(high, from + sliceSize), scratch, low);
			yield* pause(context, 'match');
		}
	}
}

/** Yields when the step's time is up; the clock restarts when the caller resumes. */
export function* pause(context: Context, phase: SearchProgress['phase']): Generator<SearchProgress, void, void> {
	if (context.clock.isDue) {
		yield {phase};
		context.clock.restart();
	}
}

/** Lowers the cost of the comments of one slice of a posting list; `cursor` is where the list resumes. */
function markPostings(
	list: Uint8Array,
	cursor: {at: number; doc: number},
	scratch: Uint8Array,
	low: number,
	high: number,
	cost: number,
): void {
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
		} else if (doc >= low && scratch[doc - low]! > cost) {
			scratch[doc - low] = cost;
		}
	}
	cursor.at = at;
	cursor.doc = doc;
}

/** Lowers the cost of the comments `[from, to)` that pass `test`. */
function markTested(
	test: (doc: number) => boolean,
	from: number,
	to: number,
	scratch: Uint8Array,
	low: number,
	cost: number,
): void {
	for (let doc = from; doc < to; doc++) {
		if (scratch[doc - low]! > cost && test(doc)) {
			scratch[doc - low] = cost;
		}
	}
}

/** Lowers the cost of the comments `[from, to)` to their author's cost. */
function markAuthors(
	authorOf: Int32Array,
	authors: Uint8Array,
	from: number,
	to: number,
	scratch: Uint8Array,
	low: number,
): void {
	for (let doc = from; doc < to; doc++) {
		const cost = authors[authorOf[doc]!]!;
		if (cost < scratch[doc - low]!) {
			scratch[doc - low] = cost;
		}
	}
}

/**
 * Folds one term's costs into the running counts: a positive term (`step` >= 0) advances
 * the comments that met every earlier term and adds its cost; an inverse one (-1) excludes
 * the comments it meets (their count can then never reach the number of positive terms).
 */
function foldSlice(
	scratch: Uint8Array,
	met: Uint16Array,
	sums: Uint16Array,
	step: number,
	from: number,
	to: number,
): void {
	for (let at = from; at < to; at++) {
		const cost = scratch[at]!;
		if (cost === noCost) {
			continue;
		}
		if (step < 0) {
			met[at] = 0xffff;
		} else if (met[at] === step) {
			met[at] = step + 1;
			sums[at] = Math.min(0xffff, sums[at]! + cost);
		}
	}
}

/** Keeps (compacting to `kept`) the comments of `docs[from, to)` that pass the text checks. */
function verifySlice(
	index: SearchIndex,
	docs: Int32Array,
	costs: Uint16Array,
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
			if (!isInverse(term.kind) && authors[author] !== noCost) {
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
			costs[kept] = costs[at]!;
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

/** The time budget of one step. */
export class Clock {
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
