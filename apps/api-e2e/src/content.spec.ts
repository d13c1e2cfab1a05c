import { bearer, describeEachApi, startApi } from '@portal/api/e2e-support';

describeEachApi('content', ({ api }) => {
  let auth: string;
  beforeAll(async () => {
    auth = await bearer(api());
  });

  it('serves the seeded policing page with fallback and anchors', async () => {
    const it = await api().http().get('/api/pages/policing?lang=it').expect(200);
    expect(it.body).toMatchObject({
      slug: 'policing',
      lang: 'it',
      requestedLang: 'it',
      title: 'Ordine pubblico',
      outdated: false,
      availableLangs: ['en', 'fr', 'de', 'it', 'ru', 'es'],
    });
    expect(it.body.body).toMatch(/^<p id="p1">/);
    const missing = await api().http().get('/api/pages/policing').expect(200);
    expect(missing.body.lang).toBe('en');
    await api().http().get('/api/pages/policing?lang=xx').expect(400);
    await api().http().get('/api/pages/no-such-page').expect(404);
  });

  it('serves reference data and navigation', async () => {
    const participating = await api()
      .http()
      .get('/api/countries?group=participating&lang=it')
      .expect(200);
    expect(participating.body.total).toBe(57);
    const de = await api().http().get('/api/countries/de?lang=it').expect(200);
    expect(de.body).toMatchObject({ code: 'DE', name: 'Germania' });
    await api().http().get('/api/countries/XX').expect(404);
    await api().http().get('/api/countries?group=nowhere').expect(400);
    const active = await api().http().get('/api/field-operations?status=active').expect(200);
    expect(active.body.total).toBe(12);
    await api().http().get('/api/institutions/odihr?lang=fr').expect(200);
    const programmes = await api()
      .http()
      .get('/api/programmes?category=transnational-threats')
      .expect(200);
    expect(programmes.body.total).toBeGreaterThan(0);
    const nav = await api().http().get('/api/navigation?lang=de').expect(200);
    expect(Array.isArray(nav.body)).toBe(true);
    expect(nav.headers['content-language']).toBe('de');
  });

  it('guards the admin API and validates its input', async () => {
    await api().http().get('/api/admin/pages').expect(401);
    const unknownLocale = await api()
      .http()
      .post('/api/admin/pages')
      .set('Authorization', auth)
      .send({ slug: 'x', translations: { xx: { title: 'a' } } })
      .expect(400);
    expect(unknownLocale.body.details.map((d: { path: string }) => d.path)).toContain(
      'translations.xx',
    );
    const noTitle = await api()
      .http()
      .post('/api/admin/pages')
      .set('Authorization', auth)
      .send({ slug: 'x', translations: { it: { summary: 's' } } })
      .expect(400);
    expect(noTitle.body.details.map((d: { path: string }) => d.path)).toContain(
      'translations.it.title',
    );
    await api().http().get("/api/admin/pages/x'%20OR%201=1").set('Authorization', auth).expect(404);
    await api().http().get('/api/admin/reference/planets').set('Authorization', auth).expect(400);
  });

  it('runs the editorial workflow: draft, publish, 409, revisions, restore, delete', async () => {
    const http = () => api().http();
    const created = await http()
      .post('/api/admin/pages')
      .set('Authorization', auth)
      .send({
        slug: 'e2e-page',
        sourceLocale: 'en',
        translations: {
          en: {
            title: 'E2E',
            body: '<p onclick="x()">Hello</p><script>alert(1)</script>',
            format: 'html',
          },
          it: { title: 'E2E it', body: 'Ciao' },
        },
      })
      .expect(201);
    const id = created.body.id;
    expect(created.body.version).toBe(1);
    await http().get('/api/pages/e2e-page').expect(404);

    await http()
      .post(`/api/admin/pages/${id}/publish`)
      .set('Authorization', auth)
      .send({ version: 1 })
      .expect(200);
    const page = await http().get('/api/pages/e2e-page?lang=en').expect(200);
    expect(page.body.body).toBe('<p id="p1">Hello</p>');
    const russian = await http().get('/api/pages/e2e-page?lang=ru').expect(200);
    expect(russian.body).toMatchObject({ lang: 'en', requestedLang: 'ru', title: 'E2E' });

    // Unpublishing hides the page again; publishing brings it back.
    await http()
      .post(`/api/admin/pages/${id}/unpublish`)
      .set('Authorization', auth)
      .send({ version: 1 })
      .expect(200);
    await http().get('/api/pages/e2e-page?lang=en').expect(404);
    await http()
      .post(`/api/admin/pages/${id}/publish`)
      .set('Authorization', auth)
      .send({ version: 1 })
      .expect(200);

    // Two editors save the same version at once: exactly one wins, the other gets 409.
    const saves = await Promise.all(
      ['E2E v2', 'E2E rival'].map((title) =>
        http()
          .patch(`/api/admin/pages/${id}`)
          .set('Authorization', auth)
          .send({ version: 1, translations: { en: { title, body: 'Hello again' } } }),
      ),
    );
    expect(saves.map((r) => r.status).sort()).toEqual([200, 409]);
    const conflict = saves.find((r) => r.status === 409);
    expect(conflict?.body.currentVersion).toBe(2);

    const admin = await http().get(`/api/admin/pages/${id}`).set('Authorization', auth).expect(200);
    expect(admin.body.translations.it.outdated).toBe(true);

    const revisions = await http()
      .get(`/api/admin/pages/${id}/revisions`)
      .set('Authorization', auth)
      .expect(200);
    expect(revisions.body.map((r: { number: number }) => r.number)).toEqual([2, 1]);
    const diff = await http()
      .get(`/api/admin/pages/${id}/revisions/diff?from=1&to=2`)
      .set('Authorization', auth)
      .expect(200);
    expect(diff.body.changes.map((c: { field: string }) => c.field)).toContain(
      'translations.en.title',
    );
    const restored = await http()
      .post(`/api/admin/pages/${id}/revisions/1/restore`)
      .set('Authorization', auth)
      .send({ version: 2 })
      .expect(200);
    expect(restored.body.version).toBe(3);
    // Revision 1 is the published text: nothing is left to publish, nothing is outdated.
    expect(restored.body.translations.en.hasUnpublishedChanges).toBe(false);
    expect(restored.body.translations.it.outdated).toBe(false);

    // Saving what is already there is a 200 that keeps the version and writes no history.
    const unchanged = await http()
      .patch(`/api/admin/pages/${id}`)
      .set('Authorization', auth)
      .send({ version: 3, translations: { it: { title: 'E2E it', body: 'Ciao' } } })
      .expect(200);
    expect(unchanged.body.version).toBe(3);
    const history = await http()
      .get(`/api/admin/pages/${id}/revisions`)
      .set('Authorization', auth)
      .expect(200);
    expect(history.body.map((r: { number: number }) => r.number)).toEqual([3, 2, 1]);

    const audit = await http()
      .get(`/api/admin/audit?itemId=${id}`)
      .set('Authorization', auth)
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'page.restore',
      'page.update',
      'page.publish',
      'page.unpublish',
      'page.publish',
      'page.create',
    ]);

    await http().delete(`/api/admin/pages/${id}`).set('Authorization', auth).expect(204);
    await http().get('/api/pages/e2e-page').expect(404);
  });
});

describe('content seeding [pglite]', () => {
  it('does not duplicate anything on restart', async () => {
    const first = await startApi();
    try {
      const before = await first.http().get('/api/programmes?size=100').expect(200);
      expect(await first.stop()).toBe(0);
      const second = await startApi({ dataDir: first.dataDir });
      try {
        const after = await second.http().get('/api/programmes?size=100').expect(200);
        expect(after.body.total).toBe(before.body.total);
      } finally {
        await second.stop();
      }
    } finally {
      await first.dispose();
    }
  }, 240_000);
});
