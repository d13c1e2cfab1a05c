import { ConflictError, InvalidInputError, NotFoundError } from '@portal/api/common';
import { AUTH_ENTITIES, AUTH_MIGRATIONS, AuditLogEntity, AuditService } from '@portal/api/auth';
import { describeEachDatabase } from '@portal/api/database/testing';
import { SEARCH_ENTITIES, SEARCH_MIGRATIONS, SearchIndexer } from '@portal/api/search';
import { CONTENT_ENTITIES, CONTENT_MIGRATIONS } from '../content.schema';
import type { Actor } from '../content.types';
import { RecordingAuditWriter, RecordingIndexWriter } from '../testing/recording-writers';
import { ContentAdminService } from './content-admin.service';
import { ContentIndexService } from './content-index.service';
import { ContentPublicService } from './content-public.service';
import { ContentReviewService } from './content-review.service';
import { ScheduledPublisher } from './scheduled-publisher.service';

const contributor: Actor = {
  id: '00000000-0000-4000-8000-00000000000c',
  email: 'contributor@example.org',
  role: 'contributor',
  ip: '10.0.0.3',
};
const editor: Actor = {
  id: '00000000-0000-4000-8000-00000000000e',
  email: 'editor@example.org',
  role: 'editor',
  ip: '10.0.0.1',
};
const everyone = { id: editor.id, allItems: true };

/**
 * Runs the API process's clock `offsetMs` away from the database's (which stamps review
 * steps with its own `now()`), as on two machines whose clocks disagree. Only `Date` is
 * faked, and it stands still, so the database driver's timers run as usual.
 */
