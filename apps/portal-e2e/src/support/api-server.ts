import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');

/** The built API (which also serves the built portal) running as its own process. */
export interface ApiServer {
  readonly url: string;
  readonly child: ChildProcess;
  readonly dataDir: string;
}

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

/**
 * Starts `dist/apps/api/main.js` on a free port with a fresh DATA_DIR and resolves once
 * /api/health answers. Its stderr is kept, so a start that fails says why.
 */
export async function startApiServer(
  dataDirPrefix: string,
  env: Record<string, string | undefined> = {},
): Promise<ApiServer> {
  const main = join(root, 'dist/apps/api/main.js');
  if (!existsSync(main) || !existsSync(join(root, 'dist/apps/portal/browser'))) {
    throw new Error('Build missing: run `npx nx run-many -t build -p api portal` first.');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), dataDirPrefix));
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child, dataDir };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`API not healthy after 240 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** One JSON request to the API under test, with an optional bearer token. */
export async function api<T>(
  server: ApiServer,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(server.url + path, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** An access token for a staff account; the sign-in must succeed. */
export async function tokenFor(
  server: ApiServer,
  who: { readonly email: string; readonly password: string },
): Promise<string> {
  const res = await api<{ accessToken: string }>(server, '/api/auth/login', {
    method: 'POST',
    body: who,
  });
  if (res.status !== 200) throw new Error(`sign-in as ${who.email} answered ${res.status}`);
  return res.body.accessToken;
}
