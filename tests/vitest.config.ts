import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

/**
 * Test files that start processes (comb itself, tmux, script, setpriv): the `process`
 * project. Everything else runs in process and is the `fast` project (`npm run test:fast`).
 * A new file that spawns comb belongs in tests/cli or tests/e2e, or is named
 * `*.process.test.ts`.
 */
const processFiles = ['tests/cli/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/**/*.process.test.ts'];

// Lives in tests/ so the project top level holds only what docs/ARCHITECTURE.md names.
export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		setupFiles: ['tests/setup.ts'],
		// Ink draws nothing until exit when CI is set (docs/TERMINAL.md).
		// A UTF-8 locale whatever the machine's: without one comb prints ASCII (tests that want that set LANG=C).
		env: {CI: 'false', FORCE_COLOR: '0', LANG: 'C.UTF-8', LC_ALL: '', LC_CTYPE: ''},
		testTimeout: 20_000,
		pool: 'forks',
		// Vitest's default on two cores is one worker; the process suites mostly wait on
		// their children (and tmux), so three workers keep both cores busy.
		maxWorkers: 3,
		projects: [
			{
				extends: true,
				test: {
					name: 'fast',
					include: ['tests/**/*.test.{ts,tsx}'],
					exclude: [...processFiles, 'tests/bench/**', 'node_modules/**'],
				},
			},
			{
				extends: true,
				test: {
					name: 'process',
					include: processFiles,
					exclude: ['tests/bench/**', 'node_modules/**'],
					// Builds dist/ when it is missing and the inputs several files share, once per run.
					globalSetup: ['tests/support/global-setup.ts'],
				},
			},
		],
	},
});
