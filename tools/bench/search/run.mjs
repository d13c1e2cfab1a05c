#!/usr/bin/env node
// `npm run bench:search [-- --n 100000 --queries 300]`: runs bench.ts under ts-node with
// the workspace's path aliases. PostgreSQL is measured too when TEST_DATABASE_URL or
// DATABASE_URL is set. `npm run bench:ingest [-- --docs 300 --batch 50]` (`--ingest`)
// builds the API and runs ingest.ts against it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const here = import.meta.dirname;
const root = join(here, '../../..');
const ingest = process.argv.includes('--ingest');
if (ingest) {
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
}
const r = spawnSync(
  process.execPath,
  [
    // The search bench collects the snapshot load's garbage before it measures (bench.ts).
    '--expose-gc',
    '-r',
    'ts-node/register',
    '-r',
    'tsconfig-paths/register',
    join(here, ingest ? 'ingest.ts' : 'bench.ts'),
    ...process.argv.slice(2).filter((a) => a !== '--ingest'),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      TS_NODE_PROJECT: join(here, 'tsconfig.json'),
      TS_NODE_TRANSPILE_ONLY: 'true',
      // tsconfig-paths needs a base for the workspace's relative alias targets.
      TS_NODE_BASEURL: root,
    },
  },
);
process.exit(r.status ?? 1);
