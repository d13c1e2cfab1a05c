import { describeEachDatabase } from '@portal/api/database/testing';
import { SearchIndexer } from '@portal/api/search';
import { ContentIndexService } from '../services/content-index.service';
import { ContentReviewService } from '../services/content-review.service';
import { CONTENT_ADMIN_SCHEMA, contentAdminBed, editor } from '../testing/admin-bed';
import { RecordingIndexWriter } from '../testing/recording-writers';
import { ReviewSettledStep1764332000000 } from './1764332000000-review-settled-step';

describeEachDatabase('ReviewSettledStep migration', CONTENT_ADMIN_SCHEMA, (db) => {
  const bed = contentAdminBed(db, beforeEach);

  it('keeps as settled the submissions an earlier publish dealt with, and only them', async () => {
    const reviews = new ContentReviewService(
      db.dataSource(),
      bed.admin,
      new ContentIndexService(new RecordingIndexWriter(new SearchIndexer())),
      bed.audit,
    );
    const page = await bed.admin.create(
      'page',
      {
        key: 'settled-backfill',
        translations: {
          en: { title: 'Policing', body: 'One' },
          fr: { title: 'Police', body: 'Un' },
          de: { title: 'Polizei', body: 'Eins' },
        },
      },
      editor,
    );
    for (const locale of ['en', 'fr', 'de'] as const) {
      await reviews.submit('page', page.id, locale, 1, '', editor);
    }
    await bed.admin.publish('page', page.id, 1, { locales: ['en', 'fr'] }, editor);
    await bed.admin.update(
      'page',
      page.id,
      1,
      { translations: { en: { title: 'Policing', body: 'Two' } } },
      editor,
    );
    const runner = db.dataSource().createQueryRunner();
    try {
      const migration = new ReviewSettledStep1764332000000();
      await migration.down(runner);
      // As the old rule read them: en published after its submission, fr before it.
      await runner.query(
        `UPDATE content_review SET created_at = '2026-12-01T10:00:00Z' WHERE item_id = $1`,
        [page.id],
      );
      await runner.query(
        `UPDATE content_translation
            SET published_at = CASE locale WHEN 'en' THEN '2026-12-01T10:00:05Z'::timestamptz
                                           ELSE '2026-12-01T09:59:55Z'::timestamptz END
          WHERE item_id = $1 AND published_at IS NOT NULL`,
        [page.id],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows: { locale: string; settled: number | null }[] = await db
      .dataSource()
      .query(
        `SELECT locale, review_settled_step AS settled FROM content_translation WHERE item_id = $1 ORDER BY locale`,
        [page.id],
      );
    const steps: { locale: string; id: number }[] = await db
      .dataSource()
      .query(`SELECT locale, id FROM content_review WHERE item_id = $1`, [page.id]);
    const en = steps.find((s) => s.locale === 'en')?.id;
    expect(rows.map((r) => [r.locale, r.settled])).toEqual([
      ['de', null],
      ['en', en],
      ['fr', null],
    ]);
    expect(
      (await reviews.history('page', page.id, { id: editor.id, allItems: true })).waiting,
    ).toEqual(['de']);
  });
});
