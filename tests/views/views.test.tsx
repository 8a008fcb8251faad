import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import {parseText} from '../../source/parse/parse.js';
import {ArticleList} from '../../source/ui/views/article-list.js';
import {HelpScreen} from '../../source/ui/views/help-screen.js';
import {ThreadScreen} from '../../source/ui/views/thread-screen.js';
import type {Theme} from '../../source/ui/views/theme.js';

const plain: Theme = {color: false, ascii: false};
const ascii: Theme = {color: false, ascii: true};

/** A macrotask: ink-testing-library needs one after each write before the frame is read. */
const tick = async () => {
	for (let i = 0; i < 3; i++) {
		await new Promise((resolve) => setImmediate(resolve));
	}
};

const sample = parseText(
	[
		'A title',
		'',
		'The body.',
		'',
		'  • alice',
		'',
		'    First!',
		'',
		'    • bob',
		'',
		'      Reply to alice.',
		'',
		'  • carol',
		'',
		'    Second.',
	].join('\n'),
	'sample.txt',
);

describe('ThreadScreen', () => {
	it('draws the bars and the lines, marking the focused item in the gutter', () => {
		const {lastFrame} = render(
			<ThreadScreen
				title="A title"
				counts="3 comments"
				lines={[
					{key: 'a', isFocused: false, isFirstLine: true, line: [{text: 'alice', style: 'author'}]},
					{
						key: 'b',
						isFocused: true,
						isFirstLine: true,
						line: [
							{text: '└─ ', style: 'guide'},
							{text: 'bob', style: 'author'},
						],
					},
				]}
				status="comment 2/3"
				hint="? help"
				columns={40}
				rows={6}
				theme={plain}
			/>,
		);
		const lines = lastFrame()!.split('\n');
		expect(lines).toHaveLength(6);
		expect(lines[0]).toMatch(/^A title +3 comments/);
		expect(lines[1]).toBe('  alice');
		expect(lines[2]).toBe('▌ └─ bob');
		expect(lines[5]).toMatch(/^comment 2\/3 +\? help/);
	});

	it('marks focus with ASCII characters when asked to', () => {
		const {lastFrame} = render(
			<ThreadScreen
				title="t"
				counts=""
				lines={[
					{key: 'a', isFocused: true, isFirstLine: true, line: [{text: 'alice', style: 'author'}]},
					{key: 'b', isFocused: true, isFirstLine: false, line: [{text: 'text', style: 'plain'}]},
				]}
				status=""
				hint=""
				columns={20}
				rows={5}
				theme={ascii}
			/>,
		);
		const lines = lastFrame()!.split('\n');
		expect(lines[1]).toBe('> alice');
		expect(lines[2]).toBe('| text');
	});
});

describe('ArticleList', () => {
	it('draws only the rows it is given, the cursor row marked', () => {
		const {lastFrame} = render(
			<ArticleList
				list={{cursor: 11, top: 10}}
				rows={['ten', 'eleven', 'twelve']}
				title="comb · 100 articles"
				status="article 12/100"
				hint=""
				columns={40}
				height={5}
				theme={plain}
			/>,
		);
		const lines = lastFrame()!.split('\n');
		expect(lines).toHaveLength(5);
		expect(lines[1]).toBe('  ten');
		expect(lines[2]).toBe('▌ eleven');
		expect(lines[3]).toBe('  twelve');
		expect(lines[4]).toContain('article 12/100');
	});
});

describe('HelpScreen', () => {
	it('lists every group of keys over its pages and fits an 80x24 terminal', () => {
		const first = render(<HelpScreen columns={80} rows={24} ascii={false} top={0} />).lastFrame()!;
		const last = render(<HelpScreen columns={80} rows={24} ascii={false} top={999} />).lastFrame()!;
		for (const group of ['Move', 'Fold']) {
			expect(first).toContain(group);
		}
		expect(last).toContain('Search syntax');
		expect(last).toContain('Alt-f');
		expect(first.split('\n')[0]).toMatch(/1-22\/\d+/);
		for (const frame of [first, last]) {
			const lines = frame.split('\n');
			expect(lines.length).toBeLessThanOrEqual(24);
			for (const line of lines) {
				expect(line.length).toBeLessThanOrEqual(80);
			}
		}
	});
});

describe('App', () => {
	it('opens a single article directly and moves the focus with j', async () => {
		const {lastFrame, stdin, unmount} = render(
			<App articles={sample} theme={plain} columns={60} rows={16} onQuit={() => {}} />,
		);
		await tick();
		expect(lastFrame()).toContain('article · 3 comments');
		stdin.write('j');
		await tick();
		expect(lastFrame()).toContain('comment 1/3');
		expect(lastFrame()).toMatch(/▌ alice/);
		stdin.write('jj');
		await tick();
		expect(lastFrame()).toContain('comment 3/3');
		expect(lastFrame()).toMatch(/▌ carol/);
		unmount();
	});

	it('opens help with ? and closes it with any key', async () => {
		const {lastFrame, stdin, unmount} = render(
			<App articles={sample} theme={plain} columns={80} rows={24} onQuit={() => {}} />,
		);
		await tick();
		stdin.write('?');
		await tick();
		expect(lastFrame()).toContain('closes');
		stdin.write('z');
		await tick();
		expect(lastFrame()).not.toContain('closes');
		unmount();
	});

	it('reports quitting with status 0 on q and 130 on Ctrl-C', async () => {
		const codes: number[] = [];
		const first = render(
			<App articles={sample} theme={plain} columns={60} rows={16} onQuit={(code) => codes.push(code)} />,
		);
		await tick();
		first.stdin.write('q');
		await tick();
		first.unmount();
		const second = render(
			<App articles={sample} theme={plain} columns={60} rows={16} onQuit={(code) => codes.push(code)} />,
		);
		await tick();
		second.stdin.write('\u0003');
		await tick();
		second.unmount();
		expect(codes).toEqual([0, 130]);
	});
});

describe('authors that differ only by invisible characters', () => {
	it('the picker tells them apart: the invisible characters are shown by name', async () => {
		const articles = parseText(
			[
				'Impostors',
				'',
				'  • John Wallace',
				'',
				'    The real one.',
				'',
				'  • John\u200b Wallace',
				'',
				'    A zero-width space.',
				'',
				'  • John Wallace\u2063',
				'',
				'    An invisible separator.',
			].join('\n'),
			'impostors.txt',
		);
		const {lastFrame, stdin, unmount} = render(
			<App articles={articles} theme={plain} columns={80} rows={24} onQuit={() => {}} />,
		);
		await tick();
		stdin.write('a');
		await tick();
		const frame = lastFrame()!;
		expect(frame).toContain('3 authors');
		expect(frame).toMatch(/John Wallace +1/);
		expect(frame).toContain('John<ZWSP> Wallace');
		expect(frame).toContain('John Wallace<U+2063>');
		unmount();
	});
});
