/**
 * Search quality benchmark: labelled queries over real comment text, hit@1 and hit@10 per
 * query class and overall, for threadcomb's search beside plain fuse.js (default options,
 * and `ignoreLocation` with threshold 0.4) and fzf (`fzf --filter`), all in the same run.
 *
 * The corpus is the shared reddit-2015.txt (real comments, synthetic authors), read from
 * the folder `shared/corpora` beside the repository (or where REDDIT_CORPUS points); it is
 * never copied in. When it is missing the bench says so and exits 0.
 *
 * Queries are made from known comments with a seeded generator, in classes: exact words,
 * one letter changed / dropped / added, two neighbouring letters swapped, two typos, a
 * prefix, a phrase, reordered words, `@author`, `@author word`. Typos never touch the
 * first letter and never make a word of the corpus. A query's answer is any comment that
 * is as good as its source: for words, every comment holding the original words (as
 * words); for a prefix, a comment with a word starting with it; for a phrase, the words in
 * that order side by side; for reordered words, the words within three neighbouring words;
 * for an author, a comment by an author with that name word (and the word, when given).
 * hit@k: an answer is among the first k results.
 *
 * fuse.js and fzf get the query with `@` removed (neither knows it); fuse searches the
 * text and the author, fzf one line per comment (author, tab, text with newlines as
 * spaces). fzf is installed with apt-get when missing, and skipped with a message when it
 * cannot be. Usage: node tests/bench/search-quality-bench.mjs [--per-class 90] [--seed 11]
 * [--fuse-queries 40] [--fzf-queries 30] (fuse.js and fzf run the first N queries of each
 * class only: fuse takes ~0.1-1 s a query here, fzf reads the whole corpus per query)
 * [--misses] (lists comb's queries whose first result is not an answer).
 * Target (issue 11): hit@1 >= 90% overall, hit@10 >= 90% in every class. Exit code 0.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import Fuse from 'fuse.js';
import {fixed, mark, median, msSince, now, root, work, importSources} from './bench-support.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(name);
	return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const perClass = Number(option('--per-class', '90'));
const seed = Number(option('--seed', '11'));
const fuseQueries = Number(option('--fuse-queries', '40'));
const fzfQueries = Number(option('--fzf-queries', '30'));

const candidates = [
	process.env.REDDIT_CORPUS,
	path.join(root, '..', 'shared', 'corpora', 'reddit-2015.txt'),
	path.join(root, '..', '..', 'shared', 'corpora', 'reddit-2015.txt'),
].filter((file) => file !== undefined && file !== '');
const corpusFile = candidates.find((file) => existsSync(file));
if (corpusFile === undefined) {
	process.stdout.write(
		`search-quality: the corpus reddit-2015.txt is not there (looked at ${candidates.join(', ')}); nothing measured.\n`,
	);
	process.exit(0);
}

const core = await importSources('quality', [
	'source/parse/parse.ts',
	'source/search/index-builder.ts',
	'source/search/search.ts',
]);

const articles = core.parseBytes(readFileSync(corpusFile), corpusFile);
const index = core.buildSearchIndex(articles);
const docs = [];
for (const article of articles) {
	for (let row = 0; row < article.thread.size; row++) {
		const text = article.thread.text[row];
		const author = article.thread.author[row];
		const tokens = text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
		const names = author.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
		docs.push({text, author, tokens, words: new Set(tokens), names: new Set(names)});
	}
}
const frequency = new Map();
for (const doc of docs) {
	for (const word of doc.words) {
		frequency.set(word, (frequency.get(word) ?? 0) + 1);
	}
}

/** mulberry32: the same queries for the same seed. */
function random(state) {
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let value = Math.imul(state ^ (state >>> 15), 1 | state);
		value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}
