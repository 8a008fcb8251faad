import {commentHeader} from '../../source/output/thread-text.js';

/** How one nesting level is indented: 2 or 4 spaces, or one tab (8 columns, docs/FORMAT.md). */
export type IndentStyle = 2 | 4 | 'tab';

/** Turns depths into the leading whitespace of comment lines. */
export interface Layout {
	/** The header line of a comment at `depth` (0: top level), without its line ending. */
	header(depth: number, author: string): string;
	/** The indentation of the body lines of a comment at `depth`. */
	bodyIndent(depth: number): string;
}

/** Depths up to this many keep their indentation string cached. */
const cachedDepths = 256;

/**
 * A layout where a comment at depth d has its header indented d + 1 levels (a
 * top-level header must be indented, docs/FORMAT.md) and its body one level deeper,
 * where its replies' headers go, as the page extractor draws it (the sample's
 * 2-space threads put bodies 2 columns deeper). Indentation strings of common
 * depths are built once, so a million headers cost no repeated `repeat`.
 */
export function createLayout(style: IndentStyle): Layout {
	const unit = style === 'tab' ? '\t' : ' '.repeat(style);
	const cache: string[] = [];
	const indent = (levels: number): string => {
		if (levels >= cachedDepths) {
			return unit.repeat(levels);
		}

		let text = cache[levels];
		if (text === undefined) {
			text = unit.repeat(levels);
			cache[levels] = text;
		}

		return text;
	};

	return {
		header: (depth, author) => commentHeader(indent(depth + 1), author),
		bodyIndent: (depth) => indent(depth + 2),
	};
}
