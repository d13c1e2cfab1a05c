import { cachedResponse, ResponseCache } from './response-cache';

const entry = (text: string) => cachedResponse(Buffer.from(text), { 'content-type': 'text/plain' });

describe('ResponseCache', () => {
  it('evicts the least recently used entries once over its byte budget', () => {
    const cache = new ResponseCache(350);
    const body = 'x'.repeat(80);
    cache.set('a', entry(body), cache.generation);
    cache.set('b', entry(body), cache.generation);
    cache.set('c', entry(body), cache.generation);
    expect(cache.get('a')).toBeDefined();
    cache.set('d', entry(body), cache.generation);
    // 'b' was used least recently ('a' was read after it was stored).
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('d')).toBeDefined();
    expect(cache.usedBytes).toBeLessThanOrEqual(350);
  });

  it('drops everything on invalidate, and refuses an answer computed before it', () => {
    const cache = new ResponseCache(10_000);
    const before = cache.generation;
    cache.set('page', entry('old'), before);
    cache.invalidate();
    expect(cache.get('page')).toBeUndefined();
    expect(cache.set('page', entry('old, finished late'), before)).toBe(false);
    expect(cache.get('page')).toBeUndefined();
    expect(cache.set('page', entry('new'), cache.generation)).toBe(true);
    expect(cache.get('page')?.body.toString()).toBe('new');
  });

  it('gives equal bodies equal strong ETags, and gzips only bodies worth it', () => {
    expect(entry('same').etag).toBe(entry('same').etag);
    expect(entry('same').etag).not.toBe(entry('other').etag);
    expect(entry('same').etag).toMatch(/^"[\w-]+"$/);
    expect(entry('tiny').gzip).toBeUndefined();
    expect(entry('y'.repeat(5000)).gzip?.length).toBeLessThan(5000);
  });
});
