import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';

// Property tests run from a fixed seed unless FUZZ_RUNS asks for a long, random run
// (`npm run fuzz`): CI stays reproducible, and a failure names its seed and path either way.
if (process.env['FUZZ_RUNS'] === undefined) {
	fc.configureGlobal({seed: 20_261_125});
}

// comb keeps reading state and reads a config file under the XDG folders: every test file (and
// every comb it starts, which inherits this environment) gets its own empty temporary ones,
// so no test reads the real config or writes into the real home.
const scratch = mkdtempSync(join(tmpdir(), 'comb-test-home-'));
process.env['XDG_STATE_HOME'] = join(scratch, 'state');
process.env['XDG_CONFIG_HOME'] = join(scratch, 'config');
// The state is off unless a test turns it on (tests/cli/state.test.ts, tests/e2e/remember.test.ts):
// otherwise a test opening a file another test read would resume where that one left off.
process.env['COMB_STATE'] = 'off';
