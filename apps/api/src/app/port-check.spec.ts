import { AddressInfo, createServer, Server } from 'node:net';
import { portProblem } from './port-check';

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, () => resolve((server.address() as AddressInfo).port)),
  );
}

describe('portProblem', () => {
  it('names a busy port in one line, and lets a free one be used', async () => {
    const holder = createServer();
    const port = await listen(holder);
    try {
      const problem = await portProblem(port);
      expect(problem).toBe(
        `PORT ${port} is already in use by another process; stop it or set PORT to a free port`,
      );
    } finally {
      await new Promise((r) => holder.close(r));
    }
    await expect(portProblem(port)).resolves.toBeUndefined();
    // The probe let go of the port again.
    const again = createServer();
    await new Promise<void>((resolve) => again.listen(port, resolve));
    await new Promise((r) => again.close(r));
  });
});
