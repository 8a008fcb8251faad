/**
 * Gathers small strings into chunks of about `size` characters, so writers can produce
 * output piece by piece (never the whole document in memory) while the stream sees few,
 * large writes.
 */
export class Chunker {
	private parts: string[] = [];
	private length = 0;

	constructor(private readonly size = 1 << 16) {}

	/** Adds `text`; returns a full chunk when one is ready, else undefined. */
	add(text: string): string | undefined {
		this.parts.push(text);
		this.length += text.length;
		return this.length >= this.size ? this.flush() : undefined;
	}

	/** Everything gathered so far (possibly `""`), and starts afresh. */
	flush(): string {
		const chunk = this.parts.join('');
		this.parts = [];
		this.length = 0;
		return chunk;
	}
}
