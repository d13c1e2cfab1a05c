import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { createScratchDatabase, testDatabaseKinds } from '@portal/api/database/testing';

export type Engine = 'pglite' | 'postgres';

export const TEST_ADMIN = { email: 'admin@portal.test', password: 'Correct-Horse-Battery-9' };

// From libs/api/e2e-support/src to the workspace root.
const MAIN = resolve(__dirname, '../../../../dist/apps/api/main.js');

export interface RunningApi {
  readonly engine: Engine;
  readonly url: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
  /** Everything the process printed, for assertions and for failing tests' messages. */
  output(): string;
  http(): ReturnType<typeof request>;
  /** SIGTERM and wait for exit; returns the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: a crash, no clean-up. */
  kill(): Promise<void>;
  /** Removes the data directory and the scratch database. */
  dispose(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((r) => child.once('exit', (code) => r(code)));
}

export interface StartOptions {
  readonly engine?: Engine;
  readonly env?: Record<string, string>;
  /** Reuse a data directory or database (to test restarts); a fresh one otherwise. */
  readonly dataDir?: string;
  readonly databaseUrl?: string;
}

/**
 * Starts the built API (`dist/apps/api/main.js`) as its own process on a free port, on a
 * fresh embedded data directory or a fresh PostgreSQL database, and waits until it is ready.
 */
export async function startApi(options: StartOptions = {}): Promise<RunningApi> {
  const engine = options.engine ?? 'pglite';
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  let scratch: { url: string; drop: () => Promise<void> } | undefined;
  let databaseUrl = options.databaseUrl;
  if (engine === 'postgres' && !databaseUrl) {
    const server = process.env['TEST_DATABASE_URL'];
    if (!server) throw new Error('TEST_DATABASE_URL is needed for the postgres engine');
    scratch = await createScratchDatabase(server);
    databaseUrl = scratch.url;
  }
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '/tmp',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...options.env,
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;

  // Generous: the first start migrates and seeds, and CI machines are shared and slow.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the API exited with ${child.exitCode} before it was ready:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/api/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API was not ready within 180 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    engine,
    url,
    dataDir,
    process: child,
    output: () => output,
    http: () => request(url),
    stop: async () => {
      child.kill('SIGTERM');
      return exited(child);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    dispose: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited(child);
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      await scratch?.drop();
    },
  };
}

export interface ApiHandle {
  readonly engine: Engine;
  api(): RunningApi;
}

/**
 * Runs a block against a started API once per engine: the embedded database always,
 * PostgreSQL too when TEST_DATABASE_URL is set. Each block gets fresh data.
 */
export function describeEachApi(
  name: string,
  body: (handle: ApiHandle) => void,
  options: Pick<StartOptions, 'env'> = {},
): void {
  for (const engine of testDatabaseKinds()) {
    describe(`${name} [${engine}]`, () => {
      let running: RunningApi | undefined;
      beforeAll(async () => {
        running = await startApi({ engine, env: options.env });
      }, 200_000);
      afterAll(async () => {
        await running?.dispose();
      }, 60_000);
      body({
        engine,
        api: () => {
          if (!running) throw new Error('the API has not started');
          return running;
        },
      });
    });
  }
}

/** Logs in and returns an `Authorization` header value. */
export async function bearer(api: RunningApi, credentials = TEST_ADMIN): Promise<string> {
  const res = await api.http().post('/api/auth/login').send(credentials);
  if (res.status !== 200 && res.status !== 201) {
    throw new Error(
      `login as ${credentials.email} failed: ${res.status} ${JSON.stringify(res.body)}`,
    );
  }
  return `Bearer ${res.body.accessToken}`;
}
