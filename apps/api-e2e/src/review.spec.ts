import { bearer, describeEachApi } from '@portal/api/e2e-support';
import type { RunningApi } from '@portal/api/e2e-support';

/**
 * Review before publish over HTTP: a contributor writes and submits, an editor rejects with
 * a comment or approves, and only an approved language reaches visitors. The contributor
 * cannot publish or approve around the review.
 */
describeEachApi('review before publish', ({ api }) => {
  let admin: string;
  let editor: string;
  let contributor: string;
  const http = () => api().http();

  async function account(a: RunningApi, role: 'editor' | 'contributor'): Promise<string> {
    const credentials = { email: `review-${role}@portal.test`, password: `${role}-Review-2024!` };
    await a
      .http()
      .post('/api/admin/users')
      .set('Authorization', admin)
      .send({ ...credentials, role })
      .expect(201);
    return bearer(a, credentials);
  }

  beforeAll(async () => {
    admin = await bearer(api());
    editor = await account(api(), 'editor');
    contributor = await account(api(), 'contributor');
  });

  it('publishes a contributor’s language only after an editor approves it, with the comments in history and audit', async () => {
    const created = await http()
      .post('/api/admin/pages')
      .set('Authorization', contributor)
      .send({
        slug: 'reviewed-by-an-editor',
        translations: {
          en: { title: 'Border policing', body: 'First line\nSecond line' },
          de: { title: 'Grenzpolizei', body: 'Erste Zeile' },
        },
      })
      .expect(201);
    const id = created.body.id as string;
    const route = (locale: string, step: string) =>
      `/api/admin/pages/${id}/translations/${locale}/${step}`;

    // The contributor may not publish, approve or read the queue.
    await http()
      .post(`/api/admin/pages/${id}/publish`)
      .set('Authorization', contributor)
      .send({ version: 1 })
      .expect(403);
    await http().get('/api/admin/review').set('Authorization', contributor).expect(403);

    await http()
      .post(route('en', 'submit'))
      .set('Authorization', contributor)
      .send({ version: 1, comment: 'Please check the second line' })
      .expect(200);
    await http()
      .post(route('en', 'approve'))
      .set('Authorization', contributor)
      .send({ version: 1 })
      .expect(403);
    await http()
      .post(route('en', 'submit'))
      .set('Authorization', contributor)
      .send({ version: 1 })
      .expect(409);

    const queue = await http()
      .get('/api/admin/review')
      .query({ item: id })
      .set('Authorization', editor)
      .expect(200);
    expect(queue.body.items).toHaveLength(1);
    expect(queue.body.items[0]).toMatchObject({
      itemId: id,
      locale: 'en',
      version: 1,
      firstPublication: true,
      submission: {
        comment: 'Please check the second line',
        actorEmail: 'review-contributor@portal.test',
      },
    });
    expect(queue.body.items[0].changes).toContainEqual({
      field: 'body',
      lines: [
        { op: 'added', text: 'First line' },
        { op: 'added', text: 'Second line' },
      ],
    });

    // Rejected: it stays off the site and the contributor reads why.
    const noComment = await http()
      .post(route('en', 'reject'))
      .set('Authorization', editor)
      .send({ version: 1 })
      .expect(400);
    expect(noComment.body.details.map((d: { path: string }) => d.path)).toContain('comment');
    await http()
      .post(route('en', 'reject'))
      .set('Authorization', editor)
      .send({ version: 1, comment: 'Name the field operation in the second line' })
      .expect(200);
    await http().get('/api/pages/reviewed-by-an-editor?lang=en').expect(404);
    const rejected = await http()
      .get(`/api/admin/pages/${id}/reviews`)
      .set('Authorization', contributor)
      .expect(200);
    expect(rejected.body.waiting).toEqual([]);
    expect(rejected.body.events[0]).toMatchObject({
      locale: 'en',
      action: 'reject',
      comment: 'Name the field operation in the second line',
      actorEmail: 'review-editor@portal.test',
    });

    const mine = await http()
      .get('/api/admin/review/mine')
      .set('Authorization', contributor)
      .expect(200);
    expect(
      (mine.body as { itemId: string; locale: string; state: string; step: { comment: string } }[])
        .filter((e) => e.itemId === id)
        .map((e) => [e.locale, e.state, e.step.comment]),
    ).toEqual([['en', 'rejected', 'Name the field operation in the second line']]);

    // Fixed, submitted again, approved: now, and only in English, visitors see it.
    await http()
      .patch(`/api/admin/pages/${id}`)
      .set('Authorization', contributor)
      .send({
        version: 1,
        translations: { en: { title: 'Border policing', body: 'First line\nSecond line, Skopje' } },
      })
      .expect(200);
    await http()
      .post(route('en', 'submit'))
      .set('Authorization', contributor)
      .send({ version: 2, comment: 'Done' })
      .expect(200);
    await http()
      .post(route('de', 'submit'))
      .set('Authorization', contributor)
      .send({ version: 2 })
      .expect(200);
    const stale = await http()
      .post(route('en', 'approve'))
      .set('Authorization', editor)
      .send({ version: 1 })
      .expect(409);
    expect(stale.body.details.map((d: { path: string }) => d.path)).toContain('version');
    const approved = await http()
      .post(route('en', 'approve'))
      .set('Authorization', editor)
      .send({ version: 2, comment: 'Thanks' })
      .expect(200);
    expect(approved.body.translations.en.status).toBe('published');
    expect(approved.body.translations.de.status).toBe('draft');
    const page = await http().get('/api/pages/reviewed-by-an-editor?lang=en').expect(200);
    expect(page.body.body).toContain('Skopje');
    const german = await http().get('/api/pages/reviewed-by-an-editor?lang=de').expect(200);
    expect(german.body.lang).toBe('en');

    const left = await http()
      .get('/api/admin/review')
      .query({ item: id })
      .set('Authorization', editor)
      .expect(200);
    expect(left.body.items.map((e: { locale: string }) => e.locale)).toEqual(['de']);

    const audit = await http()
      .get('/api/admin/audit')
      .query({ itemId: id })
      .set('Authorization', admin)
      .expect(200);
    const steps = (audit.body.items as { action: string; details: Record<string, unknown> }[])
      .filter((e) => /\.(submit|approve|reject)$/.test(e.action))
      .map((e) => [e.action, e.details['locale'], e.details['comment']]);
    expect(steps.reverse()).toEqual([
      ['page.submit', 'en', 'Please check the second line'],
      ['page.reject', 'en', 'Name the field operation in the second line'],
      ['page.submit', 'en', 'Done'],
      ['page.submit', 'de', ''],
      ['page.approve', 'en', 'Thanks'],
    ]);
  });

  it('names the field of bad review input', async () => {
    const created = await http()
      .post('/api/admin/pages')
      .set('Authorization', contributor)
      .send({ slug: 'review-input', translations: { en: { title: 'Input' } } })
      .expect(201);
    const id = created.body.id as string;
    const badLocale = await http()
      .post(`/api/admin/pages/${id}/translations/xx/submit`)
      .set('Authorization', contributor)
      .send({ version: 1 })
      .expect(400);
    expect(badLocale.body.details.map((d: { path: string }) => d.path)).toContain('locale');
    const missing = await http()
      .post(`/api/admin/pages/${id}/translations/fr/submit`)
      .set('Authorization', contributor)
      .send({ version: 1 })
      .expect(400);
    expect(missing.body.details.map((d: { path: string }) => d.path)).toContain('locale');
    const noVersion = await http()
      .post(`/api/admin/pages/${id}/translations/en/submit`)
      .set('Authorization', contributor)
      .send({ comment: 'x'.repeat(2001) })
      .expect(400);
    expect(noVersion.body.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['version', 'comment']),
    );
    const notWaiting = await http()
      .post(`/api/admin/pages/${id}/translations/en/approve`)
      .set('Authorization', editor)
      .send({ version: 1 })
      .expect(409);
    expect(notWaiting.body.details.map((d: { path: string }) => d.path)).toContain('locale');
    const badQuery = await http()
      .get('/api/admin/review?lang=xx')
      .set('Authorization', editor)
      .expect(400);
    expect(badQuery.body.details.map((d: { path: string }) => d.path)).toContain('lang');
  });
});
