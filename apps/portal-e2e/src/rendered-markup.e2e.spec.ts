import { renderedHtmlForSuite, VISIBLE_MARKUP } from './support/rendered-html';
import { baseUrl } from './support/state';

const LOCALES = ['en', 'fr', 'de', 'it', 'ru', 'es'] as const;

async function slugs(path: string): Promise<string[]> {
  const res = await fetch(`${baseUrl()}${path}`);
  const body = (await res.json()) as { items: { slug: string }[] };
  return body.items.map((item) => item.slug);
}

const html = renderedHtmlForSuite();

describe('descriptions written as HTML, server-rendered', () => {
  // Seeded descriptions are HTML with passage anchors; shown as text, a visitor reads
  // `<p id="p1">` and search engines quote it.
  it('show field operation and institution descriptions as text, with their anchors', async () => {
    const paths = [
      ...(await slugs('/api/field-operations?status=active')).map((s) => `/field-operations/${s}`),
      ...(await slugs('/api/institutions')).map((s) => `/institutions/${s}`),
    ];
    expect(paths.length).toBeGreaterThan(15);
    const problems: string[] = [];
    for (const lang of LOCALES) {
      for (const path of paths) {
        const page = await html().open(`/${lang}${path}`);
        if (page.status !== 200) problems.push(`/${lang}${path}: ${page.status}`);
        if (VISIBLE_MARKUP.test(page.visibleText)) problems.push(`/${lang}${path}: markup shown`);
        if (/[<>]|&lt;/.test(page.metaDescription) || page.metaDescription.length > 160) {
          problems.push(`/${lang}${path}: meta description ${page.metaDescription}`);
        }
        // Citations and search hits link to #p1: the passage must exist on the page.
        if (!page.ids.includes('p1')) problems.push(`/${lang}${path}: no #p1`);
      }
    }
    expect(problems).toEqual([]);
  });
});
