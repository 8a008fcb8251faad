/** The reading width: text wraps at 100 columns by default on a wide screen, the guides outside it. */
import {describe, expect, it} from 'vitest';
import {createExplorerContext} from '../../source/explorer/explorer-context.js';
import {ThreadLayout} from '../../source/layout/layout.js';
import {foldedItems} from '../../source/model/shown-items.js';
import {headItem} from '../../source/model/visibility.js';
import {displayWidth} from '../../source/text/width.js';
import {article, c} from '../support/trees.js';

const words = Array.from({length: 120}, (_, index) => `word${index}`).join(' ');
const wide = article([c('ann', {...c('bob'), text: words})], {body: words});

function widest(textWidth: number | undefined): {head: number; reply: number; guides: string} {
	const layout = new ThreadLayout(wide, {width: 198, isCompact: false, isBodyFolded: false, ascii: true, textWidth});
	const shown = foldedItems(wide.thread, new Set());
	const text = (line: readonly {text: string; style: string}[]) =>
		line
			.filter((segment) => segment.style === 'plain')
			.map((segment) => segment.text)
			.join('');
	const head = Math.max(...layout.lines(headItem, shown).map((line) => displayWidth(text(line))));
	const replyLines = layout.lines(1, shown);
	const reply = Math.max(...replyLines.map((line) => displayWidth(text(line))));
	const guides = replyLines[1]!.find((segment) => segment.style === 'guide')!.text;
	return {head, reply, guides};
}

describe('the reading width', () => {
	it('wraps the article and comment text at 100 columns on a 200-column screen', () => {
		const {head, reply} = widest(100);
		expect(head).toBeLessThanOrEqual(100);
		expect(head).toBeGreaterThan(90);
		expect(reply).toBeLessThanOrEqual(100);
		expect(reply).toBeGreaterThan(90);
	});

	it('keeps the guides outside it: a reply has its full reading width after its guides', () => {
		const {reply, guides} = widest(100);
		expect(guides.length).toBe(6);
		expect(reply + guides.length).toBeGreaterThan(100);
	});

	it('0 means the full width', () => {
		expect(widest(0).head).toBeGreaterThan(150);
		expect(widest(undefined).head).toBeGreaterThan(150);
	});

	it('is the explorer default', () => {
		const layout = createExplorerContext([wide], true).layout(0, 198, false, false);
		expect(layout.options.textWidth).toBe(100);
	});
});
