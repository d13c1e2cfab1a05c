import type { AdminItem, AdminTranslation, RevisionSummary } from '@portal/domain/content';
import { findCountry } from '@portal/domain/countries';
import { LOCALES } from '@portal/domain/locales';
import type { Locale } from '@portal/domain/locales';
import { ContentItemEntity } from '../entities/content-item.entity';
import { ContentRevisionEntity } from '../entities/content-revision.entity';
import { ContentTranslationEntity } from '../entities/content-translation.entity';
import { hasUnpublishedChanges } from './translation-state';

/** An item and its translations as the editors see them, with each locale's workflow state. */
export function toAdminItem(
  item: ContentItemEntity,
  translations: readonly ContentTranslationEntity[],
): AdminItem {
  const source = translations.find((t) => t.locale === item.sourceLocale);
  const byLocale: Partial<Record<Locale, AdminTranslation>> = {};
  for (const locale of LOCALES) {
    const t = translations.find((x) => x.locale === locale);
    if (!t) continue;
    byLocale[locale] = {
      title: t.title,
      summary: t.summary,
      body: t.bodySource,
      format: t.bodyFormat,
      bodyHtml: t.bodyHtml,
      status: t.status,
      publishAt: t.publishAt ? t.publishAt.toISOString() : null,
      scheduledRevision: t.status === 'scheduled' ? t.scheduledChangedRevision : null,
      publishedAt: t.publishedAt ? t.publishedAt.toISOString() : null,
      hasUnpublishedChanges: hasUnpublishedChanges(t),
      outdated:
        locale !== item.sourceLocale && !!source && t.basedOnRevision < source.changedRevision,
      changedRevision: t.changedRevision,
      basedOnRevision: t.basedOnRevision,
    };
  }
  return {
    ...(item.kind === 'programme' ? item.attributes : {}),
    id: item.id,
    kind: item.kind,
    key: item.key,
    slug: item.kind === 'country' ? (findCountry(item.key)?.slug ?? item.key) : item.key,
    sourceLocale: item.sourceLocale,
    version: item.version,
    translations: byLocale,
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
    updatedBy: item.updatedBy,
  };
}

/** A revision without its snapshot, for the history list. */
export function toRevisionSummary(r: ContentRevisionEntity): RevisionSummary {
  return {
    number: r.number,
    action: r.action,
    authorId: r.authorId,
    authorEmail: r.authorEmail,
    createdAt: r.createdAt.toISOString(),
    changedFields: r.changedFields,
  };
}
