import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

/**
 * The vitest configuration Stryker runs (scripts/stryker.config.mjs): the in-process suites
 * that exercise source/parse/ and source/explorer/, with the fast project's settings. The
 * view-layer suites (views, hostile escapes, fuzz) render through Ink and would multiply the
 * time of every mutant for little: the explorer's moves are tested as state here.
 */
export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: [
			'tests/core/parse.test.ts',
			'tests/core/properties.test.ts',
			'tests/core/rows.test.ts',
			'tests/core/navigate.test.ts',
			'tests/core/viewport.test.ts',
			'tests/core/visibility.test.ts',
			'tests/keymap.test.ts',
			'tests/parse/**/*.test.ts',
			'tests/explorer/**/*.test.ts',
		],
		setupFiles: ['tests/setup.ts'],
		env: {CI: 'false', FORCE_COLOR: '0'},
		testTimeout: 60_000,
	},
});
