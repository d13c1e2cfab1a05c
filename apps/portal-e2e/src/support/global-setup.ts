import { writeFileSync } from 'node:fs';
import { startApiServer } from './api-server';
import { stateFile, type ServerState } from './state';

/** One API (serving the built portal) for the public-portal browser tests. */
export default async function globalSetup(): Promise<void> {
  const server = await startApiServer('portal-e2e-', process.env);
  const state: ServerState = {
    baseUrl: server.url,
    pid: server.child.pid ?? 0,
    dataDir: server.dataDir,
  };
  writeFileSync(stateFile(), JSON.stringify(state));
  process.env['PORTAL_E2E_BASE_URL'] = server.url;
}
