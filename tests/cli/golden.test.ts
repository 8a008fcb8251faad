/**
 * Golden output for every sample in data/: `tests/golden/<name>.json` (`comb --json`) and
 * `tests/golden/<name>.txt` (`comb --print --width 80 --no-color`). The samples are listed
 * at run time, so a new sample without golden files fails here until they are written:
 *
 *   UPDATE_GOLDEN=1 npx vitest run --config tests/vitest.config.ts tests/cli/golden.test.ts
 *
 * Read the files it writes before committing them: they are the reference from then on.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import process from 'node:process';
import {beforeAll, describe, expect, it} from 'vitest';
import {root, runComb} from '../support/run-comb.js';

const goldenDir = join(root, 'tests', 'golden');
const updating = process.env['UPDATE_GOLDEN'] === '1';
const updateCommand = 'UPDATE_GOLDEN=1 npx vitest run --config tests/vitest.config.ts tests/cli/golden.test.ts';

const samples = readdirSync(join(root, 'data'))
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => name.slice(0, -'.txt'.length));

/** The two outputs kept for each sample: golden file extension and comb's arguments. */
const outputs = [
	{extension: 'json', args: ['--json']},
	{extension: 'txt', args: ['--print', '--width', '80', '--no-color']},
] as const;

// dist/ is built, when missing, by tests/support/global-setup.ts before any file runs.
beforeAll(() => {
	if (updating) {
		mkdirSync(goldenDir, {recursive: true});
	}
});

describe('golden output of data/*.txt', () => {
	it('has samples to check', () => {
		expect(samples.length).toBeGreaterThan(0);
	});

	for (const sample of samples) {
		for (const {extension, args} of outputs) {
			it(`${sample}.${extension}: comb ${args.join(' ')} data/${sample}.txt`, async () => {
				// stdin is /dev/null; only NO_COLOR is taken out of the environment.
				const run = await runComb([...args, `data/${sample}.txt`], {stdin: 'ignore', unsetEnv: ['NO_COLOR']});
				expect(run.stderr).toBe('');
				expect(run.code).toBe(0);
				const golden = join(goldenDir, `${sample}.${extension}`);
				if (updating) {
					writeFileSync(golden, run.stdout);
					return;
				}
				if (!existsSync(golden)) {
					throw new Error(
						`missing golden file tests/golden/${sample}.${extension}: write it with ${updateCommand}, then read it`,
					);
				}
				expect(run.stdout).toBe(readFileSync(golden, 'utf8'));
			});
		}
	}

	it('has no golden file without its sample', () => {
		const expected = new Set(samples.flatMap((sample) => outputs.map(({extension}) => `${sample}.${extension}`)));
		const stale = existsSync(goldenDir) ? readdirSync(goldenDir).filter((name) => !expected.has(name)) : [];
		expect(stale, 'golden files whose data/*.txt is gone').toEqual([]);
	});
});
