import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '@portal/api/common';
import { AUTH_ENTITIES, AUTH_MIGRATIONS, AuditLogEntity, AuditService } from '@portal/api/auth';
import { describeEachDatabase } from '@portal/api/database/testing';
import {
  SEARCH_ENTITIES,
  SEARCH_MIGRATIONS,
  SearchIndexer,
  SearchService,
} from '@portal/api/search';
import { CONTENT_ENTITIES, CONTENT_MIGRATIONS } from '../content.schema';
import type { Actor } from '../content.types';
import { RecordingAuditWriter, RecordingIndexWriter } from '../testing/recording-writers';
import { ContentAdminService } from './content-admin.service';
import { ContentIndexService } from './content-index.service';
import { ContentPublicService } from './content-public.service';
import { ScheduledPublisher } from './scheduled-publisher.service';

const editor: Actor = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'editor@example.org',
  role: 'editor',
  ip: '10.0.0.1',
};
const other: Actor = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'other@example.org',
  role: 'editor',
  ip: '10.0.0.2',
};

describeEachDatabase(
  'ContentAdminService',
  {
    entities: [...CONTENT_ENTITIES, ...AUTH_ENTITIES, ...SEARCH_ENTITIES],
    migrations: [...CONTENT_MIGRATIONS, ...AUTH_MIGRATIONS, ...SEARCH_MIGRATIONS],
  },
  (db) => {
    let index: RecordingIndexWriter;
    let audit: RecordingAuditWriter;
    let search: SearchService;
    let admin: ContentAdminService;
    let site: ContentPublicService;
    let scheduler: ScheduledPublisher;

    beforeEach(() => {
      index = new RecordingIndexWriter(new SearchIndexer());
      audit = new RecordingAuditWriter(
        new AuditService(db.dataSource().getRepository(AuditLogEntity)),
      );
      search = new SearchService(db.dataSource());
      const indexer = new ContentIndexService(index);
      admin = new ContentAdminService(db.dataSource(), indexer, audit);
      site = new ContentPublicService(db.dataSource());
      scheduler = new ScheduledPublisher(db.dataSource(), indexer, audit);
    });

    it('stores sanitized HTML and plain titles whatever the editor sends', async () => {
      const page = await admin.create(
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
      await admin.publish('page', page.id, page.version, {}, editor);
      const payload = await site.page('xss-test', 'en');
      expect(payload.body).not.toMatch(/script|onclick|javascript|iframe|onerror/i);
    });

    it('treats injection payloads as data', async () => {
      const payload = "x'); DROP TABLE content_item; --";
      const page = await admin.create(
        'page',
        { key: 'injection', translations: { en: { title: payload, body: payload } } },
        editor,
      );
      expect(page.translations.en?.title).toBe(payload);
      await expect(admin.get('page', payload)).rejects.toBeInstanceOf(NotFoundError);
      await expect(site.page(payload, 'en')).rejects.toBeInstanceOf(NotFoundError);
      await expect(site.country("DE' OR '1'='1", 'en')).rejects.toBeInstanceOf(NotFoundError);
      await expect(admin.get('page', 'injection')).resolves.toMatchObject({ key: 'injection' });
    });

    it('shows visitors only published translations, with fallback', async () => {
      const page = await admin.create(
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
      await expect(site.page('fallback', 'it')).rejects.toBeInstanceOf(NotFoundError);
      await admin.publish('page', page.id, 1, { locales: ['it', 'en'] }, editor);

      const fr = await site.page('fallback', 'fr');
      expect(fr).toMatchObject({
        slug: 'fallback',
        lang: 'en',
        requestedLang: 'fr',
        title: 'Policing',
      });
      expect(fr.availableLangs).toEqual(['en', 'it']);
      const de = await site.page('fallback', 'de');
      expect(de.lang).toBe('en');
      const it = await site.page('fallback', 'it');
      expect(it.body).toBe('<p id="p1">Testo <em>italiano</em>.</p>');

      await admin.unpublish('page', page.id, 1, ['en'], editor);
      await expect(site.page('fallback', 'fr')).resolves.toMatchObject({ lang: 'it' });
      expect(index.items.get(page.id)?.entries.map((e) => e.locale)).toEqual(['it']);
      expect(index.items.get(page.id)?.entries[0]).toMatchObject({
        url: '/it/about/fallback',
        passages: [{ anchor: 'p1', text: 'Testo italiano.' }],
      });

      await admin.unpublish('page', page.id, 1, undefined, editor);
      await expect(site.page('fallback', 'it')).rejects.toBeInstanceOf(NotFoundError);
      expect(index.items.has(page.id)).toBe(false);
    });

    it('keeps the published copy until the next publish', async () => {
      const page = await admin.create(
        'page',
        { key: 'draft-edits', translations: { en: { title: 'Live', body: 'Live zebra' } } },
        editor,
      );
      await admin.publish('page', page.id, page.version, {}, editor);
      const edited = await admin.update(
        'page',
        page.id,
        1,
        { translations: { en: { title: 'Draft', body: 'Draft quokka' } } },
        editor,
      );
      expect(edited.translations.en?.hasUnpublishedChanges).toBe(true);
      await expect(site.page('draft-edits', 'en')).resolves.toMatchObject({ title: 'Live' });
      expect(index.items.get(page.id)?.entries[0].title).toBe('Live');
      const before = await search.search({ q: 'quokka', lang: 'en', page: 1, size: 10 });
      expect(before.hits.map((h) => h.url)).not.toContain('/en/about/draft-edits#p1');
      await admin.publish('page', page.id, edited.version, {}, editor);
      await expect(site.page('draft-edits', 'en')).resolves.toMatchObject({ title: 'Draft' });
      expect(index.items.get(page.id)?.entries[0].title).toBe('Draft');
      const after = await search.search({ q: 'quokka', lang: 'en', page: 1, size: 10 });
      expect(after.hits.map((h) => h.url)).toContain('/en/about/draft-edits#p1');
    });

    it('records revisions, diffs them and restores as a new revision', async () => {
      const page = await admin.create(
        'page',
        { key: 'history', translations: { en: { title: 'One', body: 'First' } } },
        editor,
      );
      await admin.update(
        'page',
        page.id,
        1,
        { translations: { en: { title: 'Two', body: 'First' }, fr: { title: 'Deux' } } },
        other,
      );
      const revisions = await admin.revisions('page', page.id);
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
      const diff = await admin.diff('page', page.id, 1, 2);
      expect(diff.changes).toContainEqual({
        field: 'translations.en.title',
        from: 'One',
        to: 'Two',
      });

      const restored = await admin.restore('page', page.id, 1, 2, editor);
      expect(restored.version).toBe(3);
      expect(restored.translations.en?.title).toBe('One');
      expect(restored.translations.fr).toBeUndefined();
      const after = await admin.revisions('page', page.id);
      expect(after[0]).toMatchObject({ number: 3, action: 'restore' });
      await expect(admin.diff('page', page.id, 1, 3)).resolves.toMatchObject({ changes: [] });
      expect(audit.entries.map((e) => e.action)).toEqual([
        'page.create',
        'page.update',
        'page.restore',
      ]);
      expect(audit.entries[1]).toMatchObject({ itemId: page.id, ip: '10.0.0.2' });
    });

    it('shows a viewer limited to their own items only the history of items they wrote in', async () => {
      const page = await admin.create(
        'page',
        { key: 'history-own', translations: { en: { title: 'Mine', body: 'Text' } } },
        editor,
      );
      const writer = { id: editor.id, allItems: false };
      const stranger = { id: other.id, allItems: false };
      await expect(admin.revisions('page', page.id, writer)).resolves.toHaveLength(1);
      await expect(admin.revisions('page', page.id, stranger)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(admin.revision('page', page.id, 1, stranger)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(admin.diff('page', page.id, 1, 1, stranger)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(
        admin.revisions('page', page.id, { id: other.id, allItems: true }),
      ).resolves.toHaveLength(1);
    });

    it('answers an update that changes nothing with the same version, no revision, no audit', async () => {
      const page = await admin.create(
        'page',
        { key: 'unchanged', translations: { en: { title: 'Same', body: 'Same text' } } },
        editor,
      );
      const same = await admin.update(
        'page',
        page.id,
        1,
        { key: 'unchanged', translations: { en: { title: 'Same', body: 'Same text' } } },
        other,
      );
      expect(same.version).toBe(1);
      expect(same.updatedBy).toBe('editor@example.org');
      await expect(admin.revisions('page', page.id)).resolves.toHaveLength(1);
      expect(audit.entries.map((e) => e.action)).toEqual(['page.create']);
      // A stale version is still a conflict, even when the edit would change nothing.
      await admin.update('page', page.id, 1, { translations: { en: { title: 'New' } } }, editor);
      await expect(
        admin.update('page', page.id, 1, { translations: { en: { title: 'New' } } }, other),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('marks translations outdated when the source changes later', async () => {
      const page = await admin.create(
        'page',
        {
          key: 'health',
          sourceLocale: 'it',
          translations: { it: { title: 'Fonte' }, en: { title: 'Source' } },
        },
        editor,
      );
      expect(page.translations.en?.outdated).toBe(false);
      await admin.publish('page', page.id, page.version, {}, editor);
      const changed = await admin.update(
        'page',
        page.id,
        1,
        { translations: { it: { title: 'Fonte nuova' } } },
        editor,
      );
      expect(changed.translations.en?.outdated).toBe(true);
      expect(changed.translations.it?.outdated).toBe(false);
      await admin.publish('page', page.id, changed.version, { locales: ['it'] }, editor);
      await expect(site.page('health', 'en')).resolves.toMatchObject({ outdated: true });
      await expect(site.page('health', 'it')).resolves.toMatchObject({ outdated: false });

      const fixed = await admin.update(
        'page',
        page.id,
        2,
        { translations: { en: { title: 'New source' } } },
        editor,
      );
      expect(fixed.translations.en?.outdated).toBe(false);
      await admin.publish('page', page.id, fixed.version, { locales: ['en'] }, editor);
      await expect(site.page('health', 'en')).resolves.toMatchObject({ outdated: false });
    });

    it('derives the state after restoring the published text: no unpublished changes, nothing outdated', async () => {
      const page = await admin.create(
        'page',
        {
          key: 'restored',
          sourceLocale: 'en',
          translations: { en: { title: 'Live', body: 'Live text' }, it: { title: 'In linea' } },
        },
        editor,
      );
      await admin.publish('page', page.id, page.version, {}, editor);
      const edited = await admin.update(
        'page',
        page.id,
        1,
        { translations: { en: { title: 'Draft', body: 'Draft text' } } },
        editor,
      );
      expect(edited.translations.en?.hasUnpublishedChanges).toBe(true);
      expect(edited.translations.it?.outdated).toBe(true);

      const restored = await admin.restore('page', page.id, 1, 2, editor);
      expect(restored.version).toBe(3);
      expect(restored.translations.en?.hasUnpublishedChanges).toBe(false);
      expect(restored.translations.it?.outdated).toBe(false);
      await expect(admin.get('page', page.id)).resolves.toMatchObject({
        translations: {
          en: { hasUnpublishedChanges: false, outdated: false },
          it: { hasUnpublishedChanges: false, outdated: false },
        },
      });
      await expect(site.page('restored', 'it')).resolves.toMatchObject({ outdated: false });
    });

    it('re-evaluates outdated translations against the source language the editor chose', async () => {
      const page = await admin.create(
        'page',
        {
          key: 'source-switch',
          sourceLocale: 'en',
          translations: { en: { title: 'Source' }, it: { title: 'Fonte' } },
        },
        editor,
      );
      await admin.update('page', page.id, 1, { translations: { en: { title: 'Edited' } } }, editor);
      const italian = await admin.update('page', page.id, 2, { sourceLocale: 'it' }, editor);
      expect(italian.sourceLocale).toBe('it');
      expect(italian.translations.it?.outdated).toBe(false);
      expect(italian.translations.en?.outdated).toBe(false);
      await admin.update('page', page.id, 3, { translations: { en: { title: 'Again' } } }, editor);
      const english = await admin.update('page', page.id, 4, { sourceLocale: 'en' }, editor);
      expect(english.translations.it?.outdated).toBe(true);
      await expect(
        admin.update('page', page.id, 5, { sourceLocale: 'de' }, editor),
      ).rejects.toBeInstanceOf(InvalidInputError);
    });

    it('answers 409 with the current version when someone saved in between', async () => {
      const page = await admin.create(
        'page',
        { key: 'locking', translations: { en: { title: 'A' } } },
        editor,
      );
      await admin.update('page', page.id, 1, { translations: { en: { title: 'B' } } }, editor);
      const stale = admin.update(
        'page',
        page.id,
        1,
        { translations: { en: { title: 'C' } } },
        other,
      );
      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      await expect(stale).rejects.toMatchObject({ extra: { currentVersion: 2 } });

      const racing = await Promise.allSettled([
        admin.update('page', page.id, 2, { translations: { en: { title: 'D' } } }, editor),
        admin.update('page', page.id, 2, { translations: { en: { title: 'E' } } }, other),
      ]);
      expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = racing.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(ConflictError);
      await expect(admin.get('page', page.id)).resolves.toMatchObject({ version: 3 });
    });

    it('publishes scheduled translations when they are due, once', async () => {
      const page = await admin.create(
        'page',
        { key: 'scheduled', translations: { en: { title: 'Soon' }, fr: { title: 'Bientôt' } } },
        editor,
      );
      const at = new Date(Date.now() + 60 * 60 * 1000);
      const scheduled = await admin.publish(
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
      await expect(site.page('scheduled', 'fr')).rejects.toBeInstanceOf(NotFoundError);
      await expect(scheduler.publishDue()).resolves.toEqual([]);

      const later = new Date(at.getTime() + 1000);
      const [first, second] = await Promise.all([
        scheduler.publishDue(later),
        scheduler.publishDue(later),
      ]);
      expect([...first, ...second]).toEqual([{ itemId: page.id, kind: 'page', locale: 'fr' }]);
      await expect(site.page('scheduled', 'fr')).resolves.toMatchObject({
        lang: 'fr',
        title: 'Bientôt',
      });
      expect(index.items.get(page.id)?.entries.map((e) => e.locale)).toEqual(['fr']);
      expect(audit.entries.at(-1)).toMatchObject({ action: 'page.publish', actor: null });
    });

    it('publishes, unpublishes and restores only the version the editor saw', async () => {
      const page = await admin.create(
        'page',
        { key: 'acted-on', translations: { en: { title: 'Reviewed' } } },
        editor,
      );
      await admin.update('page', page.id, 1, { translations: { en: { title: 'Half' } } }, other);
      const stale = { details: [{ path: 'version' }], extra: { currentVersion: 2 } };
      await expect(admin.publish('page', page.id, 1, {}, editor)).rejects.toMatchObject(stale);
      await expect(site.page('acted-on', 'en')).rejects.toBeInstanceOf(NotFoundError);
      await expect(admin.unpublish('page', page.id, 1, undefined, editor)).rejects.toMatchObject(
        stale,
      );
      await expect(admin.restore('page', page.id, 1, 1, editor)).rejects.toMatchObject(stale);
      await expect(admin.get('page', page.id)).resolves.toMatchObject({
        version: 2,
        translations: { en: { title: 'Half', status: 'draft' } },
      });
      await expect(admin.publish('page', page.id, 2, {}, editor)).resolves.toMatchObject({
        version: 2,
        translations: { en: { status: 'published' } },
      });
    });

    it('publishes the revision that was scheduled, not a later save', async () => {
      const page = await admin.create(
        'page',
        { key: 'frozen', translations: { en: { title: 'Scheduled text', body: 'Reviewed' } } },
        editor,
      );
      const at = new Date(Date.now() + 60 * 60 * 1000);
      await admin.publish('page', page.id, 1, { publishAt: at.toISOString() }, editor);
      const edited = await admin.update(
        'page',
        page.id,
        1,
        { translations: { en: { title: 'Half-finished', body: 'Not ready' } } },
        other,
      );
      // The schedule stays, and still names the revision it will publish.
      expect(edited.translations.en).toMatchObject({
        status: 'scheduled',
        publishAt: at.toISOString(),
        scheduledRevision: 1,
        changedRevision: 2,
      });

      await scheduler.publishDue(new Date(at.getTime() + 1000));
      await expect(site.page('frozen', 'en')).resolves.toMatchObject({
        title: 'Scheduled text',
        body: '<p id="p1">Reviewed</p>',
      });
      expect(index.items.get(page.id)?.entries[0].title).toBe('Scheduled text');
      await expect(admin.get('page', page.id)).resolves.toMatchObject({
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
      const page = await admin.create(
        'page',
        { key: 'cancelled', translations: { en: { title: 'One' }, fr: { title: 'Un' } } },
        editor,
      );
      const at = new Date(Date.now() + 60 * 60 * 1000);
      await admin.publish('page', page.id, 1, { publishAt: at.toISOString() }, editor);
      await admin.unpublish('page', page.id, 1, ['en'], editor);
      const now = await admin.publish('page', page.id, 1, { locales: ['fr'] }, editor);
      expect(now.translations.en).toMatchObject({ status: 'draft', scheduledRevision: null });
      expect(now.translations.fr).toMatchObject({ status: 'published', publishAt: null });
      await expect(scheduler.publishDue(new Date(at.getTime() + 1000))).resolves.toEqual([]);
      await expect(site.page('cancelled', 'en')).resolves.toMatchObject({ lang: 'fr' });
    });

    it('validates what class-validator cannot see', async () => {
      await expect(
        admin.create('page', { key: 'dup', translations: { en: { title: 'x' } } }, editor),
      ).resolves.toBeDefined();
      await expect(
        admin.create('page', { key: 'dup', translations: { en: { title: 'y' } } }, editor),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(
        admin.create(
          'programme',
          { key: 'p', attributes: { category: 'nope' }, translations: { en: { title: 'x' } } },
          editor,
        ),
      ).rejects.toBeInstanceOf(InvalidInputError);
      await expect(
        admin.create(
          'page',
          { key: 'no-source', sourceLocale: 'de', translations: { en: { title: 'x' } } },
          editor,
        ),
      ).rejects.toMatchObject({ details: [{ path: 'sourceLocale' }] });
      await expect(
        admin.publish('page', 'dup', 1, { locales: ['ru'] }, editor),
      ).rejects.toMatchObject({ details: [{ path: 'locales' }] });
    });

    it('deletes items and takes them out of search in the same transaction', async () => {
      const page = await admin.create(
        'page',
        { key: 'gone', translations: { en: { title: 'Gone' } } },
        editor,
      );
      await admin.publish('page', page.id, page.version, {}, editor);
      expect(index.items.has(page.id)).toBe(true);
      await admin.remove('page', page.id, editor);
      expect(index.items.has(page.id)).toBe(false);
      await expect(site.page('gone', 'en')).rejects.toBeInstanceOf(NotFoundError);
      await expect(admin.get('page', page.id)).rejects.toBeInstanceOf(NotFoundError);
    });
  },
);
