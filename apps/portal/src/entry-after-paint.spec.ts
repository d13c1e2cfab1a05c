/**
 * @jest-environment node
 */
import { loadEntryAfterPaint, withEntryAfterPaint } from './entry-after-paint';

const PAGE =
  '<html><head><link rel="modulepreload" href="chunk-XY9.js"></head><body><p>Text</p><script src="main-AB12_cd.js" type="module"></script>' +
  '<script id="ng-state" type="application/json">{}</script></body></html>';

describe('loadEntryAfterPaint', () => {
  it('replaces the entry script tag with a loader that waits for the first frame', () => {
    const html = loadEntryAfterPaint(PAGE, 'n0nce+/=');
    expect(html).not.toContain('src="main-AB12_cd.js"');
    expect(html).toContain("import('./main-AB12_cd.js')");
    expect(html).toContain('requestAnimationFrame');
    // The preload hint moves into the loader too, or it would fetch before the paint.
    expect(html).not.toContain('<link rel="modulepreload"');
    expect(html).toContain('["chunk-XY9.js"]');
    expect(html).toContain('<script id="ng-state" type="application/json">{}</script>');
  });

  it('signs the loader with the response nonce, the only inline script CSP lets run', () => {
    expect(loadEntryAfterPaint(PAGE, 'n0nce+/=')).toContain(
      '<script type="module" nonce="n0nce+/=">',
    );
    expect(loadEntryAfterPaint(PAGE, '"><script>')).toContain(
      'nonce="&#34;&#62;&#60;script&#62;">',
    );
  });

  it('leaves a page without the entry script as it is', () => {
    const page =
      '<html><head><link rel="modulepreload" href="a.js"></head>' +
      '<body><script src="other.js"></script></body></html>';
    expect(loadEntryAfterPaint(page, 'n0nce')).toBe(page);
  });
});

describe('withEntryAfterPaint', () => {
  it('rewrites HTML responses and keeps status and headers, without a stale length', async () => {
    const response = new Response(PAGE, {
      status: 404,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': '999' },
    });
    const rewritten = await withEntryAfterPaint(response, 'n0nce');
    expect(rewritten.status).toBe(404);
    expect(rewritten.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(rewritten.headers.get('content-length')).toBeNull();
    await expect(rewritten.text()).resolves.toContain('requestAnimationFrame');
  });

  it('passes other responses through untouched', async () => {
    const response = new Response('{}', { headers: { 'content-type': 'application/json' } });
    await expect(withEntryAfterPaint(response, 'n0nce')).resolves.toBe(response);
  });
});
