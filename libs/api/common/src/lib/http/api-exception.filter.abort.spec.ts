import { Controller, Get, Req, type LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Request } from 'express';
import type { AddressInfo } from 'node:net';
import { ApiExceptionFilter } from './api-exception.filter';

/** Errors the application logged. */
class Errors implements LoggerService {
  readonly seen: string[] = [];
  readonly log = () => undefined;
  readonly warn = () => undefined;
  readonly error = (message: unknown) => void this.seen.push(String(message));
}

@Controller('t')
class WorkController {
  /** Work that follows its request: aborted when the client's connection closes. */
  @Get('followed')
  followed(@Req() req: Request): Promise<never> {
    return new Promise((_resolve, reject) =>
      req.res?.once('close', () =>
        reject(Object.assign(new Error('Request was aborted.'), { name: 'AbortError' })),
      ),
    );
  }

  @Get('broken')
  broken(): never {
    throw new Error('template failed');
  }
}

describe('ApiExceptionFilter, when the client leaves', () => {
  it('drops work aborted because its client left; other failures are still logged and answered', async () => {
    const errors = new Errors();
    const moduleRef = await Test.createTestingModule({ controllers: [WorkController] }).compile();
    const app = moduleRef.createNestApplication({ logger: errors });
    app.useGlobalFilters(new ApiExceptionFilter());
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    try {
      const leaving = new AbortController();
      const left = fetch(`${base}/t/followed`, { signal: leaving.signal });
      setTimeout(() => leaving.abort(), 50);
      await expect(left).rejects.toThrow();
      const broken = await fetch(`${base}/t/broken`);
      expect(broken.status).toBe(500);
      expect(errors.seen).toHaveLength(1);
      expect(errors.seen[0]).toContain('template failed');
    } finally {
      await app.close();
    }
  });
});
