import type {
  AdminOfficeHolder,
  CountryDetail,
  LeadershipOfficePayload,
  NavigationItem,
  SearchHit,
} from '@portal/domain/content';
import { bearer, describeEachApi } from '@portal/api/e2e-support';

function find(items: readonly NavigationItem[], key: string): NavigationItem | undefined {
  for (const item of items) {
    if (item.key === key) return item;
    const found = find(item.children ?? [], key);
    if (found) return found;
  }
  return undefined;
}

describeEachApi('leadership, countries and menu pages', ({ api }) => {
  let auth: string;
  beforeAll(async () => {
    auth = await bearer(api());
  });

  async function leadership(lang: string): Promise<LeadershipOfficePayload[]> {
    const res = await api().http().get(`/api/leadership?lang=${lang}`).expect(200);
    return res.body.items as LeadershipOfficePayload[];
  }

  it('names the 2026 office holders, seeded with their sources, in the reader’s language', async () => {
    const ru = await leadership('ru');
    expect(ru.slice(0, 2)).toEqual([
      expect.objectContaining({
        slug: 'chairpersonship',
        group: 'heads',
        holder: expect.objectContaining({ name: 'Швейцария', since: '2026-01-01' }),
      }),
      expect.objectContaining({
        slug: 'chairperson-in-office',
        title: 'Действующий председатель',
        holder: expect.objectContaining({ name: 'Иньяцио Кассис' }),
      }),
    ]);
    const en = await leadership('en');
    const rfom = en.find((o) => o.slug === 'representative-on-freedom-of-the-media');
    expect(rfom?.holder).toMatchObject({ name: 'Jan Braathu', since: '2024-12-06' });
    expect(rfom?.holder?.sourceUrl).toMatch(/^https:\/\//);
    expect(rfom?.path).toBe('/institutions/representative-on-freedom-of-the-media');
    await api().http().get('/api/leadership?lang=xx').expect(400);
  });

  it('lets staff record, correct and remove a holder through the admin API', async () => {
    await api().http().get('/api/admin/leadership').expect(401);
    await api()
      .http()
      .put('/api/admin/leadership/head-of-mission-to-moldova')
      .send({ name: 'Someone', since: '2026-01-01' })
      .expect(401);

    const list = await api()
      .http()
      .get('/api/admin/leadership')
      .set('Authorization', auth)
      .expect(200);
    const items = list.body.items as AdminOfficeHolder[];
    expect(items.length).toBe(26);
    expect(items.find((i) => i.office === 'head-of-mission-to-moldova')?.holder).toBeUndefined();

    const bad = await api()
      .http()
      .put('/api/admin/leadership/head-of-mission-to-moldova')
      .set('Authorization', auth)
      .send({ name: 'Someone', since: '2026-02-30', sourceUrl: 'not a url' })
      .expect(400);
    const fields = (bad.body.details as { path: string }[]).map((d) => d.path);
    expect(fields).toEqual(expect.arrayContaining(['since', 'sourceUrl']));

    await api()
      .http()
      .put('/api/admin/leadership/no-such-office')
      .set('Authorization', auth)
      .send({ name: 'Someone', since: '2026-01-01' })
      .expect(404);

    const set = await api()
      .http()
      .put('/api/admin/leadership/head-of-mission-to-moldova')
      .set('Authorization', auth)
      .send({
        name: 'Example Holder',
        localNames: { ru: 'Пример' },
        since: '2025-03-01',
        sourceUrl: 'https://example.org/moldova',
        note: 'Date of arrival not confirmed.',
      })
      .expect(200);
    expect((set.body as AdminOfficeHolder).holder).toMatchObject({
      name: 'Example Holder',
      since: '2025-03-01',
      updatedBy: 'admin@portal.test',
    });
    const ru = await leadership('ru');
    expect(ru.find((o) => o.slug === 'head-of-mission-to-moldova')?.holder).toEqual({
      name: 'Пример',
      since: '2025-03-01',
      sourceUrl: 'https://example.org/moldova',
      note: 'Date of arrival not confirmed.',
    });

    await api()
      .http()
      .delete('/api/admin/leadership/head-of-mission-to-moldova')
      .set('Authorization', auth)
      .expect(204);
    const en = await leadership('en');
    expect(en.find((o) => o.slug === 'head-of-mission-to-moldova')?.holder).toBeUndefined();
    const audit = await api().http().get('/api/admin/audit').set('Authorization', auth).expect(200);
    expect(JSON.stringify(audit.body)).toContain('leadership.remove');
    // The admin's item-type filter finds the office-holders' changes, and only those.
    const holders = await api()
      .http()
      .get('/api/admin/audit?itemType=office-holder&size=100')
      .set('Authorization', auth)
      .expect(200);
    const actions = holders.body.items.map((e: { action: string }) => e.action);
    expect(actions).toContain('leadership.remove');
    expect(
      holders.body.items.every((e: { itemType: string }) => e.itemType === 'office-holder'),
    ).toBe(true);
    const unknown = await api()
      .http()
      .get('/api/admin/audit?itemType=officeholder')
      .set('Authorization', auth)
      .expect(400);
    expect(JSON.stringify(unknown.body)).toContain('itemType must be one of');
  });

  it('finds office holders in search and the assistant, also after staff change one', async () => {
    const hits = async (q: string, lang: string): Promise<SearchHit[]> =>
      (await api().http().get('/api/search').query({ q, lang }).expect(200)).body.hits;
    const seeded = await hits('Jan Braathu', 'en');
    expect(seeded.map((h) => h.url)).toContain(
      '/en/leadership#representative-on-freedom-of-the-media',
    );

    await api()
      .http()
      .put('/api/admin/leadership/head-of-mission-to-moldova')
      .set('Authorization', auth)
      .send({ name: 'Marta Quillfeather', since: '2026-05-04' })
      .expect(200);
    const found = await hits('Quillfeather', 'de');
    expect(found[0]).toMatchObject({
      url: '/de/leadership#head-of-mission-to-moldova',
      lang: 'de',
    });
    const asked = await api()
      .http()
      .post('/api/assistant/ask')
      .send({ question: 'Who is the Head of the OSCE Mission to Moldova?', lang: 'en' })
      .expect(200);
    expect(asked.body.refused).toBe(false);
    expect(asked.body.answer).toContain('Marta Quillfeather');
    expect(asked.body.citations[0]?.url).toBe('/en/leadership#head-of-mission-to-moldova');

    await api()
      .http()
      .delete('/api/admin/leadership/head-of-mission-to-moldova')
      .set('Authorization', auth)
      .expect(204);
    expect(await hits('Quillfeather', 'de')).toEqual([]);
  });

  it('tells on a country page its status, year of joining, field operation and documents', async () => {
    const jordan = await api().http().get('/api/countries/JO?lang=fr').expect(200);
    expect(jordan.body as CountryDetail).toMatchObject({
      group: 'mediterranean-partner',
      joined: 1998,
    });
    const albania = (await api().http().get('/api/countries/AL?lang=en').expect(200))
      .body as CountryDetail;
    expect(albania.joined).toBe(1991);
    expect(albania.fieldOperations.map((f) => f.slug)).toContain('presence-in-albania');

    await api()
      .http()
      .post('/api/admin/documents')
      .set('Authorization', auth)
      .send({
        title: 'Community policing in Albania',
        lang: 'en',
        format: 'markdown',
        content: '# Community policing in Albania\n\nThe State Police of Albania trains officers.',
      })
      .expect(201);
    const docs = await api().http().get('/api/countries/AL/documents?lang=en').expect(200);
    const hits = docs.body.items as SearchHit[];
    expect(hits.map((h) => h.title)).toContain('Community policing in Albania');
    expect(hits.every((h) => h.type === 'document')).toBe(true);
    await api().http().get('/api/countries/ZZ/documents?lang=en').expect(404);
  });

  it('lists a page staff publish outside the site map under "About us", in its languages only', async () => {
    const created = await api()
      .http()
      .post('/api/admin/pages')
      .set('Authorization', auth)
      .send({
        slug: 'guida-polizia-di-prossimita',
        sourceLocale: 'it',
        translations: {
          it: { title: 'Guida alla polizia di prossimità', body: 'Una guida per gli agenti.' },
        },
      })
      .expect(201);
    await api()
      .http()
      .post(`/api/admin/pages/${created.body.id}/publish`)
      .set('Authorization', auth)
      .send({ version: created.body.version })
      .expect(200);

    const it = (await api().http().get('/api/navigation?lang=it').expect(200))
      .body as NavigationItem[];
    expect(find(it, 'about')?.children).toContainEqual({
      key: 'page-guida-polizia-di-prossimita',
      label: 'Guida alla polizia di prossimità',
      path: '/about/guida-polizia-di-prossimita',
    });
    const en = (await api().http().get('/api/navigation?lang=en').expect(200))
      .body as NavigationItem[];
    expect(find(en, 'page-guida-polizia-di-prossimita')).toBeUndefined();
    await api().http().get('/it/about/guida-polizia-di-prossimita').expect(200);
  });
});
