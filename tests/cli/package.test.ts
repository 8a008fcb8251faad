import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {root} from '../support/run-comb.js';

/**
 * The published package, as `npm install -g` would lay it out: packed from this tree
 * (dist/ as built; no install scripts) and installed offline into a scratch prefix.
 */

let work: string;
let prefix: string;
let packageDir: string;

/** Bytes of every file under `dir`. */
function sizeOf(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const path = join(dir, entry.name);
		total += entry.isDirectory() ? sizeOf(path) : entry.isFile() ? statSync(path).size : 0;
	}
	return total;
}

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'comb-package-'));
	prefix = join(work, 'prefix');
	const npm = {cwd: root, encoding: 'utf8' as const, env: {...process.env, npm_config_cache: join(work, 'cache')}};
	const packed = JSON.parse(
		execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], npm),
	);
	const tarball = join(work, packed[0].filename);
	execFileSync(
		'npm',
		['install', '-g', '--prefix', prefix, '--offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball],
		npm,
	);
	packageDir = join(prefix, 'lib', 'node_modules', 'threadcomb');
}, 120_000);

afterAll(() => {
	rmSync(work, {recursive: true, force: true});
});

describe('a global install', () => {
	it('holds only what runs: dist/, the README, the LICENSE, package.json; no dependencies; under 5 MB', () => {
		const top = readdirSync(packageDir).sort();
		expect(top).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
		expect(readdirSync(join(packageDir, 'dist')).sort()).toEqual(['cli.js', 'explorer.js', 'find.js']);
		expect(existsSync(join(packageDir, 'node_modules'))).toBe(false);
		expect(existsSync(join(prefix, 'lib', 'node_modules')) && readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(
			['threadcomb'],
		);
		expect(sizeOf(join(prefix, 'lib'))).toBeLessThanOrEqual(5_000_000);
	});

	it('the LICENSE is MIT, as package.json says', () => {
		const license = readFileSync(join(packageDir, 'LICENSE'), 'utf8');
		expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 threadcomb authors\n/);
		expect(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).license).toBe('MIT');
	});

	it('runs from the installed bin: --version, --print, --json and a search (fuse.js bundled)', () => {
		const comb = join(prefix, 'bin', 'comb');
		const run = (...args: string[]) => execFileSync(comb, args, {cwd: root, encoding: 'utf8', env: {...process.env}});
		expect(run('--version').trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
		expect(run('--print', '--width', '80', 'data/coalition-base.txt')).toContain('Damien C');
		expect(JSON.parse(run('--json', 'data/coalition-base.txt')).articles).toHaveLength(1);
		expect(run('--print', '--search', 'temporary', 'data/coalition-base.txt')).toContain('temporary');
	});

	it('the explorer bundle loads without node_modules (Ink and React inside it)', () => {
		const out = execFileSync(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				`await import(${JSON.stringify(join(packageDir, 'dist', 'explorer.js'))}); console.log('loaded')`,
			],
			{cwd: work, encoding: 'utf8'},
		);
		expect(out.trim()).toBe('loaded');
	});
});
