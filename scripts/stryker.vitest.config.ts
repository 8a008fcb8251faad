import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

/**
 * The vitest configuration Stryker runs (scripts/stryker.config.mjs): the fast project's
 * settings with no projects, so Stryker's runner sees one. Stryker itself picks the suites
 * (its `testFiles`) for the folder it mutates.
 */
export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: ['tests/**/*.test.{ts,tsx}'],
		exclude: ['tests/cli/**', 'tests/e2e/**', 'tests/**/*.process.test.ts', 'tests/bench/**', 'node_modules/**'],
		setupFiles: ['tests/setup.ts'],
		env: {CI: 'false', FORCE_COLOR: '0'},
		testTimeout: 60_000,
	},
});
