import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// Lives in tests/ so the project top level holds only what docs/ARCHITECTURE.md names.
export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: ['tests/**/*.test.{ts,tsx}'],
		setupFiles: ['tests/setup.ts'],
		exclude: ['tests/bench/**', 'node_modules/**'],
		// Ink draws nothing until exit when CI is set (docs/TERMINAL.md).
		env: {CI: 'false', FORCE_COLOR: '0'},
		testTimeout: 20_000,
		pool: 'forks',
	},
});
