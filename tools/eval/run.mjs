// `npm run eval`: runs the assistant evaluation (tools/eval/src/eval.spec.ts) with jest on
// PGlite and prints the metrics table in markdown. The same spec runs in the test suite,
// where it asserts the thresholds.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const jest = join(root, 'node_modules', '.bin', 'jest');
const result = spawnSync(jest, ['-c', 'tools/eval/jest.config.cts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    EVAL_REPORT: '1',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
  },
});
process.exit(result.status ?? 1);
