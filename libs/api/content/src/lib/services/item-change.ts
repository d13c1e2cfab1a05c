import type { ItemInput, RevisionAction, TranslationInput } from '@portal/domain/content';
import { InvalidInputError } from '@portal/api/common';
import { LOCALES } from '@portal/domain/locales';
import type { Locale } from '@portal/domain/locales';
import { plainText, renderBody } from '../body/body-html.util';
import type { Actor } from '../content.types';
import type { ContentItemEntity } from '../entities/content-item.entity';
import { ContentTranslationEntity } from '../entities/content-translation.entity';
import { isReferenceKind } from './content-index.service';
import { checkAttributes, normaliseKey } from './item-attributes';
import { matchesPublishedCopy } from './translation-state';

/** A change an editor asks for: an update, or a restore of an earlier revision. */
export interface ItemChange {
  /** The version the editor saw; another means someone saved in between (409). */
  readonly version: number;
  readonly input: ItemInput;
  readonly actor: Actor;
  readonly action: RevisionAction;
  /** A restore brings back the attributes as they were; an update merges what it sends. */
  readonly replaceAttributes: boolean;
  readonly auditDetails?: Record<string, unknown>;
}

/** What a change does to the translations: all of them after it, which go, which are written. */
export interface WorkedOutChange {
  readonly after: ContentTranslationEntity[];
  readonly removed: readonly Locale[];
  readonly touched: ReadonlySet<ContentTranslationEntity>;
}

/**
 * Works out a change in memory, on the item and its translations as loaded (`before`),
 * which it updates in place: key, attributes and source locale of the item; text,
 * revision numbers and "based on" of each translation given. Writes nothing, so a change
 * that changes nothing can be told apart before anything is saved.
 */
export function workOutChange(
  item: ContentItemEntity,
  before: readonly ContentTranslationEntity[],
  input: ItemInput,
  { newVersion, replaceAttributes }: { newVersion: number; replaceAttributes: boolean },
): WorkedOutChange {
  if (input.key !== undefined && input.key !== item.key) {
    if (isReferenceKind(item.kind)) {
      throw InvalidInputError.field('key', 'reference data keeps its code or slug');
    }
    item.key = normaliseKey(item.kind, input.key);
  }
  if (input.attributes) {
    const merged = replaceAttributes
      ? input.attributes
      : { ...item.attributes, ...input.attributes };
    item.attributes = checkAttributes(item.kind, merged);
  }
  const translations = new Map(before.map((t) => [t.locale, t]));
  const removed: Locale[] = [];
  const touched = new Set<ContentTranslationEntity>();
  for (const locale of input.removeTranslations ?? []) {
    if (input.translations?.[locale]) {
      throw InvalidInputError.field(
        `removeTranslations`,
        `${locale} cannot be both changed and removed`,
      );
    }
    if (translations.has(locale)) {
      removed.push(locale);
      translations.delete(locale);
    }
  }
  if (input.sourceLocale) item.sourceLocale = input.sourceLocale;

  // The source goes first: translations saved together with it are based on its new text.
  const given = LOCALES.filter((l) => input.translations?.[l]);
  given.sort((a, b) => Number(b === item.sourceLocale) - Number(a === item.sourceLocale));
  for (const locale of given) {
    const change = input.translations?.[locale] as TranslationInput;
    const existing = translations.get(locale);
    const next = buildTranslation(item.id, locale, change);
    const changed =
      !existing ||
      existing.title !== next.title ||
      existing.summary !== next.summary ||
      existing.bodySource !== next.bodySource ||
      existing.bodyFormat !== next.bodyFormat;
    const target = existing ?? next;
    if (changed) {
      Object.assign(target, {
        title: next.title,
        summary: next.summary,
        bodySource: next.bodySource,
        bodyFormat: next.bodyFormat,
        bodyHtml: next.bodyHtml,
        changedRevision: newVersion,
        updatedAt: new Date(),
      });
    }
    // Text that is the published text again (a restore, an edit undone) is that
    // revision's text: it takes the published revision numbers back, so neither
    // "unpublished changes" nor "outdated" outlives the change that caused it.
    const republished = changed && matchesPublishedCopy(target);
    if (republished) target.changedRevision = target.publishedChangedRevision ?? newVersion;
    const source = translations.get(item.sourceLocale);
    const basedOn =
      locale === item.sourceLocale
        ? target.changedRevision
        : change.markUpToDate
          ? (source?.changedRevision ?? target.changedRevision)
          : republished
            ? (target.publishedBasedOnRevision ?? target.basedOnRevision)
            : changed
              ? (source?.changedRevision ?? target.changedRevision)
              : target.basedOnRevision;
    if (changed || basedOn !== target.basedOnRevision) {
      target.basedOnRevision = basedOn;
      touched.add(target);
    }
    translations.set(locale, target);
  }
  if (translations.size > 0 && !translations.has(item.sourceLocale)) {
    throw InvalidInputError.field('sourceLocale', `there is no ${item.sourceLocale} translation`);
  }
  if (translations.size === 0 && !isReferenceKind(item.kind)) {
    throw InvalidInputError.field('removeTranslations', 'an item needs at least one translation');
  }

  return { after: [...translations.values()], removed, touched };
}

/** A new draft translation from what the editor sent: plain title and summary, rendered body. */
export function buildTranslation(
  itemId: string,
  locale: Locale,
  input: TranslationInput,
): ContentTranslationEntity {
  const format = input.format ?? 'markdown';
  const body = input.body ?? '';
  const title = plainText(input.title);
  if (!title)
    throw InvalidInputError.field(`translations.${locale}.title`, 'title must not be empty');
  const t = new ContentTranslationEntity();
  Object.assign(t, {
    itemId,
    locale,
    title,
    summary: plainText(input.summary ?? ''),
    bodySource: body,
    bodyFormat: format,
    bodyHtml: renderBody(body, format).html,
    status: 'draft',
    publishAt: null,
    publishedTitle: null,
    publishedSummary: null,
    publishedBodyHtml: null,
    publishedAt: null,
    publishedChangedRevision: null,
    publishedBasedOnRevision: null,
    scheduledTitle: null,
    scheduledSummary: null,
    scheduledBodyHtml: null,
    scheduledChangedRevision: null,
    scheduledBasedOnRevision: null,
    updatedAt: new Date(),
  });
  return t;
}
