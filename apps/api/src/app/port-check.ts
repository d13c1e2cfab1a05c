import { createServer } from 'node:net';

/**
 * Why `port` cannot be listened on, or undefined when it can. Checked before the database
 * is opened: finding out at `listen`, after migrating and seeding a new DATA_DIR, left a
 * database behind and printed a stack trace. The probe binds as Nest will (all
 * interfaces) and closes at once; a process that takes the port in between still fails
 * at `listen`, which is rare enough.
 */
export function portProblem(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) => {
      resolve(
        e.code === 'EADDRINUSE'
          ? `PORT ${port} is already in use by another process; stop it or set PORT to a free port`
          : e.code === 'EACCES'
            ? `PORT ${port} needs privileges this process lacks; set PORT to 1024 or above`
            : `PORT ${port} cannot be listened on: ${e.message}`,
      );
    });
    probe.listen(port, () => probe.close(() => resolve(undefined)));
  });
}
