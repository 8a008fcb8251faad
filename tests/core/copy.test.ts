import {Buffer} from 'node:buffer';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {cutToBytes, maxCopyBytes, osc52} from '../../source/output/copy-text.js';

/** The text an OSC 52 sequence carries. */
function payloadOf(sequence: string): Buffer {
	return Buffer.from(/\u001B\]52;c;([A-Za-z0-9+/=]*)\u0007/.exec(sequence)![1]!, 'base64');
}

describe('copy (OSC 52) cuts between characters and says what it sent', () => {
	it('a text of 3-byte characters past the limit: the payload is valid UTF-8, whole characters only', () => {
		const text = '€'.repeat(40_000); // 120,000 bytes
		const result = osc52(text, {});
		const payload = payloadOf(result.sequence);
		expect(payload.length).toBeLessThanOrEqual(maxCopyBytes);
		expect(payload.length % 3).toBe(0);
		expect(payload.toString('utf8')).toBe('€'.repeat(payload.length / 3));
		expect(result).toMatchObject({
			isCut: true,
			characters: payload.length / 3,
			totalCharacters: 40_000,
			bytes: payload.length,
		});
	});

	it('never splits an emoji from its skin tone', () => {
		const text = `${'a'.repeat(maxCopyBytes - 5)}👍🏽 and more`;
		expect(cutToBytes(text, maxCopyBytes)).toBe('a'.repeat(maxCopyBytes - 5));
	});

	it('a text that fits goes whole', () => {
		const result = osc52('héllo', {});
		expect(payloadOf(result.sequence).toString('utf8')).toBe('héllo');
		expect(result).toMatchObject({isCut: false, characters: 5, totalCharacters: 5, bytes: 6});
	});

	it('any text and limit: a prefix of whole graphemes within the limit', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 60}), fc.nat(120), (text, limit) => {
				const cut = cutToBytes(text, limit);
				expect(text.startsWith(cut)).toBe(true);
				expect(Buffer.from(cut, 'utf8').toString('utf8')).toBe(cut);
				if (Buffer.byteLength(text) <= limit) {
					expect(cut).toBe(text);
				} else {
					expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(limit);
					const graphemes = [...new Intl.Segmenter().segment(text)].map(({segment}) => segment);
					const whole = graphemes.map((_, index) => graphemes.slice(0, index).join(''));
					expect(whole).toContain(cut);
				}
			}),
		);
	});
});
