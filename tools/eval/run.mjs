// `npm run eval [-- --set <folder>]`: runs the assistant evaluation (tools/eval/src/eval.spec.ts)
// against the built API and prints each set's table in markdown. Without --set it runs our
// own set and the development set (../shared/eval-dev) side by side. The same spec runs in
// the test suite, where it holds each set at its floors.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const at = args.indexOf('--set');
const set = at >= 0 ? args[at + 1] : undefined;
if (at >= 0 && !set) {
  console.error('--set needs a folder (corpus/, questions.jsonl, search.jsonl)');
  process.exit(2);
}
const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/nx/dist/bin/nx.js'), 'build', 'api', '--output-style=static'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false' },
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const jest = join(root, 'node_modules', '.bin', 'jest');
const result = spawnSync(jest, ['-c', 'tools/eval/jest.config.cts', ...rest], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    EVAL_REPORT: '1',
    ...(set ? { EVAL_SET: resolve(process.cwd(), set) } : {}),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
  },
});
process.exit(result.status ?? 1);
