/**
 * The author filter marks every run of comments it hides, the ones after the last shown
 * comment too (`… N hidden`, as between matches), and the marker is never focused: moves,
 * the focus bar and clicks skip it like the markers above comments.
 */
import {describe, expect, it} from 'vitest';
import {contentHeight} from '../../source/explorer/explorer-state.js';
import {pressMouse} from '../../source/keys/mouse-actions.js';
import type {Article} from '../../source/model/types.js';
import {threadWindow} from '../../source/screens/thread-window.js';
import {asciiGlyphs} from '../../source/text/glyphs.js';
import {invariantProblems} from '../support/invariants.js';
import {startSession} from '../support/session.js';
import {article, c, tall} from '../support/trees.js';

// ann
// ├─ bob
// │  └─ cat
// └─ dan
// eve
// ├─ cat (cat again)
// └─ bob (bob again)
// fay
const tree: Article = article([
	c('ann', c('bob', c('cat')), c('dan')),
	c('eve', {...c('cat'), text: 'cat again'}, {...c('bob'), text: 'bob again'}),
	c('fay'),
]);

// The session draws with ASCII glyphs.
const hidden = (count: number) => `${asciiGlyphs.ellipsis} ${count} hidden`;

/** A session with the article open and the author filter set to `author`. */
function filtered(author: string, articles: readonly Article[] = [tree], columns = 80, rows = 30) {
	const s = startSession(articles, columns, rows).keys('return');
	s.burst(['a', ...author]).keys('return');
	expect(s.state.thread!.filter).toEqual([author]);
	return s;
}

type Session = ReturnType<typeof filtered>;

/** The window's lines as text, each with whether the focus bar is drawn on it. */
function screen(s: Session): {text: string; isFocused: boolean}[] {
	return threadWindow(s.state, s.state.thread!, s.context).map((line) => ({
		text: line.line
			.map((segment) => segment.text)
			.join('')
			.trim(),
		isFocused: line.isFocused,
	}));
}

describe('the author filter marks the comments hidden after its last match', () => {
	it('a `… N hidden` line follows the last shown comment when comments come after it', () => {
		const s = filtered('cat');
		const lines = screen(s).map((line) => line.text);
		// Between matches: dan (1); after the last match: bob again and fay (2).
		expect(lines.filter((line) => line.includes('hidden'))).toEqual([hidden(1), hidden(2)]);
		const again = lines.findIndex((line) => line.endsWith('cat again'));
		expect(again).toBeGreaterThan(0);
		expect(lines[again + 1]).toBe(hidden(2));
	});

	it('no tail marker when the last comment of the article is shown', () => {
		const s = filtered('fay');
		const lines = screen(s).map((line) => line.text);
		expect(lines.filter((line) => line.includes('hidden'))).toEqual([hidden(7)]);
		expect(lines.at(-1)).not.toContain('hidden');
	});

	it('in compact view too, under the last match', () => {
		const s = filtered('cat').keys('v');
		expect(s.state.isCompact).toBe(true);
		const lines = screen(s).map((line) => line.text);
		expect(lines.filter((line) => line.includes('hidden'))).toEqual([hidden(1), hidden(2)]);
		expect(lines.at(-1)).toBe(hidden(2));
	});

	it('the focus never lands on the marker: G and j stop on the last match, the bar skips the marker line', () => {
		const s = filtered('cat').keys('G j j');
		expect(s.focus).toBe('cat');
		expect(s.state.thread!.focus).toBe(5);
		const lines = screen(s);
		const marker = lines.findIndex((line) => line.text === hidden(2));
		expect(lines[marker - 1]!.text.endsWith('cat again')).toBe(true);
		expect(lines[marker - 1]!.isFocused).toBe(true);
		expect(lines[marker]!.isFocused).toBe(false);
		s.keys('k G');
		expect(s.state.thread!.focus).toBe(5);
	});

	it('a click on the marker does nothing; the invariants hold', () => {
		const s = filtered('cat').keys('g');
		const marker = screen(s).findIndex((line) => line.text === hidden(2));
		expect(marker).toBeGreaterThan(0);
		const before = s.state.thread!.focus;
		// Screen row: 1-based, below the title bar.
		const state = pressMouse(s.state, {kind: 'click', column: 10, row: marker + 2}, s.context);
		expect(state.thread!.focus).toBe(before);
		expect(invariantProblems(state, s.context)).toEqual([]);
	});

	it('on a small screen the marker scrolls into view at the end, and the focus stays on the last match', () => {
		const long: Article = article([tall('ann', 30, c('cat')), ...Array.from({length: 5}, (_, k) => c(`x${k}`))]);
		const s = filtered('cat', [long], 40, 8).keys('G');
		expect(s.focus).toBe('cat');
		const lines = screen(s);
		expect(lines.length).toBe(contentHeight(8));
		expect(lines.map((line) => line.text)).toContain(hidden(5));
		s.keys('space space ctrl+d j');
		expect(s.focus).toBe('cat');
	});
});
