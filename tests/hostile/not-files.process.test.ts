/**
 * Paths that are not plain text files: a folder, endless devices, FIFOs, unreadable
 * paths, symbolic link loops and dangling links. Nothing may hang; every problem is one
 * `comb: cannot read PATH: REASON` line and exit code 2, and the other inputs still load.
 *
 * The tests run as root, whom `chmod` does not stop: unreadable files are tested by
 * running comb as `nobody` (setpriv), and through a path root cannot read either
 * (/proc/sys/vm/compact_memory is write-only, EACCES for everyone). nobody must reach both
 * the fixtures and the comb it runs wherever the checkout is (a home of mode 700, a
 * `mktemp -d` folder): both live in temporary folders of their own that anyone may enter.
 */
import {Buffer} from 'node:buffer';
import {execFileSync, spawn} from 'node:child_process';
import {chmodSync, closeSync, existsSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import process from 'node:process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseArticles} from '../support/json-shape.js';
import {copyBuiltCli, publicTempDir} from '../support/public-temp.js';
import {root, runComb, type CombRun, type RunOptions} from '../support/run-comb.js';

let work = '';
/** A folder of mode 755 holding a copy of dist/, so nobody can run comb wherever the checkout is. */
let cliCopy = '';

const thread = (title: string): string => `${title}\n\n  • alice\n\n    Hello.\n`;

beforeAll(() => {
	// Others may enter (comb runs as nobody in one test), but not write.
	work = publicTempDir('comb-not-files-');
	writeFileSync(join(work, 'fine.txt'), thread('Fine'));
	cliCopy = publicTempDir('comb-not-files-cli-');
});

afterAll(() => {
	for (const folder of [work, cliCopy]) {
		if (folder !== '') {
			rmSync(folder, {recursive: true, force: true});
		}
	}
});

/** comb in the work folder, killed after 10 s unless `timeout` says otherwise. */
function comb(
	args: readonly string[],
	options: Pick<RunOptions, 'stdin' | 'prefix' | 'timeout' | 'script'> = {},
): Promise<CombRun> {
	return runComb(args, {cwd: work, timeout: 10_000, ...options});
}

function sources(run: CombRun): string[] {
	return parseArticles(run.stdout).map((article) => article.source);
}

describe('a folder where a file is expected', () => {
	it('is walked: every *.txt below it, in path order, other files ignored', async () => {
		mkdirSync(join(work, 'walk/sub'), {recursive: true});
		writeFileSync(join(work, 'walk/b.txt'), thread('B'));
		writeFileSync(join(work, 'walk/sub/a.txt'), thread('A'));
		writeFileSync(join(work, 'walk/notes.md'), thread('not read'));
		for (const path of ['walk', 'walk/']) {
			const run = await comb(['--json', path]);
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
			expect(sources(run)).toEqual([`${path.replace(/\/$/, '')}/b.txt`, `${path.replace(/\/$/, '')}/sub/a.txt`]);
		}
	});
});

describe('endless devices are refused quickly as binary', () => {
	for (const device of ['/dev/zero', '/dev/urandom']) {
		it(`${device}: exit 2 within 2 s`, async () => {
			const run = await comb(['--print', device], {timeout: 2000});
			expect(run.stdout).toBe('');
			expect(run.stderr).toBe(`comb: cannot read ${device}: binary file (it holds NUL bytes)\n`);
			expect(run.code).toBe(2);
			console.log(`comb --print ${device}: ${run.ms} ms`);
		});

		it(`${device} on standard input: exit 2 within 2 s`, async () => {
			const fd = openSync(device, 'r');
			try {
				const run = await comb(['--print'], {stdin: fd, timeout: 2000});
				expect(run.stderr).toBe('comb: cannot read -: binary file (it holds NUL bytes)\n');
				expect(run.code).toBe(2);
				console.log(`comb --print < ${device}: ${run.ms} ms`);
			} finally {
				closeSync(fd);
			}
		});
	}

	it('the other inputs still load', async () => {
		const run = await comb(['--json', '/dev/zero', 'fine.txt'], {timeout: 2000});
		expect(sources(run)).toEqual(['fine.txt']);
		expect(run.code).toBe(2);
	});
});

describe('FIFOs', () => {
	/** Starts a shell that writes `pieces` into the FIFO at `path`, pausing `pauseMs` between them. */
	function writer(path: string, pieces: readonly string[], pauseMs: number): Promise<void> {
		const script = pieces.map((_, index) => `printf '%s' "$P${index}"`).join(`; sleep ${pauseMs / 1000}; `);
		const env = Object.fromEntries(pieces.map((piece, index) => [`P${index}`, piece]));
		return new Promise((resolve, reject) => {
			const child = spawn('sh', ['-c', `exec > "$FIFO"; ${script}`], {
				env: {...process.env, ...env, FIFO: path},
				stdio: 'ignore',
			});
			child.on('error', reject);
			child.on('close', () => resolve());
		});
	}

	it('a FIFO named on the command line is read to its end, however slowly it is written', async () => {
		const fifo = join(work, 'thread.fifo');
		execFileSync('mkfifo', [fifo]);
		const text = `${thread('Through a FIFO')}\n  • bob\n\n    Second.\n`;
		const [run] = await Promise.all([
			comb(['--json', 'thread.fifo']),
			writer(fifo, [text.slice(0, 20), text.slice(20)], 300),
		]);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const [article] = parseArticles(run.stdout);
		expect([article!.source, article!.title, article!.comments.length]).toEqual(['thread.fifo', 'Through a FIFO', 2]);
	});

	it('a FIFO inside a folder is skipped, even one named *.txt: no wait for a writer, no message', async () => {
		mkdirSync(join(work, 'with-fifo'));
		execFileSync('mkfifo', [join(work, 'with-fifo/pipe.txt')]);
		writeFileSync(join(work, 'with-fifo/real.txt'), thread('Real'));
		const run = await comb(['--json', 'with-fifo'], {timeout: 3000});
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(sources(run)).toEqual(['with-fifo/real.txt']);
	});
});

describe('paths that cannot be read', () => {
	const asNobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
	const hasSetpriv = (() => {
		try {
			execFileSync('setpriv', ['--version'], {stdio: 'ignore'});
			return true;
		} catch {
			return false;
		}
	})();

	it('a path even root may not read (/proc/sys/vm/compact_memory is write-only): permission denied, exit 2', async () => {
		const path = '/proc/sys/vm/compact_memory';
		expect(existsSync(path)).toBe(true);
		const run = await comb(['--json', path, 'fine.txt']);
		expect(run.stderr).toBe(`comb: cannot read ${path}: permission denied\n`);
		expect(sources(run)).toEqual(['fine.txt']);
		expect(run.code).toBe(2);
	});

	it('the same met inside a folder, through a symbolic link: named, the other files still read', async () => {
		mkdirSync(join(work, 'locked-link'));
		symlinkSync('/proc/sys/vm/compact_memory', join(work, 'locked-link/secret.txt'));
		writeFileSync(join(work, 'locked-link/open.txt'), thread('Open'));
		const run = await comb(['--json', 'locked-link']);
		expect(run.stderr).toBe('comb: cannot read locked-link/secret.txt: permission denied\n');
		expect(sources(run)).toEqual(['locked-link/open.txt']);
		expect(run.code).toBe(2);
	});

	it('chmod 000 files and folders, comb running as nobody: each named once, the rest read', async () => {
		// Without setpriv there is no way to drop root's override here; the /proc tests above still run.
		expect(hasSetpriv, 'setpriv (util-linux) is needed to run comb as nobody').toBe(true);
		mkdirSync(join(work, 'perm/closed'), {recursive: true});
		writeFileSync(join(work, 'perm/secret.txt'), thread('Secret'));
		writeFileSync(join(work, 'perm/open.txt'), thread('Open'));
		writeFileSync(join(work, 'perm/closed/inside.txt'), thread('Inside'));
		chmodSync(join(work, 'perm/secret.txt'), 0o000);
		chmodSync(join(work, 'perm/closed'), 0o000);
		const script = copyBuiltCli(join(root, 'dist'), cliCopy);
		const run = await comb(['--json', 'perm', 'perm/secret.txt'], {prefix: asNobody, script});
		expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual([
			'comb: cannot read perm/closed: permission denied',
			// Named on the command line and met in the folder: one path, read (and named) once.
			'comb: cannot read perm/secret.txt: permission denied',
		]);
		expect(sources(run)).toEqual(['perm/open.txt']);
		expect(run.code).toBe(2);
	});
});

describe('symbolic links', () => {
	it("a loop inside a folder (ln -s . loop, and a pair pointing at each other's parent) does not hang; each file is listed once, under the first path met walking in name order", async () => {
		mkdirSync(join(work, 'loops/a'), {recursive: true});
		mkdirSync(join(work, 'loops/b'));
		writeFileSync(join(work, 'loops/top.txt'), thread('Top'));
		writeFileSync(join(work, 'loops/a/x.txt'), thread('X'));
		symlinkSync('.', join(work, 'loops/loop'));
		symlinkSync('..', join(work, 'loops/a/up'));
		symlinkSync('../a', join(work, 'loops/b/to-a'));
		const run = await comb(['--json', 'loops'], {timeout: 3000});
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const listed = sources(run);
		expect(listed).toEqual(['loops/a/x.txt', 'loops/top.txt']);
	});

	it('a link to itself (self.txt -> self.txt) is an unreadable file: named, exit 2', async () => {
		mkdirSync(join(work, 'self'));
		symlinkSync('self.txt', join(work, 'self/self.txt'));
		writeFileSync(join(work, 'self/ok.txt'), thread('OK'));
		const run = await comb(['--json', 'self'], {timeout: 3000});
		expect(run.stderr).toBe('comb: cannot read self/self.txt: too many levels of symbolic links\n');
		expect(sources(run)).toEqual(['self/ok.txt']);
		expect(run.code).toBe(2);
	});

	it('a dangling link: named when it is a *.txt in a folder or on the command line, exit 2; ignored when it is not *.txt', async () => {
		mkdirSync(join(work, 'dangling'));
		symlinkSync('nowhere.txt', join(work, 'dangling/gone.txt'));
		symlinkSync('nowhere', join(work, 'dangling/gone-folder'));
		writeFileSync(join(work, 'dangling/here.txt'), thread('Here'));
		const inFolder = await comb(['--json', 'dangling']);
		expect(inFolder.stderr).toBe('comb: cannot read dangling/gone.txt: no such file or directory\n');
		expect(sources(inFolder)).toEqual(['dangling/here.txt']);
		expect(inFolder.code).toBe(2);
		const named = await comb(['--json', 'dangling/gone.txt', 'dangling/here.txt']);
		expect(named.stderr).toBe('comb: cannot read dangling/gone.txt: no such file or directory\n');
		expect(sources(named)).toEqual(['dangling/here.txt']);
		expect(named.code).toBe(2);
	});
});

describe('file names that are not UTF-8', () => {
	it('a *.txt in a folder whose name holds invalid UTF-8 bytes is read, named with U+FFFD', async () => {
		// Linux names are bytes: 0xff and a raw 0x9b (8-bit CSI) are a legal name that no
		// UTF-8 string can spell. comb must not say such a file does not exist.
		mkdirSync(join(work, 'names'));
		writeFileSync(
			Buffer.concat([Buffer.from(join(work, 'names/bad')), Buffer.from([0xff, 0x9b]), Buffer.from('.txt')]),
			thread('Odd name'),
		);
		const run = await comb(['--json', 'names']);
		expect(run.stderr).toBe('');
		expect(sources(run)).toEqual(['names/bad\uFFFD\uFFFD.txt']);
		expect(run.code).toBe(0);
	});
});
