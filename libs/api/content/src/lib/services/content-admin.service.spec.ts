import { ConflictError, InvalidInputError, NotFoundError } from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import { CONTENT_ADMIN_SCHEMA, contentAdminBed, editor, otherEditor } from '../testing/admin-bed';

describeEachDatabase('ContentAdminService', CONTENT_ADMIN_SCHEMA, (db) => {
  const bed = contentAdminBed(db, beforeEach);

  it('stores sanitized HTML and plain titles whatever the editor sends', async () => {
    const page = await bed.admin.create(
      'page',
      {
        key: 'xss-test',
        translations: {
          en: {
            title: '<img src=x onerror=alert(1)>Safe <b>title</b>',
            summary: '<script>alert(1)</script>Summary',
            body: '<p onclick="alert(1)">Hello</p><script>alert(2)</script><a href="javascript:alert(3)">x</a><iframe src="https://evil.example"></iframe>',
            format: 'html',
          },
        },
      },
      editor,
    );
    const en = page.translations.en;
    expect(en?.title).toBe('Safe title');
    expect(en?.summary).toBe('Summary');
    expect(en?.bodyHtml).toBe('<p id="p1">Hello</p><a rel="noopener noreferrer">x</a>');
    await bed.admin.publish('page', page.id, page.version, {}, editor);
    const payload = await bed.site.page('xss-test', 'en');
    expect(payload.body).not.toMatch(/script|onclick|javascript|iframe|onerror/i);
  });

  it('treats injection payloads as data', async () => {
    const payload = "x'); DROP TABLE content_item; --";
    const page = await bed.admin.create(
      'page',
      { key: 'injection', translations: { en: { title: payload, body: payload } } },
      editor,
    );
    expect(page.translations.en?.title).toBe(payload);
    await expect(bed.admin.get('page', payload)).rejects.toBeInstanceOf(NotFoundError);
    await expect(bed.site.page(payload, 'en')).rejects.toBeInstanceOf(NotFoundError);
    await expect(bed.site.country("DE' OR '1'='1", 'en')).rejects.toBeInstanceOf(NotFoundError);
    await expect(bed.admin.get('page', 'injection')).resolves.toMatchObject({ key: 'injection' });
  });

  it('answers an update that changes nothing with the same version, no revision, no audit', async () => {
    const page = await bed.admin.create(
      'page',
      { key: 'unchanged', translations: { en: { title: 'Same', body: 'Same text' } } },
      editor,
    );
    const same = await bed.admin.update(
      'page',
      page.id,
      1,
      { key: 'unchanged', translations: { en: { title: 'Same', body: 'Same text' } } },
      otherEditor,
    );
    expect(same.version).toBe(1);
    expect(same.updatedBy).toBe('editor@example.org');
    await expect(bed.admin.revisions('page', page.id)).resolves.toHaveLength(1);
    expect(bed.audit.entries.map((e) => e.action)).toEqual(['page.create']);
    // A stale version is still a conflict, even when the edit would change nothing.
    await bed.admin.update('page', page.id, 1, { translations: { en: { title: 'New' } } }, editor);
    await expect(
      bed.admin.update('page', page.id, 1, { translations: { en: { title: 'New' } } }, otherEditor),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('marks translations outdated when the source changes later', async () => {
    const page = await bed.admin.create(
      'page',
      {
        key: 'health',
        sourceLocale: 'it',
        translations: { it: { title: 'Fonte' }, en: { title: 'Source' } },
      },
      editor,
    );
    expect(page.translations.en?.outdated).toBe(false);
    await bed.admin.publish('page', page.id, page.version, {}, editor);
    const changed = await bed.admin.update(
      'page',
      page.id,
      1,
      { translations: { it: { title: 'Fonte nuova' } } },
      editor,
    );
    expect(changed.translations.en?.outdated).toBe(true);
    expect(changed.translations.it?.outdated).toBe(false);
    await bed.admin.publish('page', page.id, changed.version, { locales: ['it'] }, editor);
    await expect(bed.site.page('health', 'en')).resolves.toMatchObject({ outdated: true });
    await expect(bed.site.page('health', 'it')).resolves.toMatchObject({ outdated: false });

    const fixed = await bed.admin.update(
      'page',
      page.id,
      2,
      { translations: { en: { title: 'New source' } } },
      editor,
    );
    expect(fixed.translations.en?.outdated).toBe(false);
    await bed.admin.publish('page', page.id, fixed.version, { locales: ['en'] }, editor);
    await expect(bed.site.page('health', 'en')).resolves.toMatchObject({ outdated: false });
  });

  it('re-evaluates outdated translations against the source language the editor chose', async () => {
    const page = await bed.admin.create(
      'page',
      {
        key: 'source-switch',
        sourceLocale: 'en',
        translations: { en: { title: 'Source' }, it: { title: 'Fonte' } },
      },
      editor,
    );
    await bed.admin.update(
      'page',
      page.id,
      1,
      { translations: { en: { title: 'Edited' } } },
      editor,
    );
    const italian = await bed.admin.update('page', page.id, 2, { sourceLocale: 'it' }, editor);
    expect(italian.sourceLocale).toBe('it');
    expect(italian.translations.it?.outdated).toBe(false);
    expect(italian.translations.en?.outdated).toBe(false);
    await bed.admin.update(
      'page',
      page.id,
      3,
      { translations: { en: { title: 'Again' } } },
      editor,
    );
    const english = await bed.admin.update('page', page.id, 4, { sourceLocale: 'en' }, editor);
    expect(english.translations.it?.outdated).toBe(true);
    await expect(
      bed.admin.update('page', page.id, 5, { sourceLocale: 'de' }, editor),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('answers 409 with the current version when someone saved in between', async () => {
    const page = await bed.admin.create(
      'page',
      { key: 'locking', translations: { en: { title: 'A' } } },
      editor,
    );
    await bed.admin.update('page', page.id, 1, { translations: { en: { title: 'B' } } }, editor);
    const stale = bed.admin.update(
      'page',
      page.id,
      1,
      { translations: { en: { title: 'C' } } },
      otherEditor,
    );
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ extra: { currentVersion: 2 } });

    const racing = await Promise.allSettled([
      bed.admin.update('page', page.id, 2, { translations: { en: { title: 'D' } } }, editor),
      bed.admin.update('page', page.id, 2, { translations: { en: { title: 'E' } } }, otherEditor),
    ]);
    expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = racing.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    await expect(bed.admin.get('page', page.id)).resolves.toMatchObject({ version: 3 });
  });

  it('validates what class-validator cannot see', async () => {
    await expect(
      bed.admin.create('page', { key: 'dup', translations: { en: { title: 'x' } } }, editor),
    ).resolves.toBeDefined();
    await expect(
      bed.admin.create('page', { key: 'dup', translations: { en: { title: 'y' } } }, editor),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      bed.admin.create(
        'programme',
        { key: 'p', attributes: { category: 'nope' }, translations: { en: { title: 'x' } } },
        editor,
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      bed.admin.create(
        'page',
        { key: 'no-source', sourceLocale: 'de', translations: { en: { title: 'x' } } },
        editor,
      ),
    ).rejects.toMatchObject({ details: [{ path: 'sourceLocale' }] });
    await expect(
      bed.admin.publish('page', 'dup', 1, { locales: ['ru'] }, editor),
    ).rejects.toMatchObject({ details: [{ path: 'locales' }] });
  });

  it('deletes items and takes them out of search in the same transaction', async () => {
    const page = await bed.admin.create(
      'page',
      { key: 'gone', translations: { en: { title: 'Gone' } } },
      editor,
    );
    await bed.admin.publish('page', page.id, page.version, {}, editor);
    expect(bed.index.items.has(page.id)).toBe(true);
    await bed.admin.remove('page', page.id, editor);
    expect(bed.index.items.has(page.id)).toBe(false);
    await expect(bed.site.page('gone', 'en')).rejects.toBeInstanceOf(NotFoundError);
    await expect(bed.admin.get('page', page.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
