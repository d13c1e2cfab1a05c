#!/usr/bin/env node
// `npm start`: builds what is missing (Nx caches unchanged builds), then serves the API and
// the portal on PORT from one process.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const nx = join(root, 'node_modules/nx/dist/bin/nx.js');

const build = spawnSync(
  process.execPath,
  [nx, 'run-many', '-t', 'build', '-p', 'api', 'portal', '--output-style=static'],
  { cwd: root, env, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  env: process.env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
