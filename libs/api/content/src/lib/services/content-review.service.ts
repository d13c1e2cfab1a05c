import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ConflictError, InvalidInputError } from '@portal/api/common';
import { lineDiff } from '@portal/domain/content';
import type {
  AdminItem,
  ContentKind,
  FieldLineDiff,
  ItemReviews,
  OwnReviewEntry,
  ReviewAction,
  ReviewEvent,
  ReviewQueue,
  ReviewQueueEntry,
  ReviewedTranslation,
  TranslationSnapshot,
} from '@portal/domain/content';
import { LOCALES } from '@portal/domain/locales';
import type { Locale } from '@portal/domain/locales';
import type { Actor } from '../content.types';
import { ContentItemEntity } from '../entities/content-item.entity';
import { ContentReviewEntity } from '../entities/content-review.entity';
import { ContentRevisionEntity } from '../entities/content-revision.entity';
import { ContentTranslationEntity } from '../entities/content-translation.entity';
import { ContentAdminService } from './content-admin.service';
import type { HistoryViewer } from './item-history';
import { ContentIndexService } from './content-index.service';
import { CONTENT_AUDIT_WRITER } from './content-ports';
import type { ContentAuditWriter } from './content-ports';
import { lockExpectedVersion } from './item-version';
import { returnedRows } from './returned-rows';
import { nothingToReview, waitsForReview } from './review-state';

export interface ReviewQueueFilter {
  readonly lang?: Locale;
  readonly item?: string;
  readonly page?: number;
  readonly size?: number;
}

const FIELDS = ['title', 'summary', 'body'] as const;

/**
 * Review before publish, per language: a contributor submits a translation, an editor
 * approves it (which publishes or schedules it) or rejects it with a comment. Every step is
 * a row of `content_review` and an audit entry, written in one transaction with the change.
 */
