import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { join } from 'node:path';
import {
  ConfigError,
  createDataDir,
  databaseConfig,
  serverConfig,
  validateEnvironment,
} from '@portal/api/common';
import { DataDirLock, DataDirLockedError } from '@portal/api/database';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { listenPublic } from './app/listen';
import { portProblem } from './app/port-check';

/** Start-up problems a user can fix get one clear line, not a stack trace. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function bootstrap(): Promise<void> {
  let env: Record<string, string | undefined>;
  try {
    env = validateEnvironment(process.env);
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
  // The typed configuration Nest injects, read once more before Nest starts.
  const { port } = serverConfig();
  const database = databaseConfig();
  // Before anything opens, creates or migrates a database: a busy port is one line.
  const busy = await portProblem(port);
  if (busy) fail(busy);
  const dataDir = database.dataDir;
  if (!database.url || !env['JWT_SECRET']) createDataDir(dataDir);
  let lock: DataDirLock | undefined;
  if (!database.url) {
    // Lock before Nest starts, so a second process stops at once and clearly, and keep the
    // lock: the database module shares this hold rather than taking the lock anew.
    try {
      lock = DataDirLock.acquire(dataDir);
    } catch (e) {
      if (e instanceof DataDirLockedError) fail(e.message);
      throw e;
    }
    // Also on a crash that still runs exit handlers; after kill -9 the heartbeat stops
    // and the lock is taken over once it is stale.
    process.once('exit', () => lock?.release());
  }
  const app = await NestFactory.create(AppModule.forRoot(), { bufferLogs: true });
  await configureApp(app, { portalDist: join(__dirname, '..', 'portal') });
  // Close the HTTP server, then the database (releasing DATA_DIR), then exit 0, so a
  // supervisor sees a clean stop. Set before listening: the server answers (and a
  // supervisor may stop it) before `listenPublic` has finished adding accepting handles.
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      app.close().then(
        () => {
          lock?.release();
          process.exit(0);
        },
        (e: unknown) => fail(`Shutdown failed: ${e instanceof Error ? e.message : String(e)}`),
      );
    });
  }
  try {
    await listenPublic(app, port);
  } catch (e) {
    // Taken between the check and listen: rare, but still one line.
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(`PORT ${port} is already in use by another process`);
    }
    throw e;
  }
  process.stdout.write(`OSCE Policing Portal listening on http://localhost:${port}/\n`);
}

bootstrap().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof DataDirLockedError) fail(e.message);
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
