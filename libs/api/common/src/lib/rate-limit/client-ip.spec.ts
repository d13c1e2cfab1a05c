import express from 'express';
import request from 'supertest';
import { parseTrustProxy } from '../config/trust-proxy';
import { clientIp } from './client-ip';

function app(trustProxy: string | undefined) {
  const server = express();
  server.set('trust proxy', parseTrustProxy(trustProxy));
  server.get('/', (req, res) => {
    res.json({ ip: clientIp(req) });
  });
  return server;
}

async function seenAs(trustProxy: string | undefined, forwardedFor: string): Promise<string> {
  const res = await request(app(trustProxy)).get('/').set('X-Forwarded-For', forwardedFor);
  return res.body.ip;
}

describe('clientIp', () => {
  it('ignores X-Forwarded-For by default (TRUST_PROXY unset): a client cannot pick its address', async () => {
    expect(await seenAs(undefined, '203.0.113.7')).toBe('127.0.0.1');
  });

  it('takes the address one trusted proxy saw with TRUST_PROXY=1', async () => {
    // nginx sets the header to its peer's address; a forged earlier entry is not believed.
    expect(await seenAs('1', '203.0.113.7')).toBe('203.0.113.7');
    expect(await seenAs('1', '198.51.100.66, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('follows the header only through the listed proxy addresses', async () => {
    expect(await seenAs('127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
    expect(await seenAs('127.0.0.0/8', '198.51.100.66, 203.0.113.7')).toBe('203.0.113.7');
    expect(await seenAs('10.0.0.0/8', '203.0.113.7')).toBe('127.0.0.1');
  });

  it('falls back to the socket address', () => {
    expect(clientIp({ ip: undefined, socket: { remoteAddress: '::ffff:10.0.0.1' } } as never)).toBe(
      '10.0.0.1',
    );
  });
});