const next = random(seed);
const pick = (list) => list[Math.floor(next() * list.length)];
const stop = new Set(
	'about after again also because been before being could didn does doesn dont down each even every from have having here just know like made make many more most much must never only other over really said same should some such than that their them then there these they thing think this those through very want well were what when where which while will with would your youre thats'.split(
		' ',
	),
);
const isContent = (word, length) => word.length >= length && /^[a-z]+$/.test(word) && !stop.has(word);
const letters = 'abcdefghijklmnopqrstuvwxyz';

/** One typo of `how` at a position after the first letter. */
function typo(word, how) {
	const at = 1 + Math.floor(next() * (word.length - 1));
	if (how === 'changed') {
		let letter = pick([...letters]);
		while (letter === word[at]) {
			letter = pick([...letters]);
		}
		return word.slice(0, at) + letter + word.slice(at + 1);
	}
	if (how === 'dropped') {
		return word.slice(0, at) + word.slice(at + 1);
	}
	if (how === 'added') {
		return word.slice(0, at) + pick([...letters]) + word.slice(at);
	}
	const swap = Math.min(at, word.length - 2);
	return word.slice(0, swap) + word[swap + 1] + word[swap] + word.slice(swap + 2);
}
const isNew = (made, word) => made !== word && !frequency.has(made);

/** Whether `tokens` hold `phrase` side by side, in order. */
function holdsPhrase(tokens, phrase) {
	for (let at = 0; at + phrase.length <= tokens.length; at++) {
		if (phrase.every((word, offset) => tokens[at + offset] === word)) {
			return true;
		}
	}
	return false;
}

/** Whether `tokens` hold every word of `words` within `words.length` neighbouring tokens, any order. */
function holdsNear(tokens, words) {
	for (let at = 0; at + words.length <= tokens.length; at++) {
		const window = tokens.slice(at, at + words.length);
		if (words.every((word) => window.includes(word))) {
			return true;
		}
	}
	return false;
}

const classes = {
	'exact words': (doc) => {
		const words = [...new Set(doc.tokens.filter((word) => isContent(word, 4)))];
		if (words.length < 2) {
			return null;
		}
		const first = pick(words);
		const second = pick(words.filter((word) => word !== first));
		return {query: `${first} ${second}`, answer: (other) => other.words.has(first) && other.words.has(second)};
	},
	...Object.fromEntries(
		['changed', 'dropped', 'added', 'swapped'].map((how) => [
			how === 'swapped' ? 'two letters swapped' : `one letter ${how}`,
			(doc) => {
				const words = doc.tokens.filter((word) => isContent(word, 6));
				if (words.length === 0) {
					return null;
				}
				const word = pick(words);
				const made = typo(word, how);
				return isNew(made, word) ? {query: made, answer: (other) => other.words.has(word)} : null;
			},
		]),
	),
	'two typos': (doc) => {
		const words = doc.tokens.filter((word) => isContent(word, 9));
		if (words.length === 0) {
			return null;
		}
		const word = pick(words);
		const hows = ['changed', 'dropped', 'added', 'swapped'];
		const made = typo(typo(word, pick(hows)), pick(hows));
		return isNew(made, word) ? {query: made, answer: (other) => other.words.has(word)} : null;
	},
	prefix: (doc) => {
		const words = doc.tokens.filter((word) => isContent(word, 7));
		if (words.length === 0) {
			return null;
		}
		const word = pick(words);
		const prefix = word.slice(0, 4 + Math.floor(next() * (word.length - 5)));
		return {query: prefix, answer: (other) => other.tokens.some((token) => token.startsWith(prefix))};
	},
	phrase: (doc) => {
		const {tokens} = doc;
		if (tokens.length < 4) {
			return null;
		}
		const at = Math.floor(next() * (tokens.length - 2));
		const phrase = tokens.slice(at, at + 3);
		if (phrase.join('').length < 10 || phrase.filter((word) => word.length >= 4).length < 1) {
			return null;
		}
		return {query: phrase.join(' '), answer: (other) => holdsPhrase(other.tokens, phrase)};
	},
	'reordered words': (doc) => {
		const {tokens} = doc;
		if (tokens.length < 4) {
			return null;
		}
		const at = Math.floor(next() * (tokens.length - 1));
		const pair = tokens.slice(at, at + 2);
		if (pair[0] === pair[1] || !pair.every((word) => isContent(word, 4))) {
			return null;
		}
		const words = [pair[1], pair[0]];
		return {query: words.join(' '), answer: (other) => holdsNear(other.tokens, words)};
	},
	'@author': (doc) => {
		const names = [...doc.names].filter((name) => name.length >= 3);
		if (names.length === 0) {
			return null;
		}
		const name = pick(names);
		return {query: `@${name}`, answer: (other) => other.names.has(name)};
	},
	'@author word': (doc) => {
		const names = [...doc.names].filter((name) => name.length >= 3);
		const words = doc.tokens.filter((word) => isContent(word, 4));
		if (names.length === 0 || words.length === 0) {
			return null;
		}
		const name = pick(names);
		const word = pick(words);
		return {query: `@${name} ${word}`, answer: (other) => other.names.has(name) && other.words.has(word)};
	},
};

