import express from 'express';
import type { IncomingMessage } from 'node:http';
import { clientAddress } from './client-address';
import type { TrustProxy } from './page-cache';

describe('clientAddress', () => {
  it.each([
    [false, '198.51.100.1', undefined],
    [false, '198.51.100.1', '203.0.113.7'],
    ['loopback', '127.0.0.1', '203.0.113.7'],
    ['loopback', '127.0.0.1', ' 203.0.113.7 , 10.0.0.2 ,127.0.0.1'],
    ['loopback', '198.51.100.1', '203.0.113.7'],
    [1, '10.0.0.1', '203.0.113.7, 192.0.2.9'],
    [2, '10.0.0.1', '203.0.113.7, 192.0.2.9'],
    ['10.0.0.0/8', '10.0.0.1', '203.0.113.7,, 10.0.0.5'],
    [true, '10.0.0.1', '2001:db8::1, 10.0.0.5'],
    ['loopback', '::1', ''],
  ])('is Express req.ip with trust proxy %p, peer %p, X-Forwarded-For %p', (trust, peer, xff) => {
    const app = express();
    app.set('trust proxy', trust);
    const req = Object.assign(Object.create(app.request), {
      app,
      headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
      socket: { remoteAddress: peer },
    }) as express.Request;
    const fn = app.get('trust proxy fn') as TrustProxy;
    expect(clientAddress(req as unknown as IncomingMessage, fn)).toBe(req.ip);
  });
});
