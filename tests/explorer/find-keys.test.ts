/**
 * The find features as a reader drives them, in process: keys go through the key table
 * (`pressKeys`) and the one reducer, and the invariants are checked after every key.
 * Each table row is what a user would notice if it broke: the picker, the author filter,
 * `n` / `N`, marks, copy effects and key bursts.
 */
import {describe, expect, it} from 'vitest';
import type {SearchHit} from '../../source/explorer/explorer-state.js';
import {shownFor} from '../../source/explorer/window/walker.js';
import type {Article} from '../../source/model/types.js';
import {headItem} from '../../source/model/visibility.js';
import {startSession} from '../support/session.js';
import {article, c} from '../support/trees.js';

// ann
// ├─ bob
// │  └─ cat
// └─ dan
// eve
// ├─ cat2 (by cat)
// └─ bob2 (by bob)
// fay
const tree: Article = article([
	c('ann', c('bob', c('cat')), c('dan')),
	c('eve', {...c('cat'), text: 'cat again'}, {...c('bob'), text: 'bob again'}),
	c('fay'),
]);

/** A session on `articles` (the tree above by default). */
function session(articles: readonly Article[] = [tree], columns = 80, rows = 30) {
	return startSession(articles, columns, rows);
}

/** The rows of `articleIndex` whose author is one of `authors`, as search hits. */
function hitsBy(articles: readonly Article[], authors: readonly string[], articleIndex = 0): SearchHit[] {
	const rows = articles[articleIndex]!.thread;
	return Array.from({length: rows.size}, (_, row) => row)
		.filter((row) => authors.includes(rows.author[row]!))
		.map((row) => ({article: articleIndex, row, textRanges: [[0, 3] as const], authorRanges: []}));
}

describe('the author picker', () => {
	it('Space picks an author and Space again un-picks it', () => {
		const s = session().keys('a');
		expect(s.state.picker).not.toBeNull();
		const first = s.context.pickerEntries(s.state.picker!.scope === 'all' ? 'all' : 0, '')[0]!.name;
		s.keys('space');
		expect(s.state.picker!.chosen).toEqual([first]);
		s.keys('space');
		expect(s.state.picker!.chosen).toEqual([]);
	});

	it('typing narrows, Enter applies the filter to the author under the cursor', () => {
		const s = session().burst(['a', 'c', 'a', 't']).keys('return');
		expect(s.state.picker).toBeNull();
		expect(s.state.thread!.filter).toEqual(['cat']);
	});

	it('picks several with Space and Enter applies them all', () => {
		const s = session().burst(['a', 'c', 'a', 't']).keys('space ctrl+u').burst(['b', 'o', 'b']).keys('space return');
		expect(s.state.thread!.filter).toEqual(['cat', 'bob']);
	});

	it('Esc leaves the picker without a filter', () => {
		const s = session().keys('a space escape');
		expect(s.state.picker).toBeNull();
		expect(s.state.thread!.filter).toBeNull();
	});
});

describe('the author filter', () => {
	it('n and N step through the chosen authors comments, wrapping', () => {
		const s = session().act({type: 'setFilter', authors: ['cat']});
		const seen: number[] = [];
		for (let step = 0; step < 3; step++) {
			s.keys('n');
			seen.push(s.state.thread!.focus);
		}
		expect(s.authors(seen)).toEqual(['cat', 'cat', 'cat']);
		expect(seen[2]).toBe(seen[0]);
		expect(seen[1]).not.toBe(seen[0]);
		s.keys('N');
		expect(s.state.thread!.focus).toBe(seen[1]);
	});

	it('hides the comments of other authors, and Esc shows them again with the focus kept', () => {
		// Fold the first thread, filter on cat, walk (j, which unfolds nothing) to cat's reply inside the folded thread.
		const s = session()
			.keys('j return')
			.act({type: 'setFilter', authors: ['cat']});
		expect(s.state.thread!.folded.size).toBe(1);
		while (s.focus !== 'cat') {
			s.keys('j');
		}
		const focus = s.state.thread!.focus;
		expect(s.state.thread!.folded.size).toBe(1);
		s.keys('escape');
		expect(s.state.thread!.filter).toBeNull();
		expect(s.state.thread!.focus).toBe(focus);
		// The focused comment is shown, not folded away inside its thread.
		expect(shownFor(s.state.thread!, s.context).standIn(focus)).toBe(focus);
	});

	it('on the list, the filter narrows the articles and follows the reader in', () => {
		const other = article([c('zed')], {title: 'Other'});
		const s = session([other, tree]);
		s.act({type: 'setFilter', authors: ['cat']});
		expect(s.state.listFilter).toEqual(['cat']);
		s.keys('return');
		expect(s.state.thread!.article).toBe(1);
		expect(s.state.thread!.filter).toEqual(['cat']);
	});
});

