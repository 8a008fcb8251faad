import {EventEmitter} from 'node:events';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Readable} from 'node:stream';
import fc from 'fast-check';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {generateCorpusText} from '../../scripts/corpus/generate.js';
import {startLoadingSession} from '../../source/cli/loading-session.js';
import {loadInputs} from '../../source/inputs/load-inputs.js';
import type {LoadProgress} from '../../source/inputs/load-progress.js';
import {parseBytes} from '../../source/parse/parse.js';
import {type LoadingView, loadingLines} from '../../source/screens/loading-screen.js';
import {displayWidth} from '../../source/text/width.js';

const view = (over: Partial<LoadingView> = {}): LoadingView => ({
	phase: 'reading',
	path: 'data/big.txt',
	fileIndex: 1,
	fileCount: 1,
	bytes: 50e6,
	fileBytes: 200e6,
	fileBytesRead: 50e6,
	comments: 123_456,
	...over,
});

const options = {columns: 80, rows: 24, elapsedMs: 2400, keysHeld: 0, ascii: false};

describe('the loading screen', () => {
	it('says what is read, how far (a bar when the size is known), the comments so far and the time', () => {
		const text = loadingLines(view(), options).join('\n');
		expect(text).toContain('reading data/big.txt');
		expect(text).toMatch(/█+░+ {2}25% {2}50\.0 of 200\.0 MB/);
		expect(text).toContain('123,456 comments so far · 2.4 s');
		expect(text).toContain('Ctrl-C stops');
		expect(text).not.toContain('keys typed');
	});

	it('counts the keys held for later, names standard input, and shows bytes read when the size is unknown', () => {
		const text = loadingLines(view({path: '-', fileBytes: null, fileBytesRead: 3.2e6}), {...options, keysHeld: 2}).join(
			'\n',
		);
		expect(text).toContain('reading standard input');
		expect(text).toContain('3.2 MB read');
		expect(text).toContain('2 keys typed, kept for when it opens');
	});

	it('while nothing has arrived, says so and for how long, with no count of nothing', () => {
		const waiting = view({phase: 'waiting', path: '-', bytes: 0, fileBytes: null, comments: 0});
		const text = loadingLines(waiting, options).join('\n');
		expect(text).toContain('waiting for standard input');
		expect(text).toContain('nothing has arrived yet · 2.4 s');
		expect(text).not.toContain('comments so far');
	});

	it('says which file of a folder it is on, and the total so far', () => {
		const text = loadingLines(view({fileIndex: 3, fileCount: 20, phase: 'parsing'}), options).join('\n');
		expect(text).toContain('parsing data/big.txt (file 3 of 20)');
		expect(text).toContain('50.0 MB in all');
	});

	it('shows a path that holds escape sequences as text, cut from the left to fit', () => {
		const path = `${'deep/'.repeat(30)}\u001B[2Jevil\u0007.txt`;
		const lines = loadingLines(view({path}), options);
		expect(lines.join('')).not.toMatch(/[\u0000-\u001F]/);
		expect(lines.join('\n')).toMatch(/reading ….*evil.*\.txt/);
	});

	it('fits any screen from 10x2, in ASCII when asked', () => {
		fc.assert(
			fc.property(
				fc.integer({min: 10, max: 220}),
				fc.integer({min: 2, max: 70}),
				fc.boolean(),
				fc.constantFrom<LoadingView['phase']>('waiting', 'reading', 'parsing'),
				(columns, rows, ascii, phase) => {
					const lines = loadingLines(view({phase, fileCount: 7, fileIndex: 7}), {...options, columns, rows, ascii});
					expect(lines.length).toBeLessThanOrEqual(rows);
					for (const line of lines) {
						expect(displayWidth(line)).toBeLessThanOrEqual(columns);
						if (ascii) {
							expect(line).toMatch(/^[\u0020-\u007E]*$/);
						}
					}
				},
			),
		);
	});
});

