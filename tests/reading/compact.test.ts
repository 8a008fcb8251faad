/** Compact view: a comment with more than its first line says so, even when that line fills the row exactly. */
import {describe, expect, it} from 'vitest';
import {ThreadLayout} from '../../source/layout/layout.js';
import {foldedItems} from '../../source/model/shown-items.js';
import {displayWidth} from '../../source/text/width.js';
import {article, c} from '../support/trees.js';

describe('compact view', () => {
	const row = (text: string) => {
		const tree = article([{...c('ann'), text}]);
		const layout = new ThreadLayout(tree, {width: 40, isCompact: true, isBodyFolded: false, ascii: false});
		return layout
			.lines(0, foldedItems(tree.thread, new Set()))[0]!
			.map((segment) => segment.text)
			.join('');
	};

	it('keeps the … when the first line exactly fills the row and more follows', () => {
		// "ann" + two spaces leave 35 columns: a first line of exactly 35.
		const text = `${'a'.repeat(35)}\nsecond line`;
		const line = row(text);
		expect(displayWidth(line)).toBeLessThanOrEqual(40);
		expect(line.endsWith('…')).toBe(true);
	});

	it('has no … when the one line fits', () => {
		expect(row('short and whole')).toBe('ann  short and whole');
	});
});