function skewApiClock(offsetMs: number): void {
  jest.useFakeTimers({
    now: Date.now() + offsetMs,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

describeEachDatabase(
  'ContentReviewService',
  {
    entities: [...CONTENT_ENTITIES, ...AUTH_ENTITIES, ...SEARCH_ENTITIES],
    migrations: [...CONTENT_MIGRATIONS, ...AUTH_MIGRATIONS, ...SEARCH_MIGRATIONS],
  },
  (db) => {
    let audit: RecordingAuditWriter;
    let admin: ContentAdminService;
    let reviews: ContentReviewService;
    let site: ContentPublicService;
    let scheduler: ScheduledPublisher;

    afterEach(() => {
      jest.useRealTimers();
    });

    beforeEach(() => {
      audit = new RecordingAuditWriter(
        new AuditService(db.dataSource().getRepository(AuditLogEntity)),
      );
      const indexer = new ContentIndexService(new RecordingIndexWriter(new SearchIndexer()));
      admin = new ContentAdminService(db.dataSource(), indexer, audit);
      reviews = new ContentReviewService(db.dataSource(), admin, indexer, audit);
      site = new ContentPublicService(db.dataSource());
      scheduler = new ScheduledPublisher(db.dataSource(), indexer, audit);
    });

    async function draft(slug: string): Promise<string> {
      const page = await admin.create(
        'page',
        {
          key: slug,
          translations: {
            en: { title: 'Community policing', body: 'Line one\nLine two' },
            fr: { title: 'Police de proximité', body: 'Ligne un' },
          },
        },
        contributor,
      );
      return page.id;
    }

    it('keeps a submitted draft off the site until an editor approves it, per language', async () => {
      const id = await draft('review-round-trip');
      await reviews.submit('page', id, 'en', 1, 'Ready, please check the figures', contributor);

      const queue = await reviews.queue();
      const entry = queue.items.find((e) => e.itemId === id);
      expect(entry).toMatchObject({
        locale: 'en',
        version: 1,
        firstPublication: true,
        changedSinceSubmitted: false,
        submission: {
          action: 'submit',
          comment: 'Ready, please check the figures',
          actorEmail: contributor.email,
        },
      });
      expect(entry?.changes.find((c) => c.field === 'body')?.lines).toEqual([
        { op: 'added', text: 'Line one' },
        { op: 'added', text: 'Line two' },
      ]);
      expect(queue.items.some((e) => e.itemId === id && e.locale === 'fr')).toBe(false);
      await expect(site.page('review-round-trip', 'en')).rejects.toBeInstanceOf(NotFoundError);

      const approved = await reviews.approve('page', id, 'en', 1, { comment: 'Good' }, editor);
      expect(approved.translations.en?.status).toBe('published');
      expect(approved.translations.fr?.status).toBe('draft');
      expect((await site.page('review-round-trip', 'en')).title).toBe('Community policing');
      expect((await reviews.queue()).items.some((e) => e.itemId === id)).toBe(false);

      const history = await reviews.history('page', id, everyone);
      expect(history.events.map((e) => [e.locale, e.action, e.comment])).toEqual([
        ['en', 'approve', 'Good'],
        ['en', 'submit', 'Ready, please check the figures'],
      ]);
      expect(history.waiting).toEqual([]);
      expect(
        audit.entries.filter((e) => e.itemId === id).map((e) => [e.action, e.details?.['locale']]),
      ).toEqual([
        ['page.create', undefined],
        ['page.submit', 'en'],
        ['page.publish', undefined],
        ['page.approve', 'en'],
      ]);
    });

    it('sends a rejected translation back with the comment, and takes it again once resubmitted', async () => {
      const id = await draft('review-reject');
      await reviews.submit('page', id, 'fr', 1, undefined, contributor);
      await expect(reviews.reject('page', id, 'fr', 1, '   ', editor)).rejects.toMatchObject({
        details: [{ path: 'comment' }],
      });
      await reviews.reject('page', id, 'fr', 1, 'Translate the title too', editor);
      expect((await reviews.history('page', id, everyone)).events[0]).toMatchObject({
        action: 'reject',
        comment: 'Translate the title too',
        actorEmail: editor.email,
      });
      await expect(reviews.approve('page', id, 'fr', 1, {}, editor)).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect((await reviews.queue()).items.some((e) => e.itemId === id)).toBe(false);

      await admin.update(
        'page',
        id,
        1,
        { translations: { fr: { title: 'Police de proximité', body: 'Ligne un\nLigne deux' } } },
        contributor,
      );
      await reviews.submit('page', id, 'fr', 2, 'Done', contributor);
      await expect(reviews.submit('page', id, 'fr', 2, 'Again', contributor)).rejects.toMatchObject(
        { details: [{ path: 'locale' }] },
      );
      const entry = (await reviews.queue({ lang: 'fr' })).items.find((e) => e.itemId === id);
      expect(entry?.version).toBe(2);
      await reviews.approve('page', id, 'fr', 2, {}, editor);
      expect((await site.page('review-reject', 'fr')).lang).toBe('fr');
    });

    it('diffs an edit against the published text, not against the last draft', async () => {
      const id = await draft('review-diff');
      await admin.publish('page', id, 1, { locales: ['en'] }, editor);
      await admin.update(
        'page',
        id,
        1,
        { translations: { en: { title: 'Community policing', body: 'Line one\nLine 2' } } },
        contributor,
      );
      await expect(reviews.submit('page', id, 'en', 1, '', contributor)).rejects.toMatchObject({
        details: [{ path: 'version' }],
      });
      await reviews.submit('page', id, 'en', 2, '', contributor);
      const entry = (await reviews.queue()).items.find((e) => e.itemId === id);
      expect(entry?.firstPublication).toBe(false);
      expect(entry?.changes).toEqual([
        {
          field: 'body',
          lines: [
            { op: 'same', text: 'Line one' },
            { op: 'removed', text: 'Line two' },
            { op: 'added', text: 'Line 2' },
          ],
        },
      ]);
    });

    it('refuses to review a text that is already what visitors see, or a missing language', async () => {
      const id = await draft('review-nothing');
      await admin.publish('page', id, 1, { locales: ['en'] }, editor);
      await expect(reviews.submit('page', id, 'en', 1, '', contributor)).rejects.toMatchObject({
        details: [{ path: 'locale' }],
      });
      await expect(reviews.submit('page', id, 'de', 1, '', contributor)).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      await expect(reviews.reject('page', id, 'fr', 1, 'No', editor)).rejects.toMatchObject({
        details: [{ path: 'locale' }],
      });
    });

    it('schedules the approved text when the editor gives a future date', async () => {
      const id = await draft('review-scheduled');
      await reviews.submit('page', id, 'en', 1, '', contributor);
      const publishAt = new Date(Date.now() + 3_600_000).toISOString();
      const approved = await reviews.approve('page', id, 'en', 1, { publishAt }, editor);
      expect(approved.translations.en).toMatchObject({ status: 'scheduled', publishAt });
      await expect(site.page('review-scheduled', 'en')).rejects.toBeInstanceOf(NotFoundError);
      expect((await reviews.history('page', id, everyone)).waiting).toEqual([]);
      expect(audit.entries.filter((e) => e.itemId === id).map((e) => e.action)).toContain(
        'page.schedule',
      );
    });

    it('tells a writer which of their submissions wait and which were sent back, and why', async () => {
      const id = await draft('review-mine');
      await reviews.submit('page', id, 'en', 1, 'Mine', contributor);
      await reviews.submit('page', id, 'fr', 1, 'Mine too', contributor);
      await reviews.reject('page', id, 'fr', 1, 'Translate the summary', editor);
      const mine = (await reviews.mine(contributor.id)).filter((e) => e.itemId === id);
      expect(mine.map((e) => [e.locale, e.state, e.step.comment])).toEqual([
        ['fr', 'rejected', 'Translate the summary'],
        ['en', 'waiting', 'Mine'],
      ]);
      expect((await reviews.mine(editor.id)).filter((e) => e.itemId === id)).toEqual([]);

      await reviews.approve('page', id, 'en', 1, {}, editor);
      expect(
        (await reviews.mine(contributor.id)).filter((e) => e.itemId === id).map((e) => e.locale),
      ).toEqual(['fr']);
    });

    it('counts a direct publish as dealing with the submission', async () => {
      const id = await draft('review-direct');
      await reviews.submit('page', id, 'en', 1, '', contributor);
      await admin.publish('page', id, 1, { locales: ['en'] }, editor);
      expect((await reviews.queue()).items.some((e) => e.itemId === id)).toBe(false);
      await admin.update(
        'page',
        id,
        1,
        { translations: { en: { title: 'Community policing', body: 'Changed later' } } },
        contributor,
      );
      expect((await reviews.history('page', id, everyone)).waiting).toEqual([]);
    });

    it('settles a submission by a direct publish whatever the API clock says', async () => {
      const id = await draft('review-clock-behind');
      await reviews.submit('page', id, 'en', 1, '', contributor);
      // The API's clock a minute behind the database's: its publish looks older than the submission.
      skewApiClock(-60_000);
      await admin.publish('page', id, 1, { locales: ['en'] }, editor);
      await admin.update(
        'page',
        id,
        1,
        { translations: { en: { title: 'Community policing', body: 'Edited right after' } } },
        editor,
      );
      jest.useRealTimers();
      expect((await reviews.history('page', id, everyone)).waiting).toEqual([]);
      expect((await reviews.queue()).items.some((e) => e.itemId === id)).toBe(false);
      expect((await reviews.mine(contributor.id)).some((e) => e.itemId === id)).toBe(false);
    });

    it('keeps a submission made after a publish waiting whatever the API clock says', async () => {
      const id = await draft('review-clock-ahead');
      // The API's clock a minute ahead: its publish looks newer than the next submission.
      skewApiClock(60_000);
      await admin.publish('page', id, 1, { locales: ['en'] }, editor);
      await admin.update(
        'page',
        id,
        1,
        { translations: { en: { title: 'Community policing', body: 'Edited right after' } } },
        contributor,
      );
      await reviews.submit('page', id, 'en', 2, 'Please check', contributor);
      jest.useRealTimers();
      expect((await reviews.history('page', id, everyone)).waiting).toEqual(['en']);
      expect((await reviews.queue()).items.find((e) => e.itemId === id)?.version).toBe(2);
      const approved = await reviews.approve('page', id, 'en', 2, {}, editor);
      expect(approved.translations.en?.status).toBe('published');
    });

    it('settles a submission by a direct schedule, and not a later one by the schedule running', async () => {
      const id = await draft('review-direct-schedule');
      await reviews.submit('page', id, 'en', 1, '', contributor);
      const publishAt = new Date(Date.now() + 3_600_000);
      await admin.publish(
        'page',
        id,
        1,
        { locales: ['en'], publishAt: publishAt.toISOString() },
        editor,
      );
      await admin.update(
        'page',
        id,
        1,
        { translations: { en: { title: 'Community policing', body: 'After scheduling' } } },
        contributor,
      );
      expect((await reviews.history('page', id, everyone)).waiting).toEqual([]);

      await reviews.submit('page', id, 'en', 2, 'The update', contributor);
      await scheduler.publishDue(new Date(publishAt.getTime() + 1_000));
      expect((await site.page('review-direct-schedule', 'en')).body).not.toContain('After');
      expect((await reviews.history('page', id, everyone)).waiting).toEqual(['en']);
    });
  },
);
