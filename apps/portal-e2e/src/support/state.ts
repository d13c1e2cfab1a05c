import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServerState {
  readonly baseUrl: string;
  readonly pid: number;
  readonly dataDir: string;
}

/**
 * Where globalSetup leaves the server's details for globalTeardown (same process). One
 * file per run: concurrent runs must never stop each other's server.
 */
export function stateFile(): string {
  const existing = process.env['PORTAL_E2E_STATE_FILE'];
  if (existing) return existing;
  const file = join(tmpdir(), `portal-e2e-server-${process.pid}-${Date.now()}.json`);
  process.env['PORTAL_E2E_STATE_FILE'] = file;
  return file;
}

/** Set by globalSetup before the test workers start, so they inherit it. */
export function baseUrl(): string {
  const url = process.env['PORTAL_E2E_BASE_URL'];
  if (!url) throw new Error('PORTAL_E2E_BASE_URL is not set: globalSetup did not run');
  return url;
}
