import {Buffer} from 'node:buffer';
import {describe, expect, it} from 'vitest';
import {createReadProgress} from '../../source/inputs/read-progress.js';

/** A stand-in stderr that records what is written. */
function fakeStderr(isTTY: boolean): NodeJS.WriteStream & {written: string} {
	const stream = {
		isTTY,
		written: '',
		write(text: string) {
			stream.written += text;
			return true;
		},
	};
	return stream as unknown as NodeJS.WriteStream & {written: string};
}

const chunk = Buffer.from('Title\n\n  • alice\n\n    hi\n\n    • bob\n\n      yo\n  • carol\n', 'utf8');

describe('the progress line for a slow standard input', () => {
	it('stays silent for the first 300 ms', () => {
		const stderr = fakeStderr(true);
		let time = 0;
		const progress = createReadProgress(stderr, () => time);
		time = 250;
		progress.update(chunk.length, chunk);
		progress.done();
		expect(stderr.written).toBe('');
	});

	it('then shows megabytes and comments so far, in place, and erases itself at the end', () => {
		const stderr = fakeStderr(true);
		let time = 0;
		const progress = createReadProgress(stderr, () => time);
		time = 400;
		progress.update(2_500_000, chunk);
		expect(stderr.written).toBe('\r\u001B[Kcomb: reading standard input: 2.5 MB, 3 comments so far');
		time = 450; // within 100 ms of the last drawing: not redrawn
		progress.update(2_600_000, chunk);
		expect(stderr.written.match(/comb:/g)).toHaveLength(1);
		time = 600;
		progress.update(5_000_000, chunk);
		expect(stderr.written).toContain('5.0 MB, 9 comments so far');
		progress.done();
		expect(stderr.written.endsWith('\r\u001B[K')).toBe(true);
	});

	it('counts a header split across two chunks once', () => {
		const stderr = fakeStderr(true);
		let time = 0;
		const progress = createReadProgress(stderr, () => time);
		progress.update(10, Buffer.from('T\n\n  ', 'utf8'));
		time = 500;
		progress.update(20, Buffer.from('• a\n', 'utf8'));
		expect(stderr.written).toContain('1 comment so far');
	});

	it('writes nothing when stderr is not a terminal', () => {
		const stderr = fakeStderr(false);
		let time = 0;
		const progress = createReadProgress(stderr, () => time);
		time = 5000;
		progress.update(chunk.length, chunk);
		progress.done();
		expect(stderr.written).toBe('');
	});
});
