/**
 * A growable list of 32-bit integers backed by an Int32Array: a million entries cost
 * 4 MB instead of the 8+ MB of a JS array, and `toArray` hands back an exact-size copy.
 */
export class IntList {
	private data: Int32Array;
	/** Number of entries written. */
	length = 0;

	constructor(capacity = 16) {
		this.data = new Int32Array(Math.max(4, capacity));
	}

	/** Appends `value`, doubling the buffer when full (amortised O(1)). */
	push(value: number): void {
		if (this.length === this.data.length) {
			const bigger = new Int32Array(this.data.length * 2);
			bigger.set(this.data);
			this.data = bigger;
		}
		this.data[this.length++] = value;
	}

	/** Entry at `index`; the caller keeps `index < length`. */
	get(index: number): number {
		return this.data[index]!;
	}

	/** Overwrites the entry at `index` (which must already exist). */
	set(index: number, value: number): void {
		this.data[index] = value;
	}

	/** Removes and returns the last entry; the caller keeps `length > 0`. */
	pop(): number {
		return this.data[--this.length]!;
	}

	/** The last entry; the caller keeps `length > 0`. */
	last(): number {
		return this.data[this.length - 1]!;
	}

	/** An exact-size copy of the entries. */
	toArray(): Int32Array {
		return this.data.slice(0, this.length);
	}
}
