import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { LISTEN_BACKLOG, listenPublic } from './listen';

@Controller('ping')
class PingController {
  @Get()
  ping(): string {
    return 'pong';
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

describe('listenPublic', () => {
  it('serves the app on the port with the larger accept queue', async () => {
    const app = await NestFactory.create(PingModule, { logger: false });
    const listen = jest.spyOn(app.getHttpServer() as Server, 'listen');
    try {
      await listenPublic(app, 0);
      expect(listen).toHaveBeenCalledWith(
        { port: 0, backlog: LISTEN_BACKLOG },
        expect.any(Function),
      );
      const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/ping`);
      await expect(res.text()).resolves.toBe('pong');
    } finally {
      await app.close();
    }
  });

  it('rejects with the error of a port another process holds', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, resolve));
    const { port } = holder.address() as AddressInfo;
    const app = await NestFactory.create(PingModule, { logger: false });
    try {
      await expect(listenPublic(app, port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await app.close().catch(() => undefined);
      await new Promise((r) => holder.close(r));
    }
  });
});
