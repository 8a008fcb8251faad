/** The config file: options, [keys] rebinding with its checks, [colors]; errors name the file and line. */
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {ConfigError, loadConfig, parseConfig} from '../../source/config/config.js';
import {commandName, putKeysInForce} from '../../source/keys/commands.js';
import {keyTable} from '../../source/keys/key-table.js';
import {resolveKey} from '../../source/keys/resolve-key.js';
import {helpLines} from '../../source/screens/help-text.js';
import {configPath} from '../../source/state/paths.js';

const file = '/home/u/.config/comb/config.toml';

/** The problems a config text has (none: []). */
function problems(text: string): readonly string[] {
	try {
		parseConfig(text, file);
		return [];
	} catch (error) {
		if (error instanceof ConfigError) {
			return error.problems;
		}
		throw error;
	}
}

afterEach(() => putKeysInForce(keyTable));

describe('the config file', () => {
	it('lives in $XDG_CONFIG_HOME/comb/config.toml, else ~/.config/comb/', () => {
		expect(configPath({XDG_CONFIG_HOME: '/x/conf', HOME: '/home/u'})).toBe('/x/conf/comb/config.toml');
		expect(configPath({HOME: '/home/u'})).toBe('/home/u/.config/comb/config.toml');
		expect(configPath({XDG_CONFIG_HOME: 'relative', HOME: '/home/u'})).toBe('/home/u/.config/comb/config.toml');
	});

	it('is optional: no file, the built-in keys and no options', () => {
		const config = loadConfig(join(mkdtempSync(join(tmpdir(), 'comb-conf-')), 'none.toml'));
		expect(config.isRead).toBe(false);
		expect(config.keys).toBe(keyTable);
		expect(config.options).toEqual({});
	});

	it('reads default options and colours', () => {
		const folder = mkdtempSync(join(tmpdir(), 'comb-conf-'));
		writeFileSync(
			join(folder, 'config.toml'),
			'width = 72\ntext-width = 60\ncolor = false\nascii = true\nmouse = true\n[colors]\nauthor = "green"\nmark = "#ff8800"\n',
		);
		const config = loadConfig(join(folder, 'config.toml'));
		expect(config.options).toEqual({width: 72, textWidth: 60, color: false, ascii: true, mouse: true});
		expect(config.colors).toEqual({author: 'green', mark: '#ff8800'});
	});

	it.each([
		['width = 5', ':1: width takes a whole number'],
		['\n\ncolor = "yes"', ':3: color takes true or false'],
		['colour = true', ':1: unknown setting "colour"'],
		['[keys]\nmove-down = "j"\nfly = "f"', ':3: unknown command "fly"'],
		['[keys]\nmove-down = "ctrl+c"', ':2: "ctrl+c" is not a key'],
		['[keys]\nmove-down = "F13"', ':2: "F13" is not a key'],
		['[keys]\nmove-down = "ctrl+j"', ':2: "ctrl+j" is not a key'],
		['[keys]\n\nmove-down = "n"', ':3: key "n" is bound to both move-down and next-match in the thread view'],
		['[colors]\nauthor = "chartreuse"', ':2: author takes a colour name'],
		['[colors]\nfrobs = "red"', ':2: unknown style "frobs"'],
		['width = 80\nwidth = 90', ':2:'],
		['[keys\n', ':1:'],
	])('rejects %j with the file and line', (text, expected) => {
		const found = problems(text);
		expect(found.length).toBeGreaterThan(0);
		expect(found[0]).toContain(file + expected);
	});

	it('rebinds a command, leaving the others, and the help and key handling follow', () => {
		const config = parseConfig('[keys]\nmove-down = ["n", "down"]\nnext-match = "f"\ntoggle-star = "x"\n', file);
		putKeysInForce(config.keys);
		expect(resolveKey('n', 'thread')).toEqual({type: 'moveDown', count: 1});
		expect(resolveKey('f', 'thread')).toEqual({type: 'nextMatch'});
		expect(resolveKey('j', 'thread')).toBeUndefined();
		expect(resolveKey('x', 'thread')).toEqual({type: 'toggleStar'});
		expect(resolveKey('k', 'thread')).toEqual({type: 'moveUp', count: 1});
		const help = helpLines(120, 80, true).join('\n');
		expect(help).toMatch(/n\/k Down Up +next \/ previous comment/);
		expect(help).toMatch(/ x\/S +star \/ starred list/);
		putKeysInForce(keyTable);
		expect(resolveKey('j', 'thread')).toEqual({type: 'moveDown', count: 1});
	});

	it('names every command uniquely', () => {
		const names = keyTable.map(commandName);
		expect(new Set(names).size).toBe(names.length);
		expect(names).toContain('half-page-down');
		expect(names).toContain('unfold-to-depth-3');
		expect(names).toContain('prompt-next-entry');
	});
});
