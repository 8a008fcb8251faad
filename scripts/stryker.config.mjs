// Mutation testing of the parser and the explorer's state machine (`npm run mutate`; not
// part of `npm test` or CI: it takes tens of minutes). Stryker changes one operator,
// condition or literal at a time in source/parse/ and source/explorer/ and reruns the
// in-process tests that cover that line; a mutant no test notices is a gap in the tests.
// Each folder is held to its own suites, so one folder can be run alone:
//   MUTATE=parse npm run mutate      MUTATE=explorer npm run mutate
// Reports: reports/mutation/ (HTML and JSON); scratch copies: .stryker-tmp/ (both ignored by git).
import process from 'node:process';

/** Each mutated folder and the fast-project suites that specify it. */
const targets = {
	parse: {
		mutate: ['source/parse/**/*.ts'],
		// Not properties.test.ts: its scale and property cases take minutes per mutant once instrumented.
		testFiles: ['tests/core/parse.test.ts', 'tests/core/rows.test.ts', 'tests/parse/**/*.test.ts'],
	},
	explorer: {
		mutate: ['source/explorer/**/*.ts'],
		testFiles: [
			'tests/core/navigate.test.ts',
			'tests/core/viewport.test.ts',
			'tests/core/visibility.test.ts',
			'tests/keymap.test.ts',
			'tests/explorer/**/*.test.ts',
		],
	},
};

const chosen = process.env.MUTATE === undefined ? Object.keys(targets) : process.env.MUTATE.split(',');
for (const name of chosen) {
	if (!(name in targets)) {
		throw new Error(`MUTATE=${name}: expected one of ${Object.keys(targets).join(', ')}`);
	}
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	vitest: {
		// The fast project's settings; no process is spawned.
		configFile: 'scripts/stryker.vitest.config.ts',
		related: false,
	},
	mutate: chosen.flatMap((name) => targets[name].mutate),
	testFiles: chosen.flatMap((name) => targets[name].testFiles),
	coverageAnalysis: 'perTest',
	// The machine is shared: one test runner at a time.
	concurrency: 1,
	// A busy machine slows the runs down; a mutant is a timeout only well past its usual time.
	timeoutFactor: 2,
	timeoutMS: 10_000,
	// The first run records which tests cover which mutant, slowly: allow it time on a busy machine.
	dryRunTimeoutMinutes: 20,
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: {fileName: 'reports/mutation/index.html'},
	jsonReporter: {fileName: 'reports/mutation/mutation.json'},
	tempDirName: '.stryker-tmp',
	ignorePatterns: ['dist', 'build', 'reports', 'tests/bench/out'],
	thresholds: {high: 80, low: 60, break: null},
};
