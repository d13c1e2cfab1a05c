import { AUTH_ENTITIES, AUTH_MIGRATIONS, AuditLogEntity, AuditService } from '@portal/api/auth';
import { describeEachDatabase } from '@portal/api/database/testing';
import { SEARCH_ENTITIES, SEARCH_MIGRATIONS, SearchIndexer } from '@portal/api/search';
import type { NavigationItem } from '@portal/domain/content';
import { CONTENT_ENTITIES, CONTENT_MIGRATIONS } from '../content.schema';
import type { Actor } from '../content.types';
import { RecordingAuditWriter, RecordingIndexWriter } from '../testing/recording-writers';
import { ContentAdminService } from './content-admin.service';
import { ContentIndexService } from './content-index.service';
import { ContentPublicService } from './content-public.service';
import { ScheduledPublisher } from './scheduled-publisher.service';

const editor: Actor = {
  id: '00000000-0000-4000-8000-000000000003',
  email: 'editor@example.org',
  role: 'editor',
  ip: '10.0.0.3',
};

function paths(items: readonly NavigationItem[]): string[] {
  return items.flatMap((item) => [
    ...(item.path ? [item.path] : []),
    ...paths(item.children ?? []),
  ]);
}

function find(items: readonly NavigationItem[], key: string): NavigationItem | undefined {
  for (const item of items) {
    if (item.key === key) return item;
    const found = find(item.children ?? [], key);
    if (found) return found;
  }
  return undefined;
}

describeEachDatabase(
  'ContentPublicService navigation',
  {
    entities: [...CONTENT_ENTITIES, ...AUTH_ENTITIES, ...SEARCH_ENTITIES],
    migrations: [...CONTENT_MIGRATIONS, ...AUTH_MIGRATIONS, ...SEARCH_MIGRATIONS],
  },
  (db) => {
    let admin: ContentAdminService;
    let site: ContentPublicService;
    let scheduler: ScheduledPublisher;

    beforeEach(() => {
      const audit = new RecordingAuditWriter(
        new AuditService(db.dataSource().getRepository(AuditLogEntity)),
      );
      const indexer = new ContentIndexService(new RecordingIndexWriter(new SearchIndexer()));
      admin = new ContentAdminService(db.dataSource(), indexer, audit);
      site = new ContentPublicService(db.dataSource());
      scheduler = new ScheduledPublisher(db.dataSource(), indexer, audit);
    });

    it('lists the pages with a published translation in any locale, as page() serves them', async () => {
      await expect(site.publishedPageSlugs()).resolves.toEqual(new Set());
      const page = await admin.create(
        'page',
        {
          key: 'internal-oversight',
          translations: { en: { title: 'Oversight' }, it: { title: 'Controllo' } },
        },
        editor,
      );
      // Only pages count: a published programme with a menu entry's slug is no page.
      const programme = await admin.create(
        'programme',
        {
          key: 'finance-and-administration',
          attributes: { category: 'police-development-reform' },
          translations: { en: { title: 'A programme' } },
        },
        editor,
      );
      await admin.publish('programme', programme.id, 1, {}, editor);
      await expect(site.publishedPageSlugs()).resolves.toEqual(new Set());

      await admin.publish('page', page.id, 1, { locales: ['it'] }, editor);
      await expect(site.publishedPageSlugs()).resolves.toEqual(new Set(['internal-oversight']));
      await expect(site.page('internal-oversight', 'en')).resolves.toMatchObject({ lang: 'it' });

      await admin.unpublish('page', page.id, 1, undefined, editor);
      await expect(site.publishedPageSlugs()).resolves.toEqual(new Set());
      await admin.remove('page', page.id, editor);
    });

    it('sanitizes stored bodies again when it serves them', async () => {
      const page = await admin.create(
        'page',
        { key: 'old-row', translations: { en: { title: 'Old', body: 'Safe' } } },
        editor,
      );
      await admin.publish('page', page.id, 1, {}, editor);
      // As a row written before a stricter policy, or by a bug, would hold it.
      await db
        .dataSource()
        .query(`UPDATE content_translation SET published_body_html = $1 WHERE item_id = $2`, [
          '<p id="p1">Kept<img src="x" onerror="alert(1)"></p><script>alert(2)</script>',
          page.id,
        ]);
      await expect(site.page('old-row', 'en')).resolves.toMatchObject({
        body: '<p id="p1">Kept<img src="x" /></p>',
      });
      // A published page outside the site map joins the menu; the next test wants none.
      await admin.remove('page', page.id, editor);
    });

    it('counts a scheduled page once its time has come and it is published', async () => {
      const page = await admin.create(
        'page',
        { key: 'our-principles', translations: { en: { title: 'Principles' } } },
        editor,
      );
      const at = new Date(Date.now() + 60 * 60 * 1000);
      await admin.publish('page', page.id, 1, { publishAt: at.toISOString() }, editor);
      await expect(site.publishedPageSlugs()).resolves.not.toContain('our-principles');
      await scheduler.publishDue(new Date(at.getTime() + 1000));
      await expect(site.publishedPageSlugs()).resolves.toContain('our-principles');
      await admin.remove('page', page.id, editor);
    });

    it('links the editorial pages of the menu once they are published', async () => {
      const before = await site.navigation('en');
      expect(paths(before).filter((p) => p.startsWith('/about'))).toEqual([]);
      // Nothing is published yet, not even "About us": its children stay under its label.
      expect(find(before, 'about')).toMatchObject({ key: 'about', label: 'About us' });
      expect(find(before, 'about')).not.toHaveProperty('path');
      expect(find(before, 'chairpersonship')?.path).toBe('/countries/CH');

      for (const key of ['about', 'employment']) {
        const page = await admin.create(
          'page',
          { key, translations: { de: { title: key } }, sourceLocale: 'de' },
          editor,
        );
        await admin.publish('page', page.id, 1, {}, editor);
      }
      const after = await site.navigation('fr');
      expect(paths(after).filter((p) => p.startsWith('/about'))).toEqual([
        '/about',
        '/about/employment',
      ]);
      expect(find(after, 'employment')).toEqual({
        key: 'employment',
        label: 'Emploi',
        path: '/about/employment',
      });
    });
  },
);
