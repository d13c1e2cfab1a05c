import { bearer, describeEachApi } from '@portal/api/e2e-support';
import type { RunningApi } from '@portal/api/e2e-support';

/** The API's scheduler looks for due translations every 20 s; this leaves it three turns. */
const SCHEDULER_PATIENCE_MS = 75_000;

/** Polls the public page until it is served; the assertions are on what it serves. */
async function whenServed(api: RunningApi, path: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + SCHEDULER_PATIENCE_MS;
  for (;;) {
    const res = await api.http().get(path);
    if (res.status === 200 || Date.now() > deadline) {
      expect(res.status).toBe(200);
      return res.body as Record<string, unknown>;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

describeEachApi('publishing and concurrency', ({ api }) => {
  let auth: string;
  const http = () => api().http();

  beforeAll(async () => {
    auth = await bearer(api());
  });

  async function createPage(slug: string, title: string): Promise<string> {
    const created = await http()
      .post('/api/admin/pages')
      .set('Authorization', auth)
      .send({ slug, translations: { en: { title, body: `${title} body` } } })
      .expect(201);
    expect(created.body.version).toBe(1);
    return created.body.id as string;
  }

  async function save(id: string, version: number, title: string): Promise<void> {
    const saved = await http()
      .patch(`/api/admin/pages/${id}`)
      .set('Authorization', auth)
      .send({ version, translations: { en: { title, body: `${title} body` } } })
      .expect(200);
    expect(saved.body.version).toBe(version + 1);
  }

  function expectStaleVersion(body: Record<string, unknown>, currentVersion: number): void {
    expect(body).toMatchObject({
      statusCode: 409,
      currentVersion,
      details: [{ path: 'version' }],
    });
  }

  it('requires the version on publish, unpublish and restore', async () => {
    const id = await createPage('needs-version', 'Needs version');
    for (const path of ['publish', 'unpublish', 'revisions/1/restore']) {
      const res = await http()
        .post(`/api/admin/pages/${id}/${path}`)
        .set('Authorization', auth)
        .send({})
        .expect(400);
      expect(res.body.details.map((d: { path: string }) => d.path)).toContain('version');
    }
  });

  it('refuses to publish a version someone saved over, and publishes the current one', async () => {
    const id = await createPage('reviewed-text', 'Reviewed');
    await save(id, 1, 'Half-finished');
    const stale = await http()
      .post(`/api/admin/pages/${id}/publish`)
      .set('Authorization', auth)
      .send({ version: 1 })
      .expect(409);
    expectStaleVersion(stale.body, 2);
    await http().get('/api/pages/reviewed-text?lang=en').expect(404);

    const published = await http()
      .post(`/api/admin/pages/${id}/publish`)
      .set('Authorization', auth)
      .send({ version: 2 })
      .expect(200);
    expect(published.body.version).toBe(2);
    const page = await http().get('/api/pages/reviewed-text?lang=en').expect(200);
    expect(page.body.title).toBe('Half-finished');
  });

  it('refuses to unpublish or restore on a stale version, and leaves the item as it was', async () => {
    const id = await createPage('still-live', 'Live');
    await http()
      .post(`/api/admin/pages/${id}/publish`)
      .set('Authorization', auth)
      .send({ version: 1 })
      .expect(200);
    await save(id, 1, 'Second');

    const unpublish = await http()
      .post(`/api/admin/pages/${id}/unpublish`)
      .set('Authorization', auth)
      .send({ version: 1 })
      .expect(409);
    expectStaleVersion(unpublish.body, 2);
    const restore = await http()
      .post(`/api/admin/pages/${id}/revisions/1/restore`)
      .set('Authorization', auth)
      .send({ version: 1 })
      .expect(409);
    expectStaleVersion(restore.body, 2);

    const page = await http().get('/api/pages/still-live?lang=en').expect(200);
    expect(page.body.title).toBe('Live');
    const admin = await http().get(`/api/admin/pages/${id}`).set('Authorization', auth).expect(200);
    expect(admin.body).toMatchObject({ version: 2, translations: { en: { title: 'Second' } } });
    const history = await http()
      .get(`/api/admin/pages/${id}/revisions`)
      .set('Authorization', auth)
      .expect(200);
    expect(history.body.map((r: { number: number }) => r.number)).toEqual([2, 1]);
  });

  it('a publish racing a save publishes the version it names, or gets a 409', async () => {
    const id = await createPage('racing-editors', 'Racing');
    const [first, second] = await Promise.all([
      save(id, 1, 'Saved first').then(() => 'saved'),
      http()
        .post(`/api/admin/pages/${id}/publish`)
        .set('Authorization', auth)
        .send({ version: 1 })
        .then((res) => res.status),
    ]);
    expect(first).toBe('saved');
    const admin = await http().get(`/api/admin/pages/${id}`).set('Authorization', auth).expect(200);
    if (second === 200) {
      // The publish came first: it published version 1, not the text saved after it.
      const page = await http().get('/api/pages/racing-editors?lang=en').expect(200);
      expect(page.body.title).toBe('Racing');
      expect(admin.body.translations.en.hasUnpublishedChanges).toBe(true);
    } else {
      expect(second).toBe(409);
      expect(admin.body.translations.en.status).toBe('draft');
      await http().get('/api/pages/racing-editors?lang=en').expect(404);
    }
  });

  it('publishes the scheduled revision at its time, never a later save, and keeps the later save as a draft', async () => {
    const id = await createPage('scheduled-release', 'Scheduled release');
    const publishAt = new Date(Date.now() + 2_000).toISOString();
    const scheduled = await http()
      .post(`/api/admin/pages/${id}/publish`)
      .set('Authorization', auth)
      .send({ version: 1, publishAt })
      .expect(200);
    expect(scheduled.body.translations.en).toMatchObject({
      status: 'scheduled',
      publishAt,
      scheduledRevision: 1,
    });

    // A stale schedule is refused like a stale publish.
    await save(id, 1, 'Half-finished edit');
    const stale = await http()
      .post(`/api/admin/pages/${id}/publish`)
      .set('Authorization', auth)
      .send({ version: 1, publishAt })
      .expect(409);
    expectStaleVersion(stale.body, 2);
    // Editing keeps the schedule and the revision it publishes.
    const edited = await http()
      .get(`/api/admin/pages/${id}`)
      .set('Authorization', auth)
      .expect(200);
    expect(edited.body.translations.en).toMatchObject({
      title: 'Half-finished edit',
      status: 'scheduled',
      publishAt,
      scheduledRevision: 1,
      changedRevision: 2,
    });

    const page = await whenServed(api(), '/api/pages/scheduled-release?lang=en');
    expect(page).toMatchObject({ title: 'Scheduled release' });
    expect(page['body']).toContain('Scheduled release body');
    const after = await http().get(`/api/admin/pages/${id}`).set('Authorization', auth).expect(200);
    expect(after.body.translations.en).toMatchObject({
      title: 'Half-finished edit',
      status: 'published',
      scheduledRevision: null,
      hasUnpublishedChanges: true,
    });
    // Search indexes what visitors see: the scheduled text, not the later edit.
    const urls = async (q: string) => {
      const res = await http().get(`/api/search?q=${q}&lang=en`).expect(200);
      return (res.body.hits as { url: string }[])
        .map((h) => h.url)
        .filter((url) => url.startsWith('/en/about/scheduled-release'));
    };
    await expect(urls('release')).resolves.not.toEqual([]);
    await expect(urls('half-finished')).resolves.toEqual([]);
  });
});
