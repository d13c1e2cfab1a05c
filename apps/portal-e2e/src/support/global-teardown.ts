import { existsSync, readFileSync, rmSync } from 'node:fs';
import { stateFile, type ServerState } from './state';

export default async function globalTeardown(): Promise<void> {
  const file = stateFile();
  if (!existsSync(file)) return;
  const state = JSON.parse(readFileSync(file, 'utf8')) as ServerState;
  try {
    process.kill(state.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  // Give PGlite a moment to release its files before they are removed.
  await new Promise((r) => setTimeout(r, 500));
  rmSync(state.dataDir, { recursive: true, force: true });
  rmSync(file, { force: true });
}
