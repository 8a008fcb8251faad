/** Links: found whole, sanitized, drawn as comb's own OSC 8 hyperlinks, and offered by the link picker. */
import {describe, expect, it} from 'vitest';
import {createExplorerContext} from '../../source/explorer/explorer-context.js';
import {initialState} from '../../source/explorer/reducer.js';
import {pressKeys} from '../../source/keys/press-keys.js';
import {article, c} from '../support/trees.js';
import {linkLine, linkLines} from '../../source/screens/line-links.js';
import {threadWindow} from '../../source/screens/thread-window.js';
import {findUrls, hyperlink, linksOf, safeUrl} from '../../source/text/links.js';

const urls = (text: string) => findUrls(text).map(([start, end]) => text.slice(start, end));

describe('findUrls', () => {
	it.each([
		['see https://x.org/a.', ['https://x.org/a']],
		['(https://x.org/a)', ['https://x.org/a']],
		['https://en.wikipedia.org/wiki/Foo_(bar), then', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
		['mail mailto:a@b.org! and http://y.com?q=1&r=2', ['mailto:a@b.org', 'http://y.com?q=1&r=2']],
		['javascript:alert(1) file:///etc/passwd ftp://x.org', []],
		['no links here', []],
	])('%s', (text, expected) => {
		expect(urls(text)).toEqual(expected);
	});
});

describe('safeUrl and hyperlink', () => {
	it('allows http, https and mailto without control characters only', () => {
		expect(safeUrl('https://x.org/a')).toBe('https://x.org/a');
		expect(safeUrl('mailto:a@b.org')).toBe('mailto:a@b.org');
		expect(safeUrl('javascript:alert(1)')).toBeNull();
		expect(safeUrl('https://x.org/\u001B]8;;evil')).toBeNull();
		expect(safeUrl('https://x.org/\u0007')).toBeNull();
		expect(safeUrl('https://x.org/\u009C')).toBeNull();
		expect(safeUrl('https://x.org/a b')).toBeNull();
		expect(safeUrl(`https://x.org/${'a'.repeat(2001)}`)).toBeNull();
	});

	it('draws a safe link as OSC 8 ended with ST, and an unsafe one as its text alone', () => {
		expect(hyperlink('https://x.org', 'x')).toBe('\u001B]8;;https://x.org\u001B\\x\u001B]8;;\u001B\\');
		expect(hyperlink('javascript:alert(1)', 'x')).toBe('x');
	});
});

describe('linkLine', () => {
	it('sets URLs in plain text apart as links, guides and names untouched', () => {
		const line = linkLine(
			[
				{text: '│  ', style: 'guide'},
				{text: 'see https://x.org/a. ok', style: 'plain'},
			],
			'see https://x.org/a. ok',
		);
		expect(line).toEqual([
			{text: '│  ', style: 'guide'},
			{text: 'see ', style: 'plain'},
			{text: 'https://x.org/a', style: 'link', url: 'https://x.org/a'},
			{text: '. ok', style: 'plain'},
		]);
	});

	it('links the whole URL from the part of it the wrap left on a row', () => {
		const full = 'https://example.com/a/very/long/path.html';
		const line = linkLine([{text: 'https://example.com/a/', style: 'plain'}], `go ${full} now`);
		expect(line[0]).toEqual({text: 'https://example.com/a/', style: 'link', url: full});
	});

	it('links every row of a URL the wrap cut over several rows, each piece to the whole URL', () => {
		const full = 'https://example.com/a/very/long/path/that/goes/on.html';
		const rows = [
			[{text: 'see', style: 'plain'}],
			[
				{text: '│  ', style: 'guide'},
				{text: 'https://example.com/a/', style: 'plain'},
			],
			[
				{text: '│  ', style: 'guide'},
				{text: 'very/long/path/that/', style: 'plain'},
			],
			[
				{text: '│  ', style: 'guide'},
				{text: '  goes/on.html, then com', style: 'plain'},
			],
			[{text: 'com', style: 'plain'}],
		] as const;
		const lines = linkLines(rows, `see ${full}, then com\ncom`);
		expect(lines[0]).toBe(rows[0]);
		expect(lines[1]![1]).toEqual({text: 'https://example.com/a/', style: 'link', url: full});
		expect(lines[2]![1]).toEqual({text: 'very/long/path/that/', style: 'link', url: full});
		expect(lines[3]!.slice(1)).toEqual([
			{text: '  ', style: 'plain'},
			{text: 'goes/on.html', style: 'link', url: full},
			{text: ', then com', style: 'plain'},
		]);
		// The URL ended: a later row that happens to look like its rest is not a link.
		expect(lines[4]).toBe(rows[4]);
	});

	it('does not carry a link into a row that does not continue it, nor from an unsafe URL', () => {
		const rows = [[{text: 'https://example.com/a/', style: 'plain'}], [{text: 'other words', style: 'plain'}]] as const;
		expect(linkLines(rows, 'https://example.com/a/b/c')[1]).toBe(rows[1]);
		const unsafe = [[{text: 'https://example.com/\u0007', style: 'plain'}], [{text: 'rest', style: 'plain'}]] as const;
		expect(
			linkLines(unsafe, 'https://example.com/\u0007rest')
				.flat()
				.some((s) => s.style === 'link'),
		).toBe(false);
	});

	it('in the thread window, each row of a URL longer than the width is its own link to the whole URL', () => {
		const url = `https://example.com/${'segment-'.repeat(30)}end.html`;
		const tree = article([{...c('ann'), text: `read ${url} today`}]);
		const context = createExplorerContext([tree], true);
		const state = pressKeys(initialState(1, 80, 24), ['return', 'j'], context);
		const lines = threadWindow(state, state.thread!, context);
		const pieces = lines.flatMap((line) => line.line.filter((segment) => segment.style === 'link'));
		expect(pieces.length).toBeGreaterThanOrEqual(3);
		expect(pieces.every((segment) => segment.url === url)).toBe(true);
		expect(pieces.map((segment) => segment.text).join('')).toBe(url);
	});

	it('leaves lines without links as they are (the same object)', () => {
		const plain = [{text: 'nothing', style: 'plain'}] as const;
		expect(linkLine(plain, 'nothing')).toBe(plain);
	});

	it('linksOf lists each safe link once, in order', () => {
		expect(linksOf('a https://x.org b mailto:m@x.org c https://x.org javascript:x')).toEqual([
			'https://x.org',
			'mailto:m@x.org',
		]);
	});
});

describe('the link picker (L)', () => {
	it("copies the focused comment's links one a press, round again, and says which", () => {
		const tree = article([
			{...c('ann'), text: 'see https://a.org/x. and mailto:m@b.org, not javascript:alert(1)'},
			c('bob'),
		]);
		const context = createExplorerContext([tree], true);
		let state = initialState(1, 80, 24);
		const press = (key: string) => {
			state = pressKeys({...state, effects: []}, [key], context);
			return state.effects.at(-1);
		};
		press('j');
		expect(press('L')).toEqual({type: 'copyText', text: 'https://a.org/x', what: 'link 1/2 (L: the next)'});
		expect(press('L')).toEqual({type: 'copyText', text: 'mailto:m@b.org', what: 'link 2/2 (L: the next)'});
		expect(press('L')).toMatchObject({text: 'https://a.org/x'});
		press('j');
		expect(press('L')).toBeUndefined();
		expect(state.notice).toBe('no links in this comment');
	});
});
