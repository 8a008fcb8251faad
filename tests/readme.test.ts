import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {keyTable} from '../source/keys/key-table.js';
import {keyTableMarkdown, whereOf} from '../source/screens/help-text.js';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const startMarker = /<!-- keys:start[^>]*-->\n/;
const endMarker = '<!-- keys:end -->';

describe('the README', () => {
	it('lists exactly the keys of the key table (UPDATE_README=1 regenerates the list)', () => {
		const readme = readFileSync(readmePath, 'utf8');
		const start = startMarker.exec(readme);
		const end = readme.indexOf(endMarker);
		expect(start).not.toBeNull();
		expect(end).toBeGreaterThan(start!.index);
		const current = readme.slice(start!.index + start![0].length, end);
		const wanted = `${keyTableMarkdown()}\n`;
		if (process.env['UPDATE_README'] === '1' && current !== wanted) {
			writeFileSync(readmePath, readme.slice(0, start!.index + start![0].length) + wanted + readme.slice(end));
			return;
		}
		expect(current).toBe(wanted);
	});

	it('says where each key works: prompt keys in the prompt, not on the list or in a thread', () => {
		const where = (type: string) => whereOf(keyTable.find((binding) => binding.action.type === type)!);
		expect(where('accept')).toBe('search prompt, author picker, title filter');
		expect(where('togglePick')).toBe('author picker');
		expect(where('deleteBack')).toBe('search prompt, author picker, title filter');
		expect(where('recallQuery')).toBe('search prompt');
		expect(where('openTitleFilter')).toBe('list');
		expect(where('openSearch')).toBe('list, thread');
		expect(where('nextSibling')).toBe('thread');
		expect(where('suspend')).toBe('anywhere');
		expect(keyTableMarkdown()).not.toMatch(/\| `Enter` \| jump \/ apply filter \| list, thread \|/);
	});

	it('gives the two commands a fresh machine needs', () => {
		const readme = readFileSync(readmePath, 'utf8');
		expect(readme).toContain('npm install && npm start');
		expect(readme).toContain('npm install && npm test');
	});
});
