// Mutation testing of the parser and the explorer's state machine (`npm run mutate`; not
// part of `npm test` or CI: it takes tens of minutes). Stryker changes one operator,
// condition or literal at a time in source/parse/ and source/explorer/ and reruns the
// in-process tests that cover that line; a mutant no test notices is a gap in the tests.
// To run one folder: npm run mutate -- --mutate 'source/parse/**/*.ts'
// Reports: reports/mutation/ (HTML and JSON); scratch copies: .stryker-tmp/ (both ignored by git).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	vitest: {
		// Only the fast project's suites that test these two folders: no process is spawned.
		configFile: 'scripts/stryker.vitest.config.ts',
		related: true,
	},
	mutate: ['source/parse/**/*.ts', 'source/explorer/**/*.ts'],
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
