/**
 * The sitemap protocol's XML (sitemaps.org) for absolute URLs. Only `&`, `<`, `>` and
 * quotes need escaping in a `<loc>`; the paths come from the route table.
 */
export function sitemapXml(urls: readonly string[]): string {
  const escape = (url: string) =>
    url.replace(
      /[&<>"']/g,
      (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${escape(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * Whether `host` (from the Host header, port removed) is one the site is served as:
 * ALLOWED_HOSTS entries are names or `*.` plus a name. The sitemap's URLs are built from
 * it, so any other host would let a request put another site's address in them.
 */
export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
  const name = host.toLowerCase();
  return allowed.some((entry) =>
    entry.startsWith('*.')
      ? name.endsWith(entry.slice(1)) && name.length > entry.length - 1
      : name === entry,
  );
}
