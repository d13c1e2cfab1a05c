/**
 * Server-rendered pages are complete without JavaScript, so the app's scripts can wait for
 * the first frame: the browser paints the page, then fetches and hydrates. Fetched the usual
 * way (entry module and modulepreload hints), the scripts arrive over a fast link before the
 * first paint and their evaluation holds the paint back. Events before hydration are not
 * lost: Angular's event replay records them from the inline contract at the top of the page.
 *
 * A hidden tab gets no animation frames, so there the scripts load at once.
 */
const ENTRY = /<script src="(main-[\w-]+\.js)" type="module"><\/script>/;
const PRELOAD = /<link rel="modulepreload" href="([\w./-]+\.js)">/g;

export function loadEntryAfterPaint(html: string, nonce: string): string {
  const entry = ENTRY.exec(html);
  if (!entry) return html;
  const preloads = [...html.matchAll(PRELOAD)].map((match) => match[1]);
  const loader =
    `<script type="module" nonce="${escapeAttribute(nonce)}">const load = () => {` +
    `for (const href of ${JSON.stringify(preloads)}) {` +
    "const link = document.createElement('link'); link.rel = 'modulepreload'; " +
    'link.href = href; document.head.append(link); }' +
    `import('./${entry[1]}'); };` +
    "document.visibilityState === 'hidden' ? load() : " +
    'requestAnimationFrame(() => setTimeout(load));</script>';
  return html.replace(PRELOAD, '').replace(ENTRY, loader);
}

/** A nonce is base64, but the page must stay well-formed whatever it is given. */
function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The rendered response with its scripts deferred to after the first paint; the loader is
 * an inline script, so it carries the response's CSP nonce.
 */
export async function withEntryAfterPaint(response: Response, nonce: string): Promise<Response> {
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(loadEntryAfterPaint(await response.text(), nonce), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
