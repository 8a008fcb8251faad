import type {Buffer} from 'node:buffer';
import {BodyLines} from './body-lines.js';
import {newLineShape, scanLine} from './line-scan.js';

const lines = new BodyLines();
const shape = newLineShape();

/**
 * A comment text rebuilt from its bytes: the lines of [start, end) (every one a body line
 * or blank, as the parser found them) dedented and folded by docs/FORMAT.md's rules. A start
 * written `-2 - s` (BodyLines.range) means the text starts at s with a placed first line.
 */
export function decodeBody(bytes: Buffer, start: number, end: number): string {
	const isPlaced = start <= -2;
	const from = isPlaced ? -2 - start : start;
	if (from < 0 || from >= end) {
		return '';
	}
	lines.reset();
	for (let pos = from; pos < end; ) {
		const newline = bytes.indexOf(0x0a, pos);
		const lineEnd = newline < 0 || newline > end ? end : newline;
		const line = scanLine(bytes, pos, lineEnd, shape);
		if (pos === from && isPlaced) {
			lines.addPlaced(line.contentStart, line.end);
		} else if (line.isBlank) {
			lines.addBlank();
		} else {
			lines.add(pos, line.indentEnd, line.end, line.indent);
		}
		pos = lineEnd + 1;
	}
	return lines.build(bytes, true);
}

/**
 * Comment texts kept as byte ranges of the input and decoded when read. Parsing a million
 * comments then decodes no text at all (V8's UTF-8 decoding was a third of the time), and
 * memory holds the input once instead of the input plus every text as a string: printing
 * and `--json` decode each text once as they write it, the explorer only those on screen
 * (its layout keeps their wrapped lines). Reads like an array of strings: `text[i]`,
 * `text.length`, iteration. Each read decodes again; nothing is cached here.
 */
export function lazyTexts(bytes: Buffer, starts: Int32Array, ends: Int32Array): readonly string[] {
	const size = starts.length;
	const target: string[] = [];
	target.length = size;
	return new Proxy(target, {
		get(_, key, receiver) {
			if (typeof key === 'string') {
				const first = key.charCodeAt(0);
				if (first >= 48 && first <= 57) {
					const index = Number(key);
					if (Number.isInteger(index) && index < size) {
						return decodeBody(bytes, starts[index]!, ends[index]!);
					}
				}
			}
			return Reflect.get(target, key, receiver);
		},
		has(_, key) {
			if (typeof key === 'string') {
				const index = Number(key);
				if (Number.isInteger(index) && index >= 0 && index < size) {
					return true;
				}
			}
			return Reflect.has(target, key);
		},
		set() {
			return false;
		},
	});
}
