import fc from 'fast-check';

// Property tests run from a fixed seed unless FUZZ_RUNS asks for a long, random run
// (`npm run fuzz`): CI stays reproducible, and a failure names its seed and path either way.
if (process.env['FUZZ_RUNS'] === undefined) {
	fc.configureGlobal({seed: 20_261_125});
}
