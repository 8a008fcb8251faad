import {createRequire} from 'node:module';

type StringWidth = (text: string) => number;

let stringWidth: StringWidth | undefined;

/**
 * string-width, loaded on first use. Its module builds an `Intl.Segmenter` and Unicode
 * property regexes when it is evaluated, which costs start-up time that `--json` and
 * ASCII text never need. In the esbuild bundle the `require` call is bundled as a lazily
 * initialised module; under the test runner, Node's `require(esm)` loads it.
 */
function loadStringWidth(): StringWidth {
	const module = (typeof require === 'function' ? require('string-width') : createRequire(import.meta.url)('string-width')) as {default: StringWidth};
	return module.default;
}

/** Terminal columns of `text` as string-width counts them (CJK and emoji 2, marks 0); no ASCII shortcut. */
export function unicodeWidth(text: string): number {
	stringWidth ??= loadStringWidth();
	return stringWidth(text);
}
