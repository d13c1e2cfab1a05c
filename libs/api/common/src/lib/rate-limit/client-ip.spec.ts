import express from 'express';
import request from 'supertest';
import { clientIp } from './client-ip';

function app(trustProxy: boolean) {
  const server = express();
  server.set('trust proxy', trustProxy);
  server.get('/', (req, res) => {
    res.json({ ip: clientIp(req) });
  });
  return server;
}

describe('clientIp', () => {
  it('ignores X-Forwarded-For unless the app trusts the proxy', async () => {
    const direct = await request(app(false)).get('/').set('X-Forwarded-For', '203.0.113.7');
    expect(direct.body.ip).toBe('127.0.0.1');
    const proxied = await request(app(true)).get('/').set('X-Forwarded-For', '203.0.113.7');
    expect(proxied.body.ip).toBe('203.0.113.7');
  });

  it('falls back to the socket address', () => {
    expect(clientIp({ ip: undefined, socket: { remoteAddress: '::ffff:10.0.0.1' } } as never)).toBe(
      '10.0.0.1',
    );
  });
});
