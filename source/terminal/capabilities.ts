import process from 'node:process';

/**
 * Whether colour may be used on `stream`: never with `--no-color` or a non-empty
 * `NO_COLOR`; `FORCE_COLOR` decides next (`0` or `false` off, anything else on); else
 * the terminal decides (Node's `hasColors`, which reads TERM and COLORTERM). Only the 16
 * basic colours are ever used, so they read on light and dark backgrounds alike.
 */
export function allowsColor(stream: NodeJS.WriteStream, flag: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
	if (!flag || (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')) {
		return false;
	}
	const force = env['FORCE_COLOR'];
	if (force !== undefined) {
		return force !== '0' && force !== 'false';
	}
	return (
		stream.isTTY === true &&
		env['TERM'] !== 'dumb' &&
		(typeof stream.hasColors !== 'function' || stream.hasColors(16, env))
	);
}

/**
 * Whether the locale promises UTF-8 (the first of LC_ALL, LC_CTYPE, LANG that is set
 * decides). Without it, box drawing and symbols fall back to ASCII by themselves.
 */
export function localeIsUtf8(env: NodeJS.ProcessEnv = process.env): boolean {
	const locale = env['LC_ALL'] || env['LC_CTYPE'] || env['LANG'] || '';
	return /utf-?8/i.test(locale);
}

/** The smallest terminal the explorer draws in; below it, it says the terminal is too small. */
export const minimumSize = {columns: 40, rows: 12} as const;
