import {fromLeft} from '../layout/list-columns.js';
import {countLabel, formatCount} from '../text/format-count.js';
import {glyphsFor} from '../text/glyphs.js';
import {sanitizeLine} from '../text/sanitize.js';
import {truncateToWidth} from '../text/width.js';

/** What the loading screen shows: where loading has got to (the inputs' progress report has this shape). */
export interface LoadingView {
	readonly phase: 'waiting' | 'reading' | 'parsing';
	readonly path: string;
	readonly fileIndex: number;
	readonly fileCount: number;
	readonly bytes: number;
	readonly fileBytes: number | null;
	readonly fileBytesRead: number;
	readonly comments: number;
}

const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(1);

/** The input's name as shown: standard input by name, a path sanitized (it is data) and cut from the left. */
function inputName(path: string, room: number, ellipsis: string): string {
	if (path === '-') {
		return 'standard input';
	}
	return fromLeft(sanitizeLine(path), room, ellipsis);
}

/** A bar of `width` cells, `fraction` of it filled. */
function bar(fraction: number, width: number, ascii: boolean): string {
	const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
	return ascii
		? `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`
		: `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/**
 * The loading screen as `rows` lines of at most `columns` columns: what is read (file N
 * of M), a bar when the size is known, megabytes and comments so far, how long it has
 * taken, and that keys typed now are kept. Plain text, so it draws the same with or
 * without colour; a third of the way down, like a splash, when there is room.
 */
export function loadingLines(
	view: LoadingView,
	options: {
		readonly columns: number;
		readonly rows: number;
		readonly elapsedMs: number;
		readonly keysHeld: number;
		readonly ascii: boolean;
	},
): string[] {
	const {columns, rows, elapsedMs, keysHeld, ascii} = options;
	const ellipsis = glyphsFor(ascii).ellipsis;
	const dot = glyphsFor(ascii).dot;
	const margin = columns >= 40 ? 2 : 0;
	const room = Math.max(1, columns - margin);
	const body: string[] = [];
	const of = view.fileCount > 1 ? ` (file ${formatCount(view.fileIndex)} of ${formatCount(view.fileCount)})` : '';
	const verb = view.phase === 'waiting' ? 'waiting for' : view.phase === 'reading' ? 'reading' : 'parsing';
	const name = inputName(view.path, Math.max(8, room - verb.length - of.length - 1), ellipsis);
	body.push('comb', '');
	body.push(`${verb} ${name}${of}`);
	const seconds = `${(elapsedMs / 1000).toFixed(1)} s`;
	if (view.phase === 'waiting') {
		body.push(`nothing has arrived yet${dot}${seconds}`);
	} else if (view.fileBytes !== null && view.fileBytes > 0) {
		const fraction = view.fileBytesRead / view.fileBytes;
		const numbers = ` ${String(Math.floor(fraction * 100)).padStart(3)}%  ${megabytes(view.fileBytesRead)} of ${megabytes(view.fileBytes)} MB`;
		const barWidth = Math.max(0, Math.min(40, room - numbers.length - (ascii ? 2 : 0)));
		body.push(barWidth >= 5 ? bar(fraction, barWidth, ascii) + numbers : numbers.trimStart());
	} else {
		body.push(`${megabytes(view.fileBytesRead)} MB read`);
	}
	const total = view.fileCount > 1 ? `${megabytes(view.bytes)} MB in all${dot}` : '';
	if (view.phase !== 'waiting') {
		body.push(`${total}${countLabel(view.comments, 'comment', 'comments')} so far${dot}${seconds}`);
	}
	body.push('');
	body.push(
		keysHeld > 0
			? `${countLabel(keysHeld, 'key', 'keys')} typed, kept for when it opens${dot}Ctrl-C stops`
			: 'Ctrl-C stops',
	);
	const top = rows > body.length + 2 ? Math.floor((rows - body.length) / 3) : 0;
	const lines = [...Array.from({length: top}, () => ''), ...body].slice(0, Math.max(1, rows));
	const pad = ' '.repeat(margin);
	return lines.map((line) => (line === '' ? '' : truncateToWidth(pad + line, columns, ellipsis)));
}
