/**
 * Search benchmark: index build time and memory, then 20 queries of 3 to 12 characters
 * (words of the corpus, some with a typo, some with operators) through threadcomb's
 * search, beside plain fuse.js over every comment with the same options. Prints Markdown.
 *
 * The engine is bundled from source/ with esbuild into a temporary file, so the bench
 * measures the core alone. Corpora come from build/generate.js (`npm run build` first) and
 * are kept in os.tmpdir()/threadcomb-bench, shared with the parse bench.
 *
 * Usage: node tests/bench/search-bench.mjs [--sizes 100000,1000000] [--runs 5] [--fuse-queries 20,3]
 * (re-runs itself under --expose-gc to measure memory). Targets (from the issue): results
 * within 50 ms at 100,000 comments and 150 ms at 1,000,000. Misses are marked; exit code 0.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import os from 'node:os';
import {fileURLToPath} from 'node:url';
import {corpus, fixed, generator, mark, median, msSince, now, work, importSources} from './bench-support.mjs';
import Fuse from 'fuse.js';

if (typeof globalThis.gc !== 'function') {
	const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
		stdio: 'inherit',
	});
	process.exit(child.status ?? 1);
}

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(name);
	return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const sizes = option('--sizes', '100000,1000000').split(',').map(Number);
const runs = Number(option('--runs', '5'));
const fuseQueryCounts = option('--fuse-queries', '20,3').split(',').map(Number);
const targets = new Map([
	[100_000, 50],
	[1_000_000, 150],
]);

if (!existsSync(generator)) {
	process.stderr.write('search-bench: build/generate.js is missing: run `npm run build` first\n');
	process.exit(2);
}
mkdirSync(work, {recursive: true});

const core = await importSources('search', [
	'source/parse/parse.ts',
	'source/search/query.ts',
	'source/search/search-index.ts',
	'source/search/index-builder.ts',
	'source/search/search.ts',
]);

const count = (value) => value.toLocaleString('en-US');
const memory = () => {
	globalThis.gc();
	const usage = process.memoryUsage();
	return usage.heapUsed + usage.arrayBuffers;
};

/** One wrong, one missing or one extra letter, at a fixed place in the middle of the word. */
function typo(word, how) {
	const at = word.length >> 1;
	if (how === 'wrong') {
		return word.slice(0, at) + (word[at] === 'x' ? 'z' : 'x') + word.slice(at + 1);
	}
	return how === 'missing' ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at] + word.slice(at);
}

/** 20 queries from the corpus's own words (by frequency), authors, first and last words. */
function queriesFor(index) {
	const byCount = (column) => {
		const counts = new Map();
		for (const value of column) {
			counts.set(value, (counts.get(value) ?? 0) + 1);
		}
		return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
	};
	const words = index.words
		.map((word, id) => ({word, count: index.postingCount[id]}))
		.filter(({word}) => /^[a-z]{5,10}$/.test(word))
		.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1))
		.map(({word}) => word);
	const short = index.words
		.filter((word) => /^[a-z]{3}$/.test(word))
		.sort((a, b) => index.postingCount[index.words.indexOf(b)] - index.postingCount[index.words.indexOf(a)]);
	const first = index.words[byCount(index.firstWord).find((id) => id >= 0 && /^[a-z]{4,}$/.test(index.words[id]))];
	const endings = index.text.map((text) =>
		text
			.slice(text.search(/\S+\s*$/))
			.trim()
			.toLowerCase(),
	);
	const last = byCount(endings).find((ending) => /^[a-z]{3,9}\W?$/.test(ending));
	const author = byCount(index.authorOf)
		.map((id) => index.authors[id])
		.find((name) => /^[a-z]{5,}/.test(name));
	const w = (rank) => words[Math.min(rank, words.length - 1)];
	return [
		w(0),
		w(4),
		w(9),
		w(15),
		w(25),
		short[0],
		short[3],
		typo(w(1), 'wrong'),
		typo(w(6), 'missing'),
		typo(w(12), 'extra'),
		typo(w(20), 'wrong'),
		typo(w(30), 'missing'),
		`'${w(3)}`,
		`^${first}`,
		`${last}$`,
		`${short[1]} !${short[0]}`,
		`@${author.slice(0, 6)}`,
		`${w(2).slice(0, 5)} ${short[2]}`,
		`${w(7).slice(0, 5)} | ${w(8).slice(0, 4)}`,
		`!@${author.slice(0, 3)} ${typo(w(5), 'wrong').slice(0, 7)}`,
	];
}

