import {Buffer} from 'node:buffer';
import {open} from 'node:fs/promises';
import {binaryProbeBytes, looksBinary, toUtf8} from './decode-input.js';

/** Why an input was not read as text. */
export class NotTextError extends Error {}

const chunkSize = 1 << 20;
const progressChunkSize = 8 << 20;

/**
 * Reads a file (or a FIFO or device) fully, refusing it as soon as its first 64 KiB
 * show it is binary, so `/dev/zero` or `/dev/urandom` are refused at once, not read
 * forever. Returns UTF-8 bytes (see `toUtf8`).
 */
export async function readTextFile(
	path: string | Buffer,
	onProgress?: (bytesRead: number, size: number | null) => void,
): Promise<Buffer> {
	const handle = await open(path, 'r');
	try {
		const info = await handle.stat();
		if (info.isDirectory()) {
			throw Object.assign(new Error('is a directory'), {code: 'EISDIR'});
		}
		const chunks: Buffer[] = [];
		let total = 0;
		let checked = false;
		for (;;) {
			// A regular file is read in one go, or in 8 MiB steps when someone shows progress.
			const wanted = info.isFile()
				? onProgress === undefined
					? Math.max(info.size - total, chunkSize)
					: progressChunkSize
				: chunkSize;
			const chunk = Buffer.allocUnsafe(wanted);
			const {bytesRead} = await handle.read(chunk, 0, chunk.length, null);
			if (bytesRead === 0) {
				break;
			}
			chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
			total += bytesRead;
			onProgress?.(total, info.isFile() ? info.size : null);
			if (!checked && total >= binaryProbeBytes) {
				checked = true;
				refuseBinary(Buffer.concat(chunks, binaryProbeBytes));
			}
		}
		const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
		if (!checked) {
			refuseBinary(bytes);
		}
		return toUtf8(bytes);
	} finally {
		await handle.close();
	}
}

function refuseBinary(head: Buffer): void {
	if (looksBinary(head)) {
		throw new NotTextError('binary file (it holds NUL bytes)');
	}
}

/**
 * Reads a stream (standard input) to its end, as UTF-8 bytes. Like `readTextFile`, it
 * refuses the input as soon as its first 64 KiB show it is binary, and stops reading
 * then, so `comb < /dev/zero` ends at once instead of filling the memory.
 */
export async function readTextStream(
	stream: NodeJS.ReadableStream,
	onProgress?: (bytes: number, chunk: Uint8Array) => void,
): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let total = 0;
	let checked = false;
	for await (const chunk of stream) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
		chunks.push(bytes);
		total += bytes.length;
		onProgress?.(total, bytes);
		if (!checked && total >= binaryProbeBytes) {
			checked = true;
			refuseBinary(Buffer.concat(chunks, binaryProbeBytes));
		}
	}
	const bytes = Buffer.concat(chunks, total);
	if (!checked) {
		refuseBinary(bytes);
	}
	return toUtf8(bytes);
}
