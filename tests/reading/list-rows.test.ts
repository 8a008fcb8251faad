/** The article list's rows: title first and widest, aligned columns, the source only when it tells articles apart. */
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {loadInputs} from '../../source/inputs/load-inputs.js';
import {fromLeft, listColumns, listRow, measureList} from '../../source/layout/list-columns.js';
import {resolveKey} from '../../source/keys/resolve-key.js';
import type {Article} from '../../source/model/types.js';
import {displayWidth} from '../../source/text/width.js';
import {article, c} from '../support/trees.js';

function dated(title: string, date: string | null, source: string, comments: number): Article {
	return {
		...article(
			Array.from({length: comments}, (_, index) => c(`a${index}`)),
			{title, source},
		),
		date,
	};
}

const articles = [
	dated('Airport Expansion: What the Inspector’s Final Report Recommends', 'March 3, 2022', 'data/a.txt', 10),
	dated('Short', null, 'data/b.txt', 3),
	dated(
		'Regional Water Board Approves 18% Tariff Increase Despite Drought Warnings',
		'Thursday, 14 May 2020',
		'data/c.txt',
		120,
	),
];

describe('the article list at 80 columns', () => {
	const columns = listColumns(measureList(articles), 78);
	const rows = articles.map((each) => listRow(each, columns, false));

	it('gives the title at least half the row and puts it first', () => {
		expect(columns.titleWidth).toBeGreaterThanOrEqual(39);
		expect(rows[0]!.startsWith('Airport Expansion: What the Inspector’s')).toBe(true);
	});

	it('lines up dates and right-aligns counts in columns, never wider than the row', () => {
		const dateAt = rows.map((row) => (row.indexOf('March 3') >= 0 ? row.indexOf('March 3') : row.indexOf('Thursday')));
		expect(dateAt[0]).toBe(dateAt[2]);
		const ends = rows.map((row) => displayWidth(row));
		expect(new Set(ends).size).toBe(1);
		expect(rows[1]!.endsWith('  3 comments')).toBe(true);
		expect(rows[2]!.endsWith('120 comments')).toBe(true);
		for (const row of rows) {
			expect(displayWidth(row)).toBeLessThanOrEqual(78);
		}
	});

	it('shows no source when every title differs', () => {
		expect(columns.sourceWidth).toBe(0);
		expect(rows.join('\n')).not.toContain('data/');
	});

	it('adds thread counts only with room for them', () => {
		expect(columns.threadsWidth).toBe(0);
		expect(listColumns(measureList(articles), 198).threadsWidth).toBeGreaterThan(0);
	});

	it('under an author filter says how many of the comments are theirs, with no stray `by`', () => {
		const filtered = listColumns(measureList(articles), 78, true);
		const row = listRow(articles[2]!, filtered, false, 11);
		expect(row.endsWith('11 of 120 comments')).toBe(true);
		expect(row).not.toMatch(/ by$/);
	});
});

describe('the article list at 200 columns', () => {
	const long = [
		...articles,
		dated('The footbridge repaint: what colour?', 'Thursday, October 3, 2024', 'data/d.txt', 4),
	];

	it('shows a long date whole when the row has room for it', () => {
		const columns = listColumns(measureList(long), 198);
		const rows = long.map((each) => listRow(each, columns, false));
		expect(rows[3]).toContain('Thursday, October 3, 2024  ');
		expect(columns.titleWidth).toBe(displayWidth(long[2]!.title!));
		expect(new Set(rows.map((row) => displayWidth(row))).size).toBe(1);
	});

	it('still cuts it at 100 columns, where the title needs the room', () => {
		const columns = listColumns(measureList(long), 98);
		expect(columns.dateWidth).toBeLessThanOrEqual(24);
		expect(columns.titleWidth).toBeGreaterThanOrEqual(49);
	});
});

describe('the `N new` note of what comb remembers', () => {
	it('takes room from its own title only: other rows keep the whole title width, the columns stay aligned', () => {
		const columns = listColumns(measureList(articles), 78, false, '  12 new'.length);
		const plain = listRow(articles[0]!, columns, false);
		const noted = listRow(articles[2]!, columns, false, undefined, '  12 new');
		// 78 columns: a 14-column date and a 12-column count leave the titles 48.
		expect(plain.startsWith('Airport Expansion: What the Inspector’s Final R…')).toBe(true);
		expect(noted).toMatch(/^Regional Water Board Approves 18% Tarif… {2}12 new {2}Thursday, 14 …/);
		expect(noted.indexOf('Thursday')).toBe(plain.indexOf('March 3'));
		expect(displayWidth(noted)).toBe(displayWidth(plain));
	});

	it('on a wide screen fits beside the longest title without cutting it', () => {
		const columns = listColumns(measureList(articles), 198, false, '  12 new'.length);
		const noted = listRow(articles[2]!, columns, false, undefined, '  12 new');
		expect(noted).toContain('Despite Drought Warnings  12 new');
	});
});

describe('the source column', () => {
	it('shows, shortened from the left, when two articles share a title', () => {
		const twins = [
			dated('Same title', null, 'some/very/long/folder/name/first.txt', 1),
			dated('Same title', null, 'some/very/long/folder/name/second.txt', 1),
		];
		const columns = listColumns(measureList(twins), 78);
		expect(columns.sourceWidth).toBeGreaterThan(0);
		const row = listRow(twins[1]!, columns, false);
		expect(row).toMatch(/…[^ ]*second\.txt$/);
	});

	it('fromLeft keeps the end of a path', () => {
		expect(fromLeft('abc/def/ghi.txt', 9, '…')).toBe('…/ghi.txt');
		expect(fromLeft('short', 9, '…')).toBe('short');
	});
});

describe('inputs named twice', () => {
	it('are read once, where they first come', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'comb-twice-'));
		const file = join(folder, 'one.txt');
		writeFileSync(file, 'A title\n\nSome text.\n\nann\nhello\n');
		const result = await loadInputs([file, file, folder, `${folder}/./one.txt`], {stdin: Readable.from([])});
		expect(result.articles.map((each) => each.source)).toEqual([file]);
		expect(result.errors).toEqual([]);
	});
});

describe('v on the list', () => {
	it('is not offered there (it would change nothing visible)', () => {
		expect(resolveKey('v', 'list')).toBeUndefined();
		expect(resolveKey('v', 'thread')).toEqual({type: 'toggleCompact'});
	});
});
