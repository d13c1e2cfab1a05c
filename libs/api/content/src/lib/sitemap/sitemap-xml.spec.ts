import { isAllowedHost, sitemapXml } from './sitemap-xml';

describe('sitemapXml', () => {
  it('lists each URL in a <loc>, escaped', () => {
    const xml = sitemapXml(['https://x.org/en', 'https://x.org/en/countries?group=a&b=1']);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://x.org/en</loc></url>');
    expect(xml).toContain('<loc>https://x.org/en/countries?group=a&amp;b=1</loc>');
  });
});

describe('isAllowedHost', () => {
  it('accepts listed names and subdomains of wildcards, nothing else', () => {
    const allowed = ['localhost', '*.example.org'];
    expect(isAllowedHost('localhost', allowed)).toBe(true);
    expect(isAllowedHost('portal.example.org', allowed)).toBe(true);
    expect(isAllowedHost('example.org', allowed)).toBe(false);
    expect(isAllowedHost('evilexample.org', allowed)).toBe(false);
    expect(isAllowedHost('evil.test', allowed)).toBe(false);
  });
});
