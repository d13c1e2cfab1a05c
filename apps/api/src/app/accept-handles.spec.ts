import { spawn } from 'node:child_process';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { addAcceptHandles } from './accept-handles';

function listening(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', backlog: 4096 }, () =>
      resolve((server.address() as AddressInfo).port),
    );
  });
}

/**
 * Holds the event loop in turns of `ms` while another process opens `connections`
 * connections, and counts how many the server accepted by the end of `turns` turns.
 */
async function acceptedWhileBusy(port: number, server: Server, turns: number): Promise<number> {
  let accepted = 0;
  server.on('connection', (socket) => {
    accepted += 1;
    socket.on('error', () => undefined);
  });
  const client = spawn(process.execPath, [
    '-e',
    `const net = require('node:net');
     for (let i = 0; i < 300; i++) net.connect(${port}, '127.0.0.1').on('error', () => {});
     setTimeout(() => {}, 20000);`,
  ]);
  try {
    // Until the client's connections are all in the queue: a turn each.
    for (let turn = 0; turn < turns; turn++) {
      await new Promise((r) => setImmediate(r));
      const until = Date.now() + 50;
      while (Date.now() < until);
    }
    return accepted;
  } finally {
    client.kill();
  }
}

describe('addAcceptHandles', () => {
  it('accepts a burst of connections while every turn of the event loop is long', async () => {
    const plain = createServer();
    const withHandles = createServer();
    try {
      // One listening handle accepts one connection a turn: 40 turns, at most 40.
      const plainPort = await listening(plain);
      expect(await acceptedWhileBusy(plainPort, plain, 40)).toBeLessThanOrEqual(40);
      const port = await listening(withHandles);
      await expect(addAcceptHandles(withHandles, 32, 4096)).resolves.toBe(32);
      expect(await acceptedWhileBusy(port, withHandles, 40)).toBe(300);
    } finally {
      plain.close();
      withHandles.close();
    }
  }, 30_000);

  it('closes every handle with the server, so the port is free again', async () => {
    const server = createServer();
    const port = await listening(server);
    await addAcceptHandles(server, 4, 4096);
    await new Promise((r) => server.close(r));
    const again = createServer();
    await expect(listening(again, port)).resolves.toBe(port);
    await new Promise((r) => again.close(r));
  });

  it('adds none to a server that does not listen on a TCP socket of its own', async () => {
    await expect(addAcceptHandles(createServer(), 4, 4096)).resolves.toBe(0);
  });
});