const queries = [];
for (const [name, make] of Object.entries(classes)) {
	const seen = new Set();
	for (
		let tries = 0;
		queries.filter((query) => query.kind === name).length < perClass && tries < perClass * 200;
		tries++
	) {
		const doc = Math.floor(next() * docs.length);
		const made = make(docs[doc]);
		if (made !== null && !seen.has(made.query)) {
			seen.add(made.query);
			queries.push({kind: name, source: doc, ...made});
		}
	}
}

/** Hits at 1 and 10 of one engine's ranked doc lists. */
function score(ranked) {
	const byClass = new Map();
	for (const [at, query] of queries.entries()) {
		const list = ranked[at];
		if (list === undefined) {
			continue;
		}
		const row = byClass.get(query.kind) ?? {count: 0, at1: 0, at10: 0};
		row.count++;
		row.at1 += list.length > 0 && query.answer(docs[list[0]]) ? 1 : 0;
		row.at10 += list.slice(0, 10).some((doc) => query.answer(docs[doc])) ? 1 : 0;
		byClass.set(query.kind, row);
	}
	return byClass;
}

const engines = [];
const timed = (name, run, only = () => true) => {
	const ranked = [];
	const times = [];
	for (const [at, query] of queries.entries()) {
		if (only(query)) {
			const start = now();
			ranked[at] = run(query.query);
			times.push(msSince(start));
		}
	}
	if (times.length > 0) {
		engines.push({name, byClass: score(ranked), median: median(times)});
	}
};

timed('comb', (query) =>
	core
		.search(index, query, {scope: 'all', limit: 10})
		.matches.map((match) => index.articleStart[match.article] + match.row),
);

const fuseDocs = docs.map(({text, author}) => ({text, author}));
const firstOfClass = (count) => (query) => queries.filter((other) => other.kind === query.kind).indexOf(query) < count;
const limited = firstOfClass(fuseQueries);
for (const [name, options] of [
	['fuse.js (default)', {}],
	['fuse.js (ignoreLocation, threshold 0.4)', {ignoreLocation: true, threshold: 0.4}],
]) {
	const fuse = new Fuse(fuseDocs, {keys: ['text', 'author'], ...options});
	timed(name, (query) => fuse.search(query.replaceAll('@', ''), {limit: 10}).map((result) => result.refIndex), limited);
}

