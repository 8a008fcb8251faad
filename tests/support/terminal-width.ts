import stringWidth from 'string-width';

/**
 * The test oracle for comb's widths: string-width per grapheme, raised to what terminals
 * that draw emoji code point by code point need (a skin-toned emoji 4 columns, a code
 * point joined by ZWJ to the previous one nothing). Written apart from source/text so a
 * mistake in one shows in the other.
 */
export function terminalWidth(text: string): number {
	let total = 0;
	for (const {segment} of new Intl.Segmenter().segment(text)) {
		const points = Array.from(segment);
		const drawn = points.reduce(
			(sum, point, index) =>
				(index > 0 && points[index - 1] === '\u200d') || point === '\u200d' ? sum : sum + stringWidth(point),
			0,
		);
		total += /[\u{1F3FB}-\u{1F3FF}\u200d]/u.test(segment)
			? Math.max(stringWidth(segment), drawn)
			: stringWidth(segment);
	}
	return total;
}
