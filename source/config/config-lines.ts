/**
 * Where each setting of a TOML file is written: `table.key` (or `key` at the top) to its
 * 1-based line, for error messages. TOML parsers give values, not positions; this reads
 * the simple form config files use (`[table]` headers, `key = value` lines, bare or quoted
 * keys). A setting it cannot place is reported at the table's header, or line 1.
 */
export function settingLines(text: string): Map<string, number> {
	const lines = new Map<string, number>();
	let table = '';
	text.split(/\r?\n/).forEach((line, index) => {
		const header = /^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]/.exec(line);
		if (header !== null) {
			table = header[1]!;
			lines.set(table, index + 1);
			return;
		}
		const setting = /^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=/.exec(line);
		if (setting !== null) {
			const key = setting[1] ?? setting[2] ?? setting[3]!;
			const name = table === '' ? key : `${table}.${key}`;
			if (!lines.has(name)) {
				lines.set(name, index + 1);
			}
		}
	});
	return lines;
}
