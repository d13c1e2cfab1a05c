import express from 'express';
import request from 'supertest';
import { parseTrustProxy } from '../config/trust-proxy';
import { clientIp, clientNetwork } from './client-ip';

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

describe('clientNetwork', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2::a', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:1:2:3', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
  ])('keys %s by %s', (ip, key) => {
    expect(clientNetwork(ip)).toBe(key);
  });

  it('gives every address of one /64 the same key, and the next /64 another', () => {
    expect(clientNetwork('2001:db8:1:2:aaaa::1')).toBe(clientNetwork('2001:db8:1:2:bbbb::2'));
    expect(clientNetwork('2001:db8:1:3::1')).not.toBe(clientNetwork('2001:db8:1:2::1'));
  });
});