/** The same query as a fuse.js logical expression with extended-search leaves. */
function fuseExpression(query) {
	const operator = {
		fuzzy: '',
		exact: "'",
		prefix: '^',
		inverse: '!',
		'inverse-prefix': '!^',
		suffix: '',
		'inverse-suffix': '!',
	};
	const leaf = (term) => operator[term.kind] + term.text + (term.kind.endsWith('suffix') ? '$' : '');
	const term = (t) =>
		t.field === 'author'
			? {author: leaf(t)}
			: {[t.kind.startsWith('inverse') ? '$and' : '$or']: [{text: leaf(t)}, {author: leaf(t)}]};
	return {$or: query.groups.map((group) => ({$and: group.map(term)}))};
}

const summary = [];
const detail = new Map();
for (const [sizeIndex, comments] of sizes.entries()) {
	const file = corpus(comments);
	const articles = core.parseBytes(readFileSync(file), file);
	const before = memory();
	let start = now();
	const index = core.buildSearchIndex(articles);
	const buildMs = msSince(start);
	const heapBytes = memory() - before;
	// What the index holds: postings, per-comment columns, text references (8 bytes each), folded authors.
	const arrays = [
		...index.postings,
		index.authorOf,
		index.firstWord,
		index.lastWord,
		index.tokenCount,
		index.articleStart,
	];
	const indexBytes =
		arrays.reduce((sum, array) => sum + array.byteLength, 0) +
		index.size * 8 +
		index.authors.reduce((sum, name) => sum + 16 + 2 * name.length, 0);
	let longestStep = 0;
	start = now();
	const steps = core.buildSearchIndexInSteps(articles, 5);
	for (let step = now(), result = steps.next(); result.done !== true; step = now(), result = steps.next()) {
		longestStep = Math.max(longestStep, msSince(step));
	}
	const steppedMs = msSince(start);

	const queries = queriesFor(index);
	const options = {scope: 'all', limit: 100};
	const coldStart = now();
	core.search(index, queries[0], options);
	const coldMs = msSince(coldStart);
	const times = queries.map(() => []);
	const results = [];
	for (let run = -1; run < runs; run++) {
		for (const [at, query] of queries.entries()) {
			const queryStart = now();
			results[at] = core.search(index, query, options);
			if (run >= 0) {
				times[at].push(msSince(queryStart));
			}
		}
	}
	const ours = times.map(median);

	const fuseStart = now();
	const docs = [];
	for (const article of articles) {
		for (let row = 0; row < article.thread.size; row++) {
			docs.push({text: article.thread.text[row], author: article.thread.author[row]});
		}
	}
	const fuse = new Fuse(docs, {...core.fuseOptions, isCaseSensitive: false, useExtendedSearch: true});
	const fuseIndexMs = msSince(fuseStart);
	const fuseTimes = [];
	const agreement = [];
	for (const query of queries.slice(0, fuseQueryCounts[sizeIndex] ?? 3)) {
		globalThis.gc();
		const queryStart = now();
		const plain = fuse.search(fuseExpression(core.parseQuery(query)), {limit: 10});
		fuseTimes.push(msSince(queryStart));
		const top = new Set(
			core
				.search(index, query, {scope: 'all', limit: 10})
				.matches.map((match) => index.articleStart[match.article] + match.row),
		);
		agreement.push(plain.filter((result) => top.has(result.refIndex)).length);
	}
	for (const [at, query] of queries.entries()) {
		const row = detail.get(at) ?? {query: [], ours: [], fuse: [], total: []};
		row.query.push(query);
		row.ours.push(ours[at]);
		row.fuse.push(fuseTimes[at]);
		row.total.push(`${count(results[at].total)}${results[at].isTotalExact === false ? '~' : ''}`);
		detail.set(at, row);
	}
	const target = targets.get(comments) ?? 150;
	summary.push({
		comments,
		buildMs,
		steppedMs,
		longestStep,
		indexBytes,
		heapBytes,
		coldMs,
		median: median(ours),
		max: Math.max(...ours),
		worst: Math.max(...times.flat()),
		target,
		fuseIndexMs,
		fuseTimes,
		agreement,
	});
}