@Injectable()
export class ContentReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly content: ContentAdminService,
    private readonly index: ContentIndexService,
    @Inject(CONTENT_AUDIT_WRITER) private readonly audit: ContentAuditWriter,
  ) {}

  async submit(
    kind: ContentKind,
    ref: string,
    locale: Locale,
    version: number,
    comment: string | undefined,
    actor: Actor,
  ): Promise<AdminItem> {
    return this.dataSource.transaction(async (manager) => {
      const { item, t, latest } = await this.reviewState(manager, kind, ref, locale, version);
      if (nothingToReview(t)) {
        throw InvalidInputError.field(
          'locale',
          `the ${locale} text is already published or scheduled as it is; there is nothing to review`,
        );
      }
      if (waitsForReview(latest, t)) {
        throw new ConflictError(`The ${locale} translation is already waiting for review`, {}, [
          { path: 'locale', message: `${locale} is already waiting for review` },
        ]);
      }
      await this.step(manager, item, locale, 'submit', comment, actor);
      return this.content.load(manager, item);
    });
  }

  /** Publishes (or schedules, with a future `publishAt`) the version the editor reviewed. */
  async approve(
    kind: ContentKind,
    ref: string,
    locale: Locale,
    version: number,
    options: { comment?: string; publishAt?: string },
    actor: Actor,
  ): Promise<AdminItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.waitingItem(manager, kind, ref, locale, version);
      await this.content.publishIn(
        manager,
        item,
        { locales: [locale], publishAt: options.publishAt },
        actor,
      );
      await this.step(manager, item, locale, 'approve', options.comment, actor);
      await this.index.sync(manager, item.id);
      return this.content.load(manager, item);
    });
  }

  /** Sends the translation back to its writer; the comment says what to change. */
  async reject(
    kind: ContentKind,
    ref: string,
    locale: Locale,
    version: number,
    comment: string,
    actor: Actor,
  ): Promise<AdminItem> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.waitingItem(manager, kind, ref, locale, version);
      if (!comment.trim())
        throw InvalidInputError.field('comment', 'comment must say what to change');
      await this.step(manager, item, locale, 'reject', comment, actor);
      return this.content.load(manager, item);
    });
  }

  async history(kind: ContentKind, ref: string, viewer: HistoryViewer): Promise<ItemReviews> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.content.findItem(manager, kind, ref);
      await this.content.checkHistoryViewer(manager, item, viewer);
      const rows = await manager.find(ContentReviewEntity, {
        where: { itemId: item.id },
        order: { id: 'DESC' },
      });
      const translations = await manager.find(ContentTranslationEntity, {
        where: { itemId: item.id },
      });
      const waiting = LOCALES.filter((locale) =>
        waitsForReview(
          rows.find((r) => r.locale === locale),
          translations.find((t) => t.locale === locale),
        ),
      );
      return { events: rows.map(toEvent), waiting };
    });
  }

  /** Every translation waiting for review, oldest submission first, with its line diff. */
  async queue(filter: ReviewQueueFilter = {}): Promise<ReviewQueue> {
    const page = filter.page ?? 1;
    const size = filter.size ?? 20;
    return this.dataSource.transaction(async (manager) => {
      const latest = await this.latestSteps(manager);
      const submissions = latest.filter(
        (r) =>
          r.action === 'submit' &&
          (!filter.lang || r.locale === filter.lang) &&
          (!filter.item || r.itemId === filter.item.toLowerCase()),
      );
      if (submissions.length === 0) return { items: [], total: 0, page, size };
      const { items, translations } = await this.itemsOf(manager, submissions);
      const waiting = submissions
        .map((submission) => ({
          submission,
          item: items.find((i) => i.id === submission.itemId),
          t: translations.find(
            (t) => t.itemId === submission.itemId && t.locale === submission.locale,
          ),
        }))
        .filter(
          (w): w is typeof w & { item: ContentItemEntity; t: ContentTranslationEntity } =>
            !!w.item && waitsForReview(w.submission, w.t),
        )
        .sort((a, b) => a.submission.id - b.submission.id);
      const shown = waiting.slice((page - 1) * size, page * size);
      const entries: ReviewQueueEntry[] = [];
      for (const { submission, item, t } of shown) {
        const published = await this.publishedText(manager, t);
        entries.push({
          ...reviewedTranslation(item, t),
          version: item.version,
          submission: toEvent(submission),
          changedSinceSubmitted: t.changedRevision > submission.version,
          firstPublication: published === null,
          changes: textChanges(published, {
            title: t.title,
            summary: t.summary,
            body: t.bodySource,
          }),
        });
      }
      return { items: entries, total: waiting.length, page, size };
    });
  }

  /**
   * What a writer submitted that still waits, or that an editor sent back since: the first
   * with the submission, the second with the editor's step and comment. Approved or
   * published languages are done and not listed.
   */
  async mine(writerId: string): Promise<OwnReviewEntry[]> {
    return this.dataSource.transaction(async (manager) => {
      const latest = await this.latestSteps(manager);
      // The writer's latest submission of each language (rows come newest first).
      const submitted = new Map<string, ContentReviewEntity>();
      for (const r of await manager.find(ContentReviewEntity, {
        where: { actorId: writerId, action: 'submit' },
        order: { id: 'DESC' },
      })) {
        if (!submitted.has(`${r.itemId} ${r.locale}`)) submitted.set(`${r.itemId} ${r.locale}`, r);
      }
      // Theirs when the latest step is that submission, or a rejection that answered it.
      const mine = latest.filter((step) => {
        const own = submitted.get(`${step.itemId} ${step.locale}`);
        if (!own) return false;
        return step.action === 'submit' ? step.id === own.id : step.action === 'reject';
      });
      if (mine.length === 0) return [];
      const { items, translations } = await this.itemsOf(manager, mine);
      const entries: OwnReviewEntry[] = [];
      for (const step of mine.sort((a, b) => b.id - a.id)) {
        const item = items.find((i) => i.id === step.itemId);
        const t = translations.find((x) => x.itemId === step.itemId && x.locale === step.locale);
        if (!item || !t || (step.action === 'submit' && !waitsForReview(step, t))) continue;
        entries.push({
          ...reviewedTranslation(item, t),
          state: step.action === 'submit' ? 'waiting' : 'rejected',
          step: toEvent(step),
        });
      }
      return entries;
    });
  }

  /** The latest review step of every item's language that has one. */
  private async latestSteps(manager: EntityManager): Promise<ContentReviewEntity[]> {
    const ids = returnedRows<{ id: number }>(
      await manager.query(
        `SELECT DISTINCT ON (item_id, locale) id FROM content_review ORDER BY item_id, locale, id DESC`,
      ),
    ).map((r) => r.id);
    return ids.length ? manager.find(ContentReviewEntity, { where: { id: In(ids) } }) : [];
  }

  /** The items the review steps are about, and all their translations. */
  private async itemsOf(
    manager: EntityManager,
    steps: readonly ContentReviewEntity[],
  ): Promise<{ items: ContentItemEntity[]; translations: ContentTranslationEntity[] }> {
    const itemIds = [...new Set(steps.map((r) => r.itemId))];
    const [items, translations] = await Promise.all([
      manager.find(ContentItemEntity, { where: { id: In(itemIds) } }),
      manager.find(ContentTranslationEntity, { where: { itemId: In(itemIds) } }),
    ]);
    return { items, translations };
  }

  private async translation(
    manager: EntityManager,
    item: ContentItemEntity,
    locale: Locale,
  ): Promise<ContentTranslationEntity> {
    const t = await manager.findOne(ContentTranslationEntity, {
      where: { itemId: item.id, locale },
    });
    if (!t) throw InvalidInputError.field('locale', `there is no ${locale} translation`);
    return t;
  }

  private async latest(
    manager: EntityManager,
    itemId: string,
    locale: Locale,
  ): Promise<ContentReviewEntity | undefined> {
    const row = await manager.findOne(ContentReviewEntity, {
      where: { itemId, locale },
      order: { id: 'DESC' },
    });
    return row ?? undefined;
  }

  /**
   * The item locked at the version the step was taken on, its `locale` translation and that
   * translation's latest review step: what submit, approve and reject decide on.
   */
  private async reviewState(
    manager: EntityManager,
    kind: ContentKind,
    ref: string,
    locale: Locale,
    version: number,
  ): Promise<{
    item: ContentItemEntity;
    t: ContentTranslationEntity;
    latest: ContentReviewEntity | undefined;
  }> {
    const item = await this.content.findItem(manager, kind, ref);
    await lockExpectedVersion(manager, item, version);
    const t = await this.translation(manager, item, locale);
    return { item, t, latest: await this.latest(manager, item.id, locale) };
  }

  /**
   * The item whose `locale` waits for review, locked at the version the editor acted on:
   * approve and reject answer a submission still waiting; 409 naming `locale` otherwise.
   */
  private async waitingItem(
    manager: EntityManager,
    kind: ContentKind,
    ref: string,
    locale: Locale,
    version: number,
  ): Promise<ContentItemEntity> {
    const { item, t, latest } = await this.reviewState(manager, kind, ref, locale, version);
    if (!waitsForReview(latest, t)) {
      throw new ConflictError(`The ${locale} translation is not waiting for review`, {}, [
        { path: 'locale', message: `${locale} is not waiting for review` },
      ]);
    }
    return item;
  }

  private async step(
    manager: EntityManager,
    item: ContentItemEntity,
    locale: Locale,
    action: ReviewAction,
    comment: string | undefined,
    actor: Actor,
  ): Promise<void> {
    const text = comment?.trim() ?? '';
    await manager.insert(ContentReviewEntity, {
      itemId: item.id,
      locale,
      action,
      comment: text,
      version: item.version,
      actorId: actor.id,
      actorEmail: actor.email,
    });
    await this.audit.record(
      {
        actor: { id: actor.id, email: actor.email },
        action: `${item.kind}.${action}`,
        itemType: item.kind,
        itemId: item.id,
        ip: actor.ip,
        details: { key: item.key, locale, version: item.version, comment: text },
      },
      manager,
    );
  }

  /** The text visitors see, from the revision it was published at; null if never published. */
  private async publishedText(
    manager: EntityManager,
    t: ContentTranslationEntity,
  ): Promise<TranslationSnapshot | null> {
    if (t.publishedAt === null || t.publishedChangedRevision === null) return null;
    const revision = await manager.findOne(ContentRevisionEntity, {
      where: { itemId: t.itemId, number: t.publishedChangedRevision },
    });
    return revision?.snapshot.translations[t.locale] ?? null;
  }
}

function reviewedTranslation(
  item: ContentItemEntity,
  t: ContentTranslationEntity,
): ReviewedTranslation {
  return { itemId: item.id, kind: item.kind, key: item.key, locale: t.locale, title: t.title };
}

function toEvent(r: ContentReviewEntity): ReviewEvent {
  return {
    id: r.id,
    locale: r.locale,
    action: r.action,
    comment: r.comment,
    version: r.version,
    actorEmail: r.actorEmail,
    createdAt: r.createdAt.toISOString(),
  };
}

/** Line diffs of the fields that differ from the published text. */
export function textChanges(
  published: Pick<TranslationSnapshot, 'title' | 'summary' | 'body'> | null,
  proposed: Pick<TranslationSnapshot, 'title' | 'summary' | 'body'>,
): FieldLineDiff[] {
  return FIELDS.filter((field) => (published?.[field] ?? '') !== proposed[field]).map((field) => ({
    field,
    lines: lineDiff(published?.[field] ?? '', proposed[field]),
  }));
}
