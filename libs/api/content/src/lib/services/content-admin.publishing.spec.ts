import { NotFoundError } from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import { CONTENT_ADMIN_SCHEMA, contentAdminBed, editor, otherEditor } from '../testing/admin-bed';

describeEachDatabase('ContentAdminService publishing', CONTENT_ADMIN_SCHEMA, (db) => {
  const bed = contentAdminBed(db, beforeEach);

  it('shows visitors only published translations, with fallback', async () => {
    const page = await bed.admin.create(
      'page',
      {
        key: 'fallback',
        sourceLocale: 'it',
        translations: {
          it: { title: 'Ordine pubblico', body: 'Testo *italiano*.' },
          en: { title: 'Policing', body: 'English text.' },
          de: { title: 'Polizeiarbeit', body: 'Entwurf.' },
        },
      },
      editor,
    );
    await expect(bed.site.page('fallback', 'it')).rejects.toBeInstanceOf(NotFoundError);
    await bed.admin.publish('page', page.id, 1, { locales: ['it', 'en'] }, editor);

    const fr = await bed.site.page('fallback', 'fr');
    expect(fr).toMatchObject({
      slug: 'fallback',
      lang: 'en',
      requestedLang: 'fr',
      title: 'Policing',
    });
    expect(fr.availableLangs).toEqual(['en', 'it']);
    const de = await bed.site.page('fallback', 'de');
    expect(de.lang).toBe('en');
    const it = await bed.site.page('fallback', 'it');
    expect(it.body).toBe('<p id="p1">Testo <em>italiano</em>.</p>');

    await bed.admin.unpublish('page', page.id, 1, ['en'], editor);
    await expect(bed.site.page('fallback', 'fr')).resolves.toMatchObject({ lang: 'it' });
    expect(bed.index.items.get(page.id)?.entries.map((e) => e.locale)).toEqual(['it']);
    expect(bed.index.items.get(page.id)?.entries[0]).toMatchObject({
      url: '/it/about/fallback',
      passages: [{ anchor: 'p1', text: 'Testo italiano.' }],
    });

    await bed.admin.unpublish('page', page.id, 1, undefined, editor);
    await expect(bed.site.page('fallback', 'it')).rejects.toBeInstanceOf(NotFoundError);
    expect(bed.index.items.has(page.id)).toBe(false);
  });

  it('keeps the published copy until the next publish', async () => {
    const page = await bed.admin.create(
      'page',
      { key: 'draft-edits', translations: { en: { title: 'Live', body: 'Live zebra' } } },
      editor,
    );
    await bed.admin.publish('page', page.id, page.version, {}, editor);
    const edited = await bed.admin.update(
      'page',
      page.id,
      1,
      { translations: { en: { title: 'Draft', body: 'Draft quokka' } } },
      editor,
    );
    expect(edited.translations.en?.hasUnpublishedChanges).toBe(true);
    await expect(bed.site.page('draft-edits', 'en')).resolves.toMatchObject({ title: 'Live' });
    expect(bed.index.items.get(page.id)?.entries[0].title).toBe('Live');
    const before = await bed.search.search({ q: 'quokka', lang: 'en', page: 1, size: 10 });
    expect(before.hits.map((h) => h.url)).not.toContain('/en/about/draft-edits#p1');
    await bed.admin.publish('page', page.id, edited.version, {}, editor);
    await expect(bed.site.page('draft-edits', 'en')).resolves.toMatchObject({ title: 'Draft' });
    expect(bed.index.items.get(page.id)?.entries[0].title).toBe('Draft');
    const after = await bed.search.search({ q: 'quokka', lang: 'en', page: 1, size: 10 });
    expect(after.hits.map((h) => h.url)).toContain('/en/about/draft-edits#p1');
  });

  it('publishes scheduled translations when they are due, once', async () => {
    const page = await bed.admin.create(
      'page',
      { key: 'scheduled', translations: { en: { title: 'Soon' }, fr: { title: 'Bientôt' } } },
      editor,
    );
    const at = new Date(Date.now() + 60 * 60 * 1000);
    const scheduled = await bed.admin.publish(
      'page',
      page.id,
      1,
      { locales: ['fr'], publishAt: at.toISOString() },
      editor,
    );
    expect(scheduled.translations.fr).toMatchObject({
      status: 'scheduled',
      publishAt: at.toISOString(),
    });
    expect(scheduled.translations.en?.status).toBe('draft');
    await expect(bed.site.page('scheduled', 'fr')).rejects.toBeInstanceOf(NotFoundError);
    await expect(bed.scheduler.publishDue()).resolves.toEqual([]);

    const later = new Date(at.getTime() + 1000);
    const [first, second] = await Promise.all([
      bed.scheduler.publishDue(later),
      bed.scheduler.publishDue(later),
    ]);
    expect([...first, ...second]).toEqual([{ itemId: page.id, kind: 'page', locale: 'fr' }]);
    await expect(bed.site.page('scheduled', 'fr')).resolves.toMatchObject({
      lang: 'fr',
      title: 'Bientôt',
    });
    expect(bed.index.items.get(page.id)?.entries.map((e) => e.locale)).toEqual(['fr']);
    expect(bed.audit.entries.at(-1)).toMatchObject({ action: 'page.publish', actor: null });
  });

  it('publishes, unpublishes and restores only the version the editor saw', async () => {
    const page = await bed.admin.create(
      'page',
      { key: 'acted-on', translations: { en: { title: 'Reviewed' } } },
      editor,
    );
    await bed.admin.update(
      'page',
      page.id,
      1,
      { translations: { en: { title: 'Half' } } },
      otherEditor,
    );
    const stale = { details: [{ path: 'version' }], extra: { currentVersion: 2 } };
    await expect(bed.admin.publish('page', page.id, 1, {}, editor)).rejects.toMatchObject(stale);
    await expect(bed.site.page('acted-on', 'en')).rejects.toBeInstanceOf(NotFoundError);
    await expect(bed.admin.unpublish('page', page.id, 1, undefined, editor)).rejects.toMatchObject(
      stale,
    );
    await expect(bed.admin.restore('page', page.id, 1, 1, editor)).rejects.toMatchObject(stale);
    await expect(bed.admin.get('page', page.id)).resolves.toMatchObject({
      version: 2,
      translations: { en: { title: 'Half', status: 'draft' } },
    });
    await expect(bed.admin.publish('page', page.id, 2, {}, editor)).resolves.toMatchObject({
      version: 2,
      translations: { en: { status: 'published' } },
    });
  });

  it('publishes the revision that was scheduled, not a later save', async () => {
    const page = await bed.admin.create(
      'page',
      { key: 'frozen', translations: { en: { title: 'Scheduled text', body: 'Reviewed' } } },
      editor,
    );
    const at = new Date(Date.now() + 60 * 60 * 1000);
    await bed.admin.publish('page', page.id, 1, { publishAt: at.toISOString() }, editor);
    const edited = await bed.admin.update(
      'page',
      page.id,
      1,
      { translations: { en: { title: 'Half-finished', body: 'Not ready' } } },
      otherEditor,
    );
    // The schedule stays, and still names the revision it will publish.
    expect(edited.translations.en).toMatchObject({
      status: 'scheduled',
      publishAt: at.toISOString(),
      scheduledRevision: 1,
      changedRevision: 2,
    });

    await bed.scheduler.publishDue(new Date(at.getTime() + 1000));
    await expect(bed.site.page('frozen', 'en')).resolves.toMatchObject({
      title: 'Scheduled text',
      body: '<p id="p1">Reviewed</p>',
    });
    expect(bed.index.items.get(page.id)?.entries[0].title).toBe('Scheduled text');
    await expect(bed.admin.get('page', page.id)).resolves.toMatchObject({
      translations: {
        en: {
          title: 'Half-finished',
          status: 'published',
          scheduledRevision: null,
          hasUnpublishedChanges: true,
        },
      },
    });
  });

  it('cancels a schedule when the translation is unpublished or published at once', async () => {
    const page = await bed.admin.create(
      'page',
      { key: 'cancelled', translations: { en: { title: 'One' }, fr: { title: 'Un' } } },
      editor,
    );
    const at = new Date(Date.now() + 60 * 60 * 1000);
    await bed.admin.publish('page', page.id, 1, { publishAt: at.toISOString() }, editor);
    await bed.admin.unpublish('page', page.id, 1, ['en'], editor);
    const now = await bed.admin.publish('page', page.id, 1, { locales: ['fr'] }, editor);
    expect(now.translations.en).toMatchObject({ status: 'draft', scheduledRevision: null });
    expect(now.translations.fr).toMatchObject({ status: 'published', publishAt: null });
    await expect(bed.scheduler.publishDue(new Date(at.getTime() + 1000))).resolves.toEqual([]);
    await expect(bed.site.page('cancelled', 'en')).resolves.toMatchObject({ lang: 'fr' });
  });
});
