import {homedir} from 'node:os';
import {join} from 'node:path';

/** The environment comb reads its folders from (process.env in use, a plain object in tests). */
export type Env = Readonly<Record<string, string | undefined>>;

/** An XDG base folder: the variable when set to an absolute path (the spec ignores a relative one), else `~/<fallback>`. */
function xdg(env: Env, variable: string, fallback: string): string {
	const value = env[variable];
	if (value?.startsWith('/')) {
		return value;
	}
	return join(env['HOME'] || homedir(), fallback);
}

/** Where comb keeps its reading state: `$XDG_STATE_HOME/comb` (default `~/.local/state/comb`). */
export function stateFolder(env: Env): string {
	return join(xdg(env, 'XDG_STATE_HOME', join('.local', 'state')), 'comb');
}

/** Where comb reads its configuration: `$XDG_CONFIG_HOME/comb/config.toml` (default `~/.config/comb/config.toml`). */
export function configPath(env: Env): string {
	return join(xdg(env, 'XDG_CONFIG_HOME', '.config'), 'comb', 'config.toml');
}

/** Whether the environment turns the state off: `COMB_STATE=off` (also `0`, `false`, `no`). */
export function isStateOff(env: Env): boolean {
	return /^(off|0|false|no)$/i.test(env['COMB_STATE'] ?? '');
}