const lines = [];
lines.push(
	`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.cpus().length}. Ours: median of ${runs} warm runs per query (limit 100, scope all; no GC forced between queries, as when typing); plain fuse.js: one run per query over every comment, same options plus \`useExtendedSearch\`.`,
	'',
);
lines.push(
	'| corpus | index build (ms) | in 5 ms steps: total / longest step (ms) | index size: arrays / heap growth (MB) | first query, cold (ms) | ours: median (ms) | ours: max (ms) | worst single run (ms) | target | plain fuse.js: index (ms) | plain fuse.js: median / max (ms) | queries run by fuse | top-10 shared with fuse |',
);
lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|:---:|---:|---:|---:|---:|');
for (const row of summary) {
	lines.push(
		`| ${count(row.comments)} | ${fixed(row.buildMs, 0)} | ${fixed(row.steppedMs, 0)} / ${fixed(row.longestStep)} | ${fixed(row.indexBytes / 1e6)} / ${fixed(row.heapBytes / 1e6)} | ${fixed(row.coldMs)} | ${fixed(row.median)} | ${fixed(row.max)} | ${fixed(row.worst)} | ${mark(row.max <= row.target)} <= ${row.target} | ${fixed(row.fuseIndexMs, 0)} | ${fixed(median(row.fuseTimes), 0)} / ${fixed(Math.max(...row.fuseTimes), 0)} | ${row.fuseTimes.length} | ${row.agreement.join(', ')} |`,
	);
}
lines.push(
	'',
	"Top-10 shared: how many of plain fuse.js's 10 best are among ours, per query run by fuse. Expected to differ where the scores differ by design: " +
		"a group with no fuzzy term (`'x`, `^x`, `x$`) is listed in reading order with score 0, an inverse term adds nothing to the score " +
		"(fuse multiplies in a factor per field it is absent from), and an OR keeps the best group's score (fuse multiplies the groups' matches).",
);
lines.push(
	'',
	'Per query (ms; `~`: an estimated total, which the engine before issue 11 gave for common fuzzy words):',
	'',
);
lines.push(
	`| # | ${summary.map((row) => `query (${count(row.comments)})`).join(' | ')} | ${summary.map((row) => `ours ${count(row.comments)}`).join(' | ')} | ${summary.map((row) => `fuse ${count(row.comments)}`).join(' | ')} | ${summary.map((row) => `matches ${count(row.comments)}`).join(' | ')} |`,
);
lines.push(
	`|---:|${summary.map(() => '---|').join('')}${summary.map(() => '---:|').join('')}${summary.map(() => '---:|').join('')}${summary.map(() => '---:|').join('')}`,
);
for (const [at, row] of detail) {
	const cells = [
		...row.query.map((query) => `\`${query}\``),
		...row.ours.map((ms) => fixed(ms)),
		...row.fuse.map((ms) => (ms === undefined ? '-' : fixed(ms, 0))),
		...row.total,
	];
	lines.push(`| ${at + 1} | ${cells.join(' | ')} |`);
}
process.stdout.write(`${lines.join('\n')}\n`);
