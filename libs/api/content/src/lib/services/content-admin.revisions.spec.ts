import { ForbiddenError } from '@portal/api/common';
import { describeEachDatabase } from '@portal/api/database/testing';
import { CONTENT_ADMIN_SCHEMA, contentAdminBed, editor, otherEditor } from '../testing/admin-bed';

describeEachDatabase('ContentAdminService revisions', CONTENT_ADMIN_SCHEMA, (db) => {
  const bed = contentAdminBed(db, beforeEach);

  it('records revisions, diffs them and restores as a new revision', async () => {
    const page = await bed.admin.create(
      'page',
      { key: 'history', translations: { en: { title: 'One', body: 'First' } } },
      editor,
    );
    await bed.admin.update(
      'page',
      page.id,
      1,
      { translations: { en: { title: 'Two', body: 'First' }, fr: { title: 'Deux' } } },
      otherEditor,
    );
    const revisions = await bed.admin.revisions('page', page.id);
    expect(revisions.map((r) => [r.number, r.action, r.authorEmail])).toEqual([
      [2, 'update', 'other@example.org'],
      [1, 'create', 'editor@example.org'],
    ]);
    expect(revisions[0].changedFields).toEqual([
      'translations.en.title',
      'translations.fr.title',
      'translations.fr.summary',
      'translations.fr.body',
      'translations.fr.format',
    ]);
    const diff = await bed.admin.diff('page', page.id, 1, 2);
    expect(diff.changes).toContainEqual({
      field: 'translations.en.title',
      from: 'One',
      to: 'Two',
    });

    const restored = await bed.admin.restore('page', page.id, 1, 2, editor);
    expect(restored.version).toBe(3);
    expect(restored.translations.en?.title).toBe('One');
    expect(restored.translations.fr).toBeUndefined();
    const after = await bed.admin.revisions('page', page.id);
    expect(after[0]).toMatchObject({ number: 3, action: 'restore' });
    await expect(bed.admin.diff('page', page.id, 1, 3)).resolves.toMatchObject({ changes: [] });
    expect(bed.audit.entries.map((e) => e.action)).toEqual([
      'page.create',
      'page.update',
      'page.restore',
    ]);
    expect(bed.audit.entries[1]).toMatchObject({ itemId: page.id, ip: '10.0.0.2' });
  });

  it('shows a viewer limited to their own items only the history of items they wrote in', async () => {
    const page = await bed.admin.create(
      'page',
      { key: 'history-own', translations: { en: { title: 'Mine', body: 'Text' } } },
      editor,
    );
    const writer = { id: editor.id, allItems: false };
    const stranger = { id: otherEditor.id, allItems: false };
    await expect(bed.admin.revisions('page', page.id, writer)).resolves.toHaveLength(1);
    await expect(bed.admin.revisions('page', page.id, stranger)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(bed.admin.revision('page', page.id, 1, stranger)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(bed.admin.diff('page', page.id, 1, 1, stranger)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      bed.admin.revisions('page', page.id, { id: otherEditor.id, allItems: true }),
    ).resolves.toHaveLength(1);
  });

  it('derives the state after restoring the published text: no unpublished changes, nothing outdated', async () => {
    const page = await bed.admin.create(
      'page',
      {
        key: 'restored',
        sourceLocale: 'en',
        translations: { en: { title: 'Live', body: 'Live text' }, it: { title: 'In linea' } },
      },
      editor,
    );
    await bed.admin.publish('page', page.id, page.version, {}, editor);
    const edited = await bed.admin.update(
      'page',
      page.id,
      1,
      { translations: { en: { title: 'Draft', body: 'Draft text' } } },
      editor,
    );
    expect(edited.translations.en?.hasUnpublishedChanges).toBe(true);
    expect(edited.translations.it?.outdated).toBe(true);

    const restored = await bed.admin.restore('page', page.id, 1, 2, editor);
    expect(restored.version).toBe(3);
    expect(restored.translations.en?.hasUnpublishedChanges).toBe(false);
    expect(restored.translations.it?.outdated).toBe(false);
    await expect(bed.admin.get('page', page.id)).resolves.toMatchObject({
      translations: {
        en: { hasUnpublishedChanges: false, outdated: false },
        it: { hasUnpublishedChanges: false, outdated: false },
      },
    });
    await expect(bed.site.page('restored', 'it')).resolves.toMatchObject({ outdated: false });
  });
});
