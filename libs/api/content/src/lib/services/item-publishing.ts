import type { PublishOptions } from '@portal/domain/content';
import { EntityManager } from 'typeorm';
import { InvalidInputError } from '@portal/api/common';
import type { Locale } from '@portal/domain/locales';
import type { Actor } from '../content.types';
import type { ContentItemEntity } from '../entities/content-item.entity';
import type { ContentTranslationEntity } from '../entities/content-translation.entity';
import type { ContentAuditWriter } from './content-ports';
import { recordItemAudit } from './item-audit';
import { lockTranslations } from './item-lookup';
import { publishCopy, scheduleCopy, unpublishCopy } from './publication';
import { returnedRows } from './returned-rows';

/** The translations named (each once), or all of them when none are; an absent one is 400. */
export function pickLocales(
  translations: ContentTranslationEntity[],
  locales: Locale[] | undefined,
): ContentTranslationEntity[] {
  if (!locales) return translations;
  return [...new Set(locales)].map((locale) => {
    const t = translations.find((x) => x.locale === locale);
    if (!t) throw InvalidInputError.field('locales', `there is no ${locale} translation`);
    return t;
  });
}

/**
 * The id of each language's latest review step. The caller holds the item's row lock, which
 * a submission takes too, so no step can be added between this read and the publish.
 */
async function latestReviewSteps(
  manager: EntityManager,
  itemId: string,
): Promise<Map<string, number>> {
  const rows = returnedRows<{ locale: string; id: number }>(
    await manager.query(
      `SELECT locale, max(id) AS id FROM content_review WHERE item_id = $1 GROUP BY locale`,
      [itemId],
    ),
  );
  return new Map(rows.map((r) => [r.locale, Number(r.id)]));
}

/**
 * Publishing, scheduling and unpublishing of an item's translations inside the caller's
 * transaction, which has checked the version; the translations are locked while they
 * change, and the caller re-indexes.
 */
export class ItemPublishing {
  constructor(private readonly audit: ContentAuditWriter) {}

  /** Publishes the working copies now, or schedules them when `publishAt` is in the future. */
  async publish(
    manager: EntityManager,
    item: ContentItemEntity,
    options: PublishOptions,
    actor: Actor,
    { audit }: { audit: boolean },
  ): Promise<void> {
    const kind = item.kind;
    const translations = await lockTranslations(manager, item.id);
    const targets = pickLocales(translations, options.locales);
    const publishAt = options.publishAt ? new Date(options.publishAt) : undefined;
    if (publishAt && Number.isNaN(publishAt.getTime())) {
      throw InvalidInputError.field('publishAt', 'publishAt must be an ISO date');
    }
    const scheduled = publishAt !== undefined && publishAt.getTime() > Date.now();
    const latestSteps = await latestReviewSteps(manager, item.id);
    for (const t of targets) {
      if (scheduled) scheduleCopy(t, publishAt);
      else publishCopy(t, new Date());
      t.reviewSettledStep = latestSteps.get(t.locale) ?? t.reviewSettledStep;
      await manager.save(t);
    }
    if (audit) {
      await recordItemAudit(this.audit, manager, {
        actor,
        action: `${kind}.${scheduled ? 'schedule' : 'publish'}`,
        item,
        details: {
          locales: targets.map((t) => t.locale),
          version: item.version,
          ...(scheduled ? { publishAt: publishAt?.toISOString() } : {}),
        },
      });
    }
  }

  /** Takes the published copies (and any schedule) of the named translations offline. */
  async unpublish(
    manager: EntityManager,
    item: ContentItemEntity,
    locales: Locale[] | undefined,
    actor: Actor,
  ): Promise<void> {
    const translations = await lockTranslations(manager, item.id);
    const targets = pickLocales(translations, locales);
    for (const t of targets) {
      unpublishCopy(t);
      await manager.save(t);
    }
    await recordItemAudit(this.audit, manager, {
      actor,
      action: `${item.kind}.unpublish`,
      item,
      details: { locales: targets.map((t) => t.locale) },
    });
  }
}
