import type { FieldChange, ItemSnapshot, TranslationSnapshot } from '@portal/domain/content';
import { LOCALES } from '@portal/domain/locales';
import type { Locale } from '@portal/domain/locales';
import type { ContentItemEntity } from '../entities/content-item.entity';
import type { ContentTranslationEntity } from '../entities/content-translation.entity';

export function snapshotOf(
  item: ContentItemEntity,
  translations: readonly ContentTranslationEntity[],
): ItemSnapshot {
  const byLocale: Partial<Record<Locale, TranslationSnapshot>> = {};
  for (const locale of LOCALES) {
    const t = translations.find((x) => x.locale === locale);
    if (t) {
      byLocale[locale] = {
        title: t.title,
        summary: t.summary,
        body: t.bodySource,
        format: t.bodyFormat,
      };
    }
  }
  return {
    key: item.key,
    sourceLocale: item.sourceLocale,
    attributes: { ...item.attributes },
    translations: byLocale,
  };
}

/** `{ 'translations.it.title': 'Ordine pubblico', 'attributes.category': ... }` */
export function flattenSnapshot(snapshot: ItemSnapshot): Record<string, unknown> {
  const flat: Record<string, unknown> = {
    key: snapshot.key,
    sourceLocale: snapshot.sourceLocale,
  };
  for (const [name, value] of Object.entries(snapshot.attributes ?? {})) {
    if (value !== undefined) flat[`attributes.${name}`] = value;
  }
  for (const locale of LOCALES) {
    const t = snapshot.translations[locale];
    if (!t) continue;
    for (const [field, value] of Object.entries(t)) flat[`translations.${locale}.${field}`] = value;
  }
  return flat;
}

/** Field-level differences between two snapshots, in a stable order. */
export function diffSnapshots(before: ItemSnapshot | null, after: ItemSnapshot): FieldChange[] {
  const a = before ? flattenSnapshot(before) : {};
  const b = flattenSnapshot(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) {
      changes.push({ field, from: a[field] ?? null, to: b[field] ?? null });
    }
  }
  return changes;
}
