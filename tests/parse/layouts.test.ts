/**
 * Every example page of the layout examples that come with the format contract
 * (docs/FORMAT.md names the same rules), transcribed as fixtures under
 * tests/fixtures/layouts/ (NAME.txt, the page; NAME.json, the JSON it must give): `comb
 * --json` on each must give exactly that JSON. The fixture's name starts with the rules it
 * shows (b1, m2, n1-n3 ...).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {jsonChunks} from '../../source/output/json.js';
import {parseText} from '../../source/parse/parse.js';

const folder = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));
const names = readdirSync(folder)
	.filter((name) => name.endsWith('.txt'))
	.map((name) => name.slice(0, -4))
	.sort();

describe('layout examples give exactly their JSON', () => {
	it('has the thirteen examples', () => {
		expect(names.length).toBe(13);
	});
	for (const name of names) {
		it(`${name.split('-')[0]!.toUpperCase()}: ${name}`, () => {
			const page = readFileSync(join(folder, `${name}.txt`), 'utf8');
			const expected: unknown = JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8'));
			const written = [...jsonChunks(parseText(page, 'page.txt'))].join('');
			expect(JSON.parse(written)).toEqual(expected);
		});
	}
});
