/** Links: found whole, sanitized, drawn as comb's own OSC 8 hyperlinks, and offered by the link picker. */
import {describe, expect, it} from 'vitest';
import {createExplorerContext} from '../../source/explorer/explorer-context.js';
import {initialState} from '../../source/explorer/reducer.js';
import {pressKeys} from '../../source/keys/press-keys.js';
import {article, c} from '../support/trees.js';
import {linkLine} from '../../source/screens/line-links.js';
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