describe('n and N through search matches', () => {
	const searchFor = (authors: readonly string[]) => {
		const s = session();
		const results = hitsBy([tree], authors);
		s.keys('/').act({type: 'searchResults', query: '', results}).keys('return');
		return s;
	};

	it('Enter jumps to the chosen match, n and N go on in thread order and wrap', () => {
		const s = searchFor(['bob', 'dan', 'fay']);
		expect(s.focus).toBe('bob');
		s.keys('n');
		expect(s.focus).toBe('dan');
		s.keys('n');
		expect(s.focus).toBe('bob');
		expect(s.state.thread!.search!.current).toBe(2);
		s.keys('n');
		expect(s.focus).toBe('fay');
		s.keys('n');
		expect(s.focus).toBe('bob');
		expect(s.state.thread!.search!.current).toBe(0);
		s.keys('N');
		expect(s.focus).toBe('fay');
	});

	it('a match inside a folded thread is unfolded to', () => {
		const s = session().keys('j return');
		expect(s.state.thread!.folded.size).toBe(1);
		s.keys('/')
			.act({type: 'searchResults', query: '', results: hitsBy([tree], ['cat']).slice(0, 1)})
			.keys('return');
		expect(s.focus).toBe('cat');
		expect(shownFor(s.state.thread!, s.context).standIn(s.state.thread!.focus)).toBe(s.state.thread!.focus);
	});

	it('Esc clears the search first, then n does nothing without a filter', () => {
		const s = searchFor(['dan']).keys('escape');
		expect(s.state.thread!.search).toBeNull();
		const focus = s.state.thread!.focus;
		s.keys('n');
		expect(s.state.thread!.focus).toBe(focus);
	});
});

describe('marks', () => {
	it('o marks thread starters, o again clears', () => {
		const s = session().keys('o');
		expect(s.state.thread!.marks.threadStarter).toBe(true);
		s.keys('o');
		expect(s.state.thread!.marks.threadStarter).toBe(false);
	});

	it('m marks the focused author, m on the same author clears, m on another moves the mark', () => {
		const s = session().keys('j j m');
		expect(s.state.thread!.marks.author).toBe('bob');
		s.keys('m');
		expect(s.state.thread!.marks.author).toBeNull();
		s.keys('m j m');
		expect(s.state.thread!.marks.author).toBe('cat');
	});
});

describe('copy effects', () => {
	it('y queues a copy of the focused comment, Y of its thread', () => {
		const s = session().keys('j j y');
		expect(s.state.effects).toEqual([{type: 'copy', isThread: false, article: 0, row: s.state.thread!.focus}]);
		s.act({type: 'effectsDone'}).keys('Y');
		expect(s.state.effects).toEqual([{type: 'copy', isThread: true, article: 0, row: s.state.thread!.focus}]);
	});

	it('copies nothing from the article head or the list', () => {
		expect(session().keys('y Y').state.effects).toEqual([]);
		const other = article([c('zed')], {title: 'Other'});
		expect(session([other, tree]).keys('y Y').state.effects).toEqual([]);
	});

	it('Ctrl-z queues a suspend, in the prompt too', () => {
		expect(session().keys('ctrl+z').state.effects).toEqual([{type: 'suspend'}]);
		expect(session().keys('/ ctrl+z').state.effects).toEqual([{type: 'suspend'}]);
	});
});

describe('key bursts', () => {
	it('/word typed in one go opens the prompt and types the word (not moves)', () => {
		const s = session().burst(['/', 'j', 'k', 'q']);
		expect(s.state.prompt!.query).toBe('jkq');
		expect(s.state.thread!.focus).toBe(headItem);
		expect(s.state.hasQuit).toBe(false);
	});

	it(']y in one go copies the root of the next thread', () => {
		const s = session().burst([']', ']', 'y']);
		expect(s.focus).toBe('eve');
		expect(s.state.effects).toEqual([{type: 'copy', isThread: false, article: 0, row: s.state.thread!.focus}]);
	});

	it('a burst after Esc reads the keys on the screen again', () => {
		const s = session().burst(['/', 'x', 'escape', 'j', 'j']);
		expect(s.state.prompt).toBeNull();
		expect(s.focus).toBe('bob');
	});

	it('Ctrl-c in a burst quits with 130 and ignores the rest', () => {
		const s = session().burst(['j', 'ctrl+c', 'j']);
		expect(s.state.hasQuit).toBe(true);
		expect(s.state.exitCode).toBe(130);
		expect(s.focus).toBe('ann');
	});

	it('any key closes the help, and the next key of the burst acts', () => {
		const s = session().burst(['?', 'q', 'j']);
		expect(s.state.isHelpOpen).toBe(false);
		expect(s.state.hasQuit).toBe(false);
		expect(s.focus).toBe('ann');
	});
});
