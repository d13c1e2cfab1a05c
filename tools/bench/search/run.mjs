#!/usr/bin/env node
// `npm run bench:search [-- --n 100000 --queries 300]`: runs bench.ts under ts-node with
// the workspace's path aliases. PostgreSQL is measured too when TEST_DATABASE_URL or
// DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const here = import.meta.dirname;
const root = join(here, '../../..');
const r = spawnSync(
  process.execPath,
  [
    '-r',
    'ts-node/register',
    '-r',
    'tsconfig-paths/register',
    join(here, 'bench.ts'),
    ...process.argv.slice(2),
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
