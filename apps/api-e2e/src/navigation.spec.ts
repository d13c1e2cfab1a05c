import type { NavigationItem } from '@portal/domain/content';
import { bearer, describeEachApi } from '@portal/api/e2e-support';

/** Every `path` of the tree, depth first. */
function paths(items: readonly NavigationItem[]): string[] {
  return items.flatMap((item) => [
    ...(item.path ? [item.path] : []),
    ...paths(item.children ?? []),
  ]);
}

/** The portal URL a menu path leads to: the query stays, the fragment never reaches the server. */
function portalUrl(lang: string, path: string): string {
  const hash = path.indexOf('#');
  return `/${lang}${hash >= 0 ? path.slice(0, hash) : path}`;
}

describeEachApi('navigation', ({ api }) => {
  async function navigation(lang: string): Promise<NavigationItem[]> {
    const res = await api().http().get(`/api/navigation?lang=${lang}`).expect(200);
    return res.body as NavigationItem[];
  }

  it('links only pages that exist on a freshly seeded site', async () => {
    const en = await navigation('en');
    const urls = [...new Set(paths(en).map((path) => portalUrl('en', path)))];
    // The seeded "About us" page and the Chairpersonship's country are in the menu.
    expect(urls).toEqual(expect.arrayContaining(['/en/about', '/en/countries/FI']));
    expect(urls.length).toBeGreaterThan(100);

    const broken: string[] = [];
    for (const url of urls) {
      const res = await api().http().get(url);
      if (res.status !== 200) broken.push(`${url} -> ${res.status}`);
    }
    expect(broken).toEqual([]);
  });

  it('adds an editorial page to the menu once an editor publishes it', async () => {
    const auth = await bearer(api());
    expect(paths(await navigation('en'))).not.toContain('/about/employment');
    // The portal answers an unpublished page with a 404, which is what the menu avoids.
    await api().http().get('/en/about/employment').expect(404);

    const created = await api()
      .http()
      .post('/api/admin/pages')
      .set('Authorization', auth)
      .send({
        slug: 'employment',
        sourceLocale: 'en',
        translations: { en: { title: 'Employment', body: 'Vacancies at the OSCE.' } },
      })
      .expect(201);
    // A draft is not a page visitors can open.
    expect(paths(await navigation('en'))).not.toContain('/about/employment');

    await api()
      .http()
      .post(`/api/admin/pages/${created.body.id}/publish`)
      .set('Authorization', auth)
      .send({ version: created.body.version })
      .expect(200);
    expect(paths(await navigation('en'))).toContain('/about/employment');
    // Any published translation serves every locale, so every menu links it.
    const fr = await navigation('fr');
    expect(fr.find((item) => item.key === 'about')?.children).toContainEqual({
      key: 'employment',
      label: 'Emploi',
      path: '/about/employment',
    });
    await api().http().get('/en/about/employment').expect(200);

    // Search hits (and the assistant's citations, built from them) lead to the same address.
    const search = await api().http().get('/api/search?q=vacancies&lang=en').expect(200);
    const hit = (search.body.hits as { type: string; url: string }[]).find(
      (h) => h.type === 'page',
    );
    expect(hit?.url).toMatch(/^\/en\/about\/employment#p\d+$/);
    await api()
      .http()
      .get((hit?.url ?? '').split('#')[0])
      .expect(200);
  });
});