let fzf = spawnSync('fzf', ['--version'], {encoding: 'utf8'});
if (fzf.status !== 0 && fzfQueries > 0) {
	process.stderr.write('search-quality: fzf is missing; installing it with apt-get ...\n');
	spawnSync('apt-get', ['install', '-y', '-qq', 'fzf'], {stdio: 'ignore'});
	fzf = spawnSync('fzf', ['--version'], {encoding: 'utf8'});
}
let fzfNote = '';
if (fzf.status === 0 && fzfQueries > 0) {
	const lines = path.join(work, `quality-lines-${process.pid}.txt`);
	writeFileSync(
		lines,
		docs.map(({text, author}, doc) => `${doc}\t${author}\t${text.replace(/[\t\n\r]+/g, ' ')}\n`).join(''),
	);
	timed(
		'fzf',
		(query) => {
			const result = spawnSync(
				'sh',
				[
					'-c',
					'fzf --filter "$1" --delimiter "\t" --nth 2.. < "$2" | head -10',
					'sh',
					query.replaceAll('@', ''),
					lines,
				],
				{
					encoding: 'utf8',
					maxBuffer: 1 << 26,
				},
			);
			return result.stdout
				.split('\n')
				.filter((line) => line !== '')
				.map((line) => Number(line.slice(0, line.indexOf('\t'))));
		},
		firstOfClass(fzfQueries),
	);
	rmSync(lines);
	fzfNote = `fzf ${fzf.stdout.trim()}`;
} else {
	fzfNote = fzfQueries > 0 ? 'fzf could not be installed: skipped' : 'fzf not run (--fzf-queries 0)';
}

const percent = (part, whole) => (whole === 0 ? '-' : `${fixed((100 * part) / whole, 0)}%`);
const out = [];
out.push(
	`Corpus: ${docs.length.toLocaleString('en-US')} comments of reddit-2015.txt; ${queries.length} queries (seed ${seed}); ${fzfNote}. Cells: hit@1 / hit@10.`,
	'',
	`| class | queries | ${engines.map((engine) => engine.name).join(' | ')} |`,
	`|---|---:|${engines.map(() => '---:|').join('')}`,
);
for (const kind of Object.keys(classes)) {
	const count = queries.filter((query) => query.kind === kind).length;
	const cells = engines.map(({byClass}) => {
		const row = byClass.get(kind);
		return row === undefined ? '-' : `${percent(row.at1, row.count)} / ${percent(row.at10, row.count)}`;
	});
	out.push(`| ${kind} | ${count} | ${cells.join(' | ')} |`);
}
const totals = engines.map(({byClass}) => {
	const rows = [...byClass.values()];
	const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
	return {
		count: sum('count'),
		at1: sum('at1'),
		at10: sum('at10'),
		worst10: Math.min(...rows.map((row) => row.at10 / row.count)),
	};
});
out.push(
	`| **overall** | ${queries.length} | ${totals.map((total) => `**${percent(total.at1, total.count)} / ${percent(total.at10, total.count)}**`).join(' | ')} |`,
	`| median ms per query | | ${engines.map((engine) => fixed(engine.median)).join(' | ')} |`,
);
const [comb] = totals;
out.push(
	'',
	`Target: hit@1 >= 90% overall ${mark(comb.at1 >= 0.9 * comb.count)} (comb ${percent(comb.at1, comb.count)}); hit@10 >= 90% in every class ${mark(comb.worst10 >= 0.9)} (comb's worst ${percent(comb.worst10, 1)}).`,
);
out.push(
	`fuse.js ran the first ${Math.min(fuseQueries, perClass)} and fzf the first ${Math.min(fzfQueries, perClass)} queries of each class (--fuse-queries, --fzf-queries); comb ran all.`,
);
if (args.includes('--misses')) {
	const ranked = queries.map((query) =>
		core
			.search(index, query.query, {scope: 'all', limit: 10})
			.matches.map((match) => index.articleStart[match.article] + match.row),
	);
	for (const [at, query] of queries.entries()) {
		if (ranked[at].length === 0 || !query.answer(docs[ranked[at][0]])) {
			const top = ranked[at][0];
			out.push(
				`miss ${query.kind}: \`${query.query}\` (source ${query.source}) top: ${top === undefined ? 'nothing' : JSON.stringify(docs[top].text.slice(0, 80))}`,
			);
		}
	}
}
process.stdout.write(`${out.join('\n')}\n`);
