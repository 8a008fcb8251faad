import {EventEmitter} from 'node:events';
import {PassThrough} from 'node:stream';
import type tty from 'node:tty';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {AnswerFilter, deviceAttributesQuery} from '../../source/terminal/answer-filter.js';
import {FrameStdout} from '../../source/terminal/frame-stdout.js';
import {ScreenWriter} from '../../source/terminal/screen-writer.js';

/** A terminal stream that records writes and accepts them (or refuses, for back-pressure). */
class FakeTerminal extends EventEmitter {
	writes: string[] = [];
	accepts = true;
	write(data: string): boolean {
		this.writes.push(data);
		return this.accepts;
	}
}

function setup(asks = true) {
	const terminal = new FakeTerminal();
	const frames = new FrameStdout(
		terminal as unknown as NodeJS.WriteStream,
		new ScreenWriter(5, 20),
		() => ({columns: 20, rows: 5}),
		{
			asks,
		},
	);
	return {terminal, frames};
}

/** Lets the setImmediate that draws a tick's frame run. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
	vi.useRealTimers();
});

describe('flow control: one frame in flight', () => {
	it('holds frames while one is unanswered, then sends only the newest', async () => {
		const {terminal, frames} = setup();
		frames.write('frame 0');
		await tick();
		expect(terminal.writes).toHaveLength(1);
		expect(terminal.writes[0]!.endsWith(deviceAttributesQuery)).toBe(true);
		for (let index = 1; index <= 50; index++) {
			frames.write(`frame ${index}`);
			await tick();
		}
		expect(terminal.writes).toHaveLength(1);
		frames.answered();
		expect(terminal.writes).toHaveLength(2);
		expect(terminal.writes[1]).toContain('frame 50');
		expect(terminal.writes[1]).not.toContain('frame 49');
		frames.answered();
		expect(terminal.writes).toHaveLength(2);
	});

	it('a refused write (stdout backed up) holds frames until drain, then the newest goes', async () => {
		const {terminal, frames} = setup(false);
		terminal.accepts = false;
		frames.write('one');
		await tick();
		frames.write('two');
		await tick();
		frames.write('three');
		await tick();
		expect(terminal.writes).toEqual([expect.stringContaining('one')]);
		terminal.accepts = true;
		terminal.emit('drain');
		expect(terminal.writes).toHaveLength(2);
		expect(terminal.writes[1]).toContain('three');
	});

	it('a terminal that never answers is waited for once (1 s), then not asked again', async () => {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
		const {terminal, frames} = setup();
		frames.write('a');
		await tick();
		frames.write('b');
		await tick();
		expect(terminal.writes).toHaveLength(1);
		vi.advanceTimersByTime(1000);
		expect(terminal.writes).toHaveLength(2);
		expect(terminal.writes[1]!.endsWith(deviceAttributesQuery)).toBe(false);
		frames.write('c');
		await tick();
		expect(terminal.writes).toHaveLength(3);
	});

	it('whenSettled waits for the answer to the last frame', async () => {
		const {frames} = setup();
		frames.write('x');
		await tick();
		let isDone = false;
		frames.whenSettled(() => {
			isDone = true;
		});
		expect(isDone).toBe(false);
		frames.answered();
		expect(isDone).toBe(true);
	});
});

/** A keyboard source: a PassThrough with the tty methods AnswerFilter forwards. */
function keyboard() {
	const source = Object.assign(new PassThrough(), {setRawMode: vi.fn(), ref: vi.fn(), unref: vi.fn()});
	return source as unknown as tty.ReadStream & PassThrough;
}

async function readAll(filter: AnswerFilter): Promise<string> {
	await new Promise((resolve) => setTimeout(resolve, 80));
	let text = '';
	for (let chunk = filter.read() as string | null; chunk !== null; chunk = filter.read() as string | null) {
		text += chunk;
	}
	return text;
}

describe('the keyboard without the terminal answers', () => {
	it('takes answers out of the keys and reports each', async () => {
		const source = keyboard();
		let answers = 0;
		const filter = new AnswerFilter(
			source,
			() => answers++,
			() => true,
		);
		source.write('j\u001B[?64;1;2cj');
		source.write('\u001B[?1;');
		source.write('2ck\u001B[A');
		expect(await readAll(filter)).toBe('jjk\u001B[A');
		expect(answers).toBe(2);
	});

	it('marks the Delete key apart from Backspace (Ink names both delete): as Ctrl-Delete', async () => {
		const source = keyboard();
		const filter = new AnswerFilter(
			source,
			() => {},
			() => false,
		);
		source.write('a\u001B[3~b\u007F');
		expect(await readAll(filter)).toBe('a\u001B[3;5~b\u007F');
	});

	it('keys typed before the explorer (while loading) come as typed, the Delete key marked the same way', async () => {
		const source = keyboard();
		const filter = new AnswerFilter(
			source,
			() => {},
			() => true,
		);
		filter.pushTyped('\u001B');
		filter.pushTyped('x\u001B[3~');
		expect(await readAll(filter)).toBe('\u001Bx\u001B[3;5~');
	});

	it('a lone Escape still arrives (held at most 50 ms while an answer is awaited)', async () => {
		const source = keyboard();
		const filter = new AnswerFilter(
			source,
			() => {},
			() => true,
		);
		source.write('\u001B');
		expect(await readAll(filter)).toBe('\u001B');
	});

	it('forwards raw mode to the terminal', () => {
		const source = keyboard();
		const filter = new AnswerFilter(
			source,
			() => {},
			() => false,
		);
		filter.setRawMode(true);
		expect(source.setRawMode).toHaveBeenCalledWith(true);
	});
});
