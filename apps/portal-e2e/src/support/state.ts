import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServerState {
  readonly baseUrl: string;
  readonly pid: number;
  readonly dataDir: string;
}

/** Where globalSetup leaves the server's details for globalTeardown. */
export const STATE_FILE = join(tmpdir(), 'portal-e2e-server.json');

/** Set by globalSetup before the test workers start, so they inherit it. */
export function baseUrl(): string {
  const url = process.env['PORTAL_E2E_BASE_URL'];
  if (!url) throw new Error('PORTAL_E2E_BASE_URL is not set: globalSetup did not run');
  return url;
}
