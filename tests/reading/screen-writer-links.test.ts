/** The screen writer counts comb's OSC 8 hyperlinks as zero columns: a long URL is never cut mid-sequence. */
import {describe, expect, it} from 'vitest';
import {ScreenWriter} from '../../source/terminal/screen-writer.js';
import {hyperlink} from '../../source/text/links.js';

describe('ScreenWriter and hyperlinks', () => {
	it('writes a line holding a link with a URL longer than the screen whole, sequence and all', () => {
		const url = `https://example.com/${'a'.repeat(120)}`;
		const line = `see ${hyperlink(url, 'https://example.com/aaa')} ok`;
		const output = new ScreenWriter(3, 40).render(`${line}\n`);
		expect(output).toContain(`\u001B]8;;${url}\u001B\\https://example.com/aaa\u001B]8;;\u001B\\ ok`);
	});

	it('still cuts the visible text of a line too wide, keeping the sequences whole', () => {
		const line = `${hyperlink('https://x.org', 'x'.repeat(50))}`;
		const output = new ScreenWriter(3, 10).render(`${line}\n`);
		expect(output).toContain('\u001B]8;;https://x.org\u001B\\xxxxxxxxxx');
		expect(output).not.toContain('x'.repeat(11));
	});
});
