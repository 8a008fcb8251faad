import {displayWidth, truncateToWidth} from '../text/width.js';

/** A typed line as drawn in `width` columns: the text before the cursor, the character under it, the text after. */
export interface InputView {
	readonly before: string;
	readonly under: string;
	readonly after: string;
}

/** Columns kept after the cursor, when the line is cut, so what follows it shows too. */
const rightContext = 8;

/**
 * A typed line (the search prompt's, the title filter's) cut to `width` columns so the
 * cursor is always on screen: whole when it fits; else cut on the left with `ellipsis`
 * when the cursor is far along (a few columns after the cursor stay in view), and on the
 * right when the rest does not fit. Cuts fall between code points; widths are our one
 * width function's. The cursor at the end stands on a space.
 */
export function inputView(text: string, cursor: number, width: number, ellipsis: string): InputView {
	const at = Math.max(0, Math.min(cursor, text.length));
	const code = text.codePointAt(at);
	const under = code === undefined ? ' ' : String.fromCodePoint(code);
	const rest = text.slice(at + (code === undefined ? 0 : under.length));
	const room = Math.max(1, width);
	if (displayWidth(text) + (code === undefined ? 1 : 0) <= room) {
		return {before: text.slice(0, at), under, after: rest};
	}
	const underWidth = Math.max(1, displayWidth(under));
	const afterRoom = Math.min(displayWidth(rest), rightContext);
	const beforeRoom = Math.max(0, room - underWidth - afterRoom);
	let before = text.slice(0, at);
	if (displayWidth(before) > beforeRoom) {
		// Cut on the left: the code points nearest the cursor that fit beside the ellipsis.
		const points = [...before];
		let kept = '';
		let used = displayWidth(ellipsis);
		for (let index = points.length - 1; index >= 0; index--) {
			const next = displayWidth(points[index]!);
			if (used + next > beforeRoom) {
				break;
			}
			kept = points[index]! + kept;
			used += next;
		}
		before = ellipsis + kept;
	}
	const after = truncateToWidth(rest, Math.max(0, room - displayWidth(before) - underWidth), ellipsis);
	return {before, under, after};
}
