import {once} from 'node:events';

/**
 * Writes chunks to a stream, waiting for `drain` whenever the stream's buffer is full,
 * so printing a million comments into a slow pipe holds one chunk in memory, not all.
 * Resolves false when the reader went away (EPIPE, EIO) so the caller can stop quietly.
 */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<boolean> {
	let closed = false;
	const onError = (): void => {
		closed = true;
	};
	stream.on('error', onError);
	try {
		for (const chunk of chunks) {
			if (closed) {
				return false;
			}
			if (chunk !== '' && !stream.write(chunk)) {
				// One signal ends all three waits, so no listener outlives the race.
				const waiting = new AbortController();
				const {signal} = waiting;
				await Promise.race([
					once(stream, 'drain', {signal}),
					once(stream, 'close', {signal}),
					once(stream, 'error', {signal}),
				]).catch(onError);
				waiting.abort();
			}
		}
		return !closed;
	} finally {
		stream.off('error', onError);
	}
}

/** Whether an error means the terminal or pipe on the other end is gone: exit quietly. */
export function isBrokenOutput(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return code === 'EPIPE' || code === 'EIO' || code === 'ERR_STREAM_DESTROYED';
}
