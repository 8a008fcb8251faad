import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {inputView} from '../../source/screens/input-view.js';
import {displayWidth} from '../../source/text/width.js';

const joined = ({before, under, after}: {before: string; under: string; after: string}) => before + under + after;

describe('a typed line longer than its room', () => {
	it('is whole when it fits, the cursor at the end on a space', () => {
		expect(inputView('bus', 3, 20, '…')).toEqual({before: 'bus', under: ' ', after: ''});
		expect(inputView('bus', 1, 20, '…')).toEqual({before: 'b', under: 'u', after: 's'});
	});

	it('keeps the cursor on screen at the end of a long query, cut on the left', () => {
		const query = `${'o'.repeat(90)}pp`;
		const view = inputView(query, query.length, 40, '…');
		expect(view.before.startsWith('…')).toBe(true);
		expect(view.before.endsWith('opp')).toBe(true);
		expect(view.under).toBe(' ');
		expect(displayWidth(joined(view))).toBeLessThanOrEqual(40);
	});

	it('at the start of a long query, cut on the right', () => {
		const query = `start ${'x'.repeat(100)}`;
		const view = inputView(query, 0, 30, '…');
		expect(view.before).toBe('');
		expect(view.under).toBe('s');
		expect(view.after.endsWith('…')).toBe(true);
		expect(displayWidth(joined(view))).toBeLessThanOrEqual(30);
	});

	it('always fits, always shows the character under the cursor, whatever the text (wide characters too)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom('a', 'b', ' ', '日', 'é', '😀'), {maxLength: 120}).map((parts) => parts.join('')),
				fc.nat(),
				fc.integer({min: 8, max: 100}),
				(text, cursor, width) => {
					const at = Math.min(cursor, text.length);
					// A cursor inside a surrogate pair is not a place the line editor puts it.
					fc.pre(!(at > 0 && /[\uDC00-\uDFFF]/.test(text[at] ?? '')));
					const view = inputView(text, at, width, '…');
					expect(displayWidth(joined(view))).toBeLessThanOrEqual(width);
					const code = text.codePointAt(at);
					expect(view.under).toBe(code === undefined ? ' ' : String.fromCodePoint(code));
				},
			),
		);
	});
});
