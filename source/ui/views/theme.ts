import type {SegmentStyle} from '../../layout/screen-line.js';
import {glyphsFor} from '../../text/glyphs.js';

/** How the views may draw: colour allowed or not, Unicode or ASCII symbols. */
export interface Theme {
	readonly color: boolean;
	readonly ascii: boolean;
	/** Colours the config file set, by style name (`author`, `mark` ...): they replace the built-in ones. */
	readonly colors?: Readonly<Record<string, string>>;
}

/** Ink `<Text>` props of one style. */
export interface TextStyle {
	readonly color?: string;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
	readonly italic?: boolean;
	readonly underline?: boolean;
}

/**
 * The props for a segment style. Colour only when allowed (the 16 basic colours, which
 * read on light and dark backgrounds); without it, bold and dim carry the difference, and
 * the focus is marked by the gutter and inverse video, never by colour alone.
 */
export function styleOf(style: SegmentStyle, theme: Theme): TextStyle {
	const chosen = theme.color ? theme.colors?.[style] : undefined;
	return chosen === undefined ? builtInStyle(style, theme) : {...builtInStyle(style, theme), color: chosen};
}

function builtInStyle(style: SegmentStyle, theme: Theme): TextStyle {
	switch (style) {
		case 'author': {
			return theme.color ? {bold: true, color: 'cyan'} : {bold: true};
		}
		case 'anonymous': {
			return {dimColor: true, italic: true};
		}
		case 'title': {
			return {bold: true};
		}
		case 'badge': {
			return theme.color ? {color: 'yellow'} : {bold: true};
		}
		case 'guide':
		case 'meta':
		case 'summary':
		case 'context': {
			return {dimColor: true};
		}
		case 'mark': {
			return theme.color ? {bold: true, color: 'magenta'} : {bold: true};
		}
		case 'link': {
			// Underlined with or without colour; a terminal with hyperlinks opens it on click (Ctrl/Cmd-click).
			return theme.color ? {color: 'blue', underline: true} : {underline: true};
		}
		case 'match': {
			// Inverse video marks a match with or without colour.
			return theme.color ? {bold: true, color: 'yellow', inverse: true} : {bold: true, inverse: true};
		}
		default: {
			return {};
		}
	}
}

/** The focus marker drawn in the gutter of the focused item's lines. */
export function focusMarker(theme: Theme, isFirstLine: boolean): string {
	const {focus} = glyphsFor(theme.ascii);
	return isFirstLine ? focus.first : focus.rest;
}
