/**
 * Every glyph and fixed label comb draws, in one place: a Unicode set and the ASCII set
 * `--ascii` asks for (for terminals, fonts or pipes without them). Views pick a set with
 * `glyphsFor` and never spell a glyph out, so the two sets cannot drift apart and a new
 * glyph is added once, with its fallback.
 */

/** The tree guides; every one is three columns wide, so a level is 3 columns in both sets. */
export interface GuideGlyphs {
	/** Before a comment with a later sibling. */
	readonly branch: string;
	/** Before the last reply of its parent. */
	readonly last: string;
	/** Carries an ancestor's line down past a comment. */
	readonly pipe: string;
	/** Where no line runs. */
	readonly blank: string;
}

/** One set of glyphs. Each entry has the same width in both sets, unless its doc says not. */
export interface Glyphs {
	/** Separates the parts of a meta or status line (` · `, ASCII ` - `). */
	readonly dot: string;
	/** Marks a cut (`…`, ASCII `...`, which is 3 columns). */
	readonly ellipsis: string;
	/** Separates the names of a chain of replies (` › `, ASCII ` > `). */
	readonly chain: string;
	/** Tags the comments of the marked author (`★`, ASCII `*`). */
	readonly star: string;
	/** Tags a comment new since the last visit (`●`, ASCII `*`). */
	readonly newMark: string;
	/** Tags a starred comment (`✦`, ASCII `+`). */
	readonly starred: string;
	/** Before the name a comment answers, in its metadata (`↳ `, ASCII `-> `, one column wider). */
	readonly replyTo: string;
	/**
	 * Before the author of a reply past the indentation limit, in the column where its
	 * parent's line down runs, then its depth (`↳ [14] name`; ASCII `-> `, one column wider).
	 */
	readonly deeper: string;
	/** The focus bar in the gutter, on an item's first line and on the lines below it. */
	readonly focus: {readonly first: string; readonly rest: string};
	/** Repeated across the page between two articles of `--print` (`═`, ASCII `=`). */
	readonly rule: string;
	/** The tree guides. */
	readonly guides: GuideGlyphs;
}

/** The glyphs drawn by default. */
export const unicodeGlyphs: Glyphs = {
	dot: ' · ',
	ellipsis: '…',
	chain: ' › ',
	star: '★',
	newMark: '●',
	starred: '✦',
	replyTo: '↳ ',
	deeper: '↳ ',
	focus: {first: '▌ ', rest: '▌ '},
	rule: '═',
	guides: {branch: '├─ ', last: '└─ ', pipe: '│  ', blank: '   '},
};

/** The glyphs drawn with `--ascii`: printable ASCII only. */
export const asciiGlyphs: Glyphs = {
	dot: ' - ',
	ellipsis: '...',
	chain: ' > ',
	star: '*',
	newMark: '*',
	starred: '+',
	replyTo: '-> ',
	deeper: '-> ',
	focus: {first: '> ', rest: '| '},
	rule: '=',
	guides: {branch: '|- ', last: '`- ', pipe: '|  ', blank: '   '},
};

/** The ASCII set when `ascii` is true, else the Unicode one. */
export function glyphsFor(ascii: boolean): Glyphs {
	return ascii ? asciiGlyphs : unicodeGlyphs;
}

/** Fixed labels that stand in for missing values; the same in both sets. */
export const labels = {
	/** The name shown for a comment without an author. */
	anonymous: '(anonymous)',
	/** Tags a reply by the comment that started its thread. */
	starter: '[OP]',
	/** The name of standard input as an article's source. */
	standardInput: '(standard input)',
} as const;

/** The name of an article without a title, after its source. */
export function untitledLabel(source: string): string {
	return `(untitled: ${source})`;
}
