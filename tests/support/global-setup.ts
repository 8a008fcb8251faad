/**
 * Run once before the `process` project (tests/vitest.config.ts): builds dist/ and the
 * corpus generator when they are missing (never from two test files at once, which would
 * race on dist/), and writes the big generated inputs that test files share into one
 * temporary folder, removed at the end of the run. Test files read the paths with
 * `inject('bigCorpus')`.
 *
 * Not a test file: the vitest include takes only `*.test.ts` and `*.test.tsx` names.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import process from 'node:process';
import type {TestProject} from 'vitest/node';
import {publicTempDir} from './public-temp.js';
import {cli, generator, root} from './run-comb.js';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A generated corpus of exactly 200,000 comments (`generate --comments 200000`), ~37 MB. */
		bigCorpus: string;
	}
}

/** The number of comments in the shared big corpus (tests/cli/cli.test.ts counts them). */
const bigCorpusComments = 200_000;

export default function setup(project: TestProject): () => void {
	if (!existsSync(cli) || !existsSync(generator)) {
		execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'ignore'});
	}
	const shared = publicTempDir('comb-shared-');
	const bigCorpus = join(shared, 'big.txt');
	execFileSync(process.execPath, [generator, '--comments', String(bigCorpusComments), '--out', bigCorpus], {
		stdio: 'ignore',
	});
	project.provide('bigCorpus', bigCorpus);
	return () => rmSync(shared, {recursive: true, force: true});
}
