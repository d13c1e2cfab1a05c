#!/usr/bin/env node
// `npm test`: the i18n key check, formatting (prettier), lint of every project, the API and
// portal builds the end-to-end suites start, then every test suite (unit, database on PGlite and, with TEST_DATABASE_URL, PostgreSQL, HTTP
// end-to-end and browser tests). Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const countsDir = join(root, 'tmp/test-counts');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const nx = join(root, 'node_modules/nx/dist/bin/nx.js');
const prettier = join(root, 'node_modules/prettier/bin/prettier.cjs');

function run(label, args) {
  process.stdout.write(`\n== ${label}\n`);
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  return r.status === 0;
}

// The builds run on their own, one at a time, before the tests: run inside the test step they
// shared two cores with jest workers and a failure was cut from the log. A failed build is
// tried once more, and says so, so that a machine hiccup and a real error can be told apart
// (a real error fails twice).
function build() {
  const args = [
    nx,
    'run-many',
    '-t',
    'build',
    '-p',
    'api',
    'portal',
    '--parallel=1',
    '--output-style=static',
  ];
  if (run('builds', args)) return true;
  console.log('\nThe build failed; trying once more to tell a passing hiccup from an error.');
  return run('builds (second try)', args);
}

rmSync(countsDir, { recursive: true, force: true });
const steps = [
  run('i18n keys', [join(root, 'tools/i18n/check.mjs')]),
  run('formatting', [prettier, '--check', '--log-level=warn', '.']),
  run('lint', [nx, 'run-many', '-t', 'lint', '--output-style=static']),
];
const built = build();
steps.push(
  built &&
    run('tests', [
      nx,
      'run-many',
      '-t',
      'test',
      '--skip-nx-cache',
      '--excludeTaskDependencies',
      '--output-style=static',
    ]),
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  for (const file of readdirSync(countsDir)) {
    const c = JSON.parse(readFileSync(join(countsDir, file), 'utf8'));
    passed += c.passed;
    failed += c.failedTests + (c.failedTests === 0 && c.suitesFailed > 0 ? c.suitesFailed : 0);
    skipped += c.skipped;
  }
} catch {
  // no jest run completed
}
// i18n, formatting, lint or build failures count as failed checks too.
failed += steps.slice(0, 3).filter((ok) => !ok).length + (built ? 0 : 1);
const ok = steps.every(Boolean) && failed === 0 && passed > 0;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
