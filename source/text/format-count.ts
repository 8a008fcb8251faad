/**
 * A whole number with comma thousands separators (`1,000,000`), as en-US prints it, but
 * without `toLocaleString`: its first call builds an ICU number formatter, ~5 ms of
 * start-up that a status bar does not need.
 */
export function formatCount(count: number): string {
	const digits = String(Math.trunc(Math.abs(count)));
	let grouped = '';
	for (let end = digits.length; end > 0; end -= 3) {
		grouped = digits.slice(Math.max(0, end - 3), end) + (grouped === '' ? '' : `,${grouped}`);
	}
	return (count < 0 ? '-' : '') + grouped;
}

/** A count and its noun: `1 reply`, `3 replies`, `1,204 comments`. */
export function countLabel(count: number, one: string, many: string): string {
	return `${formatCount(count)} ${count === 1 ? one : many}`;
}
