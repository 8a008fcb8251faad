/** Colours from the config file replace the built-in ones, and only when colour is allowed. */
import {describe, expect, it} from 'vitest';
import {styleOf} from '../../source/ui/views/theme.js';

describe('config colours', () => {
	it('replace a style colour, keep its other attributes, and stay off without colour', () => {
		expect(styleOf('author', {color: true, ascii: false, colors: {author: 'green'}})).toEqual({
			bold: true,
			color: 'green',
		});
		expect(styleOf('author', {color: true, ascii: false})).toEqual({bold: true, color: 'cyan'});
		expect(styleOf('author', {color: false, ascii: false, colors: {author: 'green'}})).toEqual({bold: true});
	});
});
