import {readFileSync} from 'node:fs';
import {corpus, fixed, median, msSince, now, importSources} from './bench-support.mjs';

const {parseBytes, commentIds, articleIds} = await importSources('state', [
	'source/parse/parse.ts',
	'source/state/identity.ts',
]);

const comments = Number(process.argv[2] ?? 1_000_000);
const file = corpus(comments);
const articles = parseBytes(readFileSync(file), file);
const ids = articleIds(articles);

const floor = [];
const hashing = [];
for (let round = 0; round < 3; round++) {
	let start = now();
	let total = 0;
	for (const article of articles) {
		const thread = article.thread;
		for (let row = 0; row < thread.size; row++) {
			total += thread.author[row].length + thread.text[row].length;
		}
	}
	floor.push(msSince(start));
	globalThis.gc?.();
	start = now();
	let count = 0;
	articles.forEach((article, index) => {
		count += commentIds(article.thread, ids[index]).length;
	});
	hashing.push(msSince(start));
	if (count !== articles.reduce((sum, article) => sum + article.thread.size, 0) || total === 0) {
		throw new Error('counted the wrong comments');
	}
}
const floorMs = median(floor);
const hashMs = median(hashing);
console.log('\n## Comment identities (state)\n');
console.log('| comments | floor: read every author + text (ms) | identities, all comments (ms) | / floor |');
console.log('|---|---|---|---|');
console.log(
	`| ${comments.toLocaleString('en-US')} | ${fixed(floorMs)} | ${fixed(hashMs)} | ${fixed(hashMs / floorMs, 2)}x |`,
);