describe('loading reports its progress', () => {
	it('through a parse of seconds: parsing reported, the total read never going back', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'comb-progress-'));
		const file = join(folder, 'big.txt');
		writeFileSync(file, generateCorpusText({comments: 60_000, seed: 5}));
		const reports: LoadProgress[] = [];
		await loadInputs([file], {stdin: Readable.from([]), onProgress: (p) => reports.push(p)});
		expect(reports.some((report) => report.phase === 'parsing')).toBe(true);
		for (let index = 1; index < reports.length; index++) {
			expect(reports[index]!.bytes).toBeGreaterThanOrEqual(reports[index - 1]!.bytes);
		}
	}, 30_000);

	it('file by file in a folder: place, bytes that only grow, and every comment by the end', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'comb-progress-'));
		const names = ['coalition-base.txt', 'deep-thread.txt', 'several-articles.txt'];
		for (const name of names) {
			writeFileSync(join(folder, name), readFileSync(`data/${name}`));
		}
		const reports: LoadProgress[] = [];
		const result = await loadInputs([folder], {stdin: Readable.from([]), onProgress: (p) => reports.push(p)});
		const comments = result.articles.reduce((sum, article) => sum + article.thread.size, 0);
		expect(new Set(reports.map((report) => report.fileIndex))).toEqual(new Set([1, 2, 3]));
		expect(reports.every((report) => report.fileCount === 3)).toBe(true);
		for (let index = 1; index < reports.length; index++) {
			expect(reports[index]!.bytes).toBeGreaterThanOrEqual(reports[index - 1]!.bytes);
		}
		const total = names.reduce((sum, name) => sum + readFileSync(`data/${name}`).length, 0);
		expect(reports.at(-1)!.bytes).toBe(total);
		const expected = names.reduce(
			(sum, name) => sum + parseBytes(readFileSync(`data/${name}`), name).reduce((n, a) => n + a.thread.size, 0),
			0,
		);
		expect(comments).toBe(expected);
	});
});

/** A keyboard stand-in: a terminal stream that records raw mode and pausing. */
function fakeKeyboard() {
	const keyboard = Object.assign(new EventEmitter(), {
		isRaw: false,
		isPaused: false,
		isDestroyed: false,
		fd: -1,
		setRawMode(mode: boolean) {
			keyboard.isRaw = mode;
			return keyboard;
		},
		pause() {
			keyboard.isPaused = true;
			return keyboard;
		},
		resume() {
			keyboard.isPaused = false;
			return keyboard;
		},
		destroy() {
			keyboard.isDestroyed = true;
			return keyboard;
		},
	});
	return keyboard;
}

function fakeScreen() {
	const screen = Object.assign(new EventEmitter(), {
		columns: 80,
		rows: 24,
		written: '',
		write(text: string) {
			screen.written += text;
			return true;
		},
	});
	return screen;
}

describe('the loading session', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('holds keys from the start in raw mode, shows the screen only after 300 ms, and hands the keys over', () => {
		vi.useFakeTimers();
		const keyboard = fakeKeyboard();
		const screen = fakeScreen();
		const session = startLoadingSession({stream: keyboard as never, isOwned: true}, screen as never, {
			ascii: false,
			delayMs: 300,
		});
		expect(keyboard.isRaw).toBe(true);
		session.update(view());
		keyboard.emit('data', Buffer.from('jj'));
		keyboard.emit('data', Buffer.from('\u001B[B'));
		vi.advanceTimersByTime(299);
		expect(screen.written).toBe('');
		vi.advanceTimersByTime(1);
		expect(screen.written).toContain('\u001B[?1049h');
		expect(screen.written).toContain('3 keys typed');
		expect(session.handOver()).toEqual(['jj', '\u001B[B']);
		// The explorer takes over the raw terminal and the full screen: nothing is undone.
		expect(keyboard.isRaw).toBe(true);
		expect(keyboard.isDestroyed).toBe(false);
		expect(keyboard.isPaused).toBe(true);
		expect(keyboard.listenerCount('data')).toBe(0);
		expect(screen.written).not.toContain('\u001B[?1049l');
	});

	it('a quick load leaves no trace: ended before the screen shows, the terminal is as it was', () => {
		vi.useFakeTimers();
		const keyboard = fakeKeyboard();
		const screen = fakeScreen();
		const session = startLoadingSession({stream: keyboard as never, isOwned: true}, screen as never, {ascii: false});
		session.update(view());
		session.end();
		vi.advanceTimersByTime(5000);
		expect(screen.written).toBe('');
		expect(keyboard.isRaw).toBe(false);
		// A keyboard comb opened itself is closed; process.stdin (not owned) only paused.
		expect(keyboard.isDestroyed).toBe(true);
		const stdin = fakeKeyboard();
		startLoadingSession({stream: stdin as never, isOwned: false}, fakeScreen() as never, {ascii: false}).end();
		expect(stdin.isDestroyed).toBe(false);
		expect(stdin.isPaused).toBe(true);
	});
});
