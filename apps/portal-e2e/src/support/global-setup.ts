import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stateFile, type ServerState } from './state';

const root = resolve(__dirname, '../../../..');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

async function waitForHealth(url: string, child: ReturnType<typeof spawn>, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`API exited with ${child.exitCode} before it was healthy`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} not healthy after ${ms} ms`);
}

export default async function globalSetup(): Promise<void> {
  const api = join(root, 'dist/apps/api/main.js');
  const portal = join(root, 'dist/apps/portal/browser');
  if (!existsSync(api) || !existsSync(portal)) {
    throw new Error('Build missing: run `npx nx run-many -t build -p api portal` first.');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  const child = spawn(process.execPath, [api], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(`${baseUrl}/api/health`, child, 240_000);
  const state: ServerState = { baseUrl, pid: child.pid ?? 0, dataDir };
  writeFileSync(stateFile(), JSON.stringify(state));
  process.env['PORTAL_E2E_BASE_URL'] = baseUrl;
}
