import type { ContentKind } from '@portal/domain/content';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { localizedPath, publicPath } from '@portal/domain/content';
import { findCountry } from '@portal/domain/countries';
import { LOCALES } from '@portal/domain/locales';
import { findFieldOperation, hostCountryCode } from '@portal/domain/institutions';
import { extractPassages, htmlToText } from '../body/body-html.util';
import { REFERENCE_KINDS } from '../content.types';
import type { ReferenceKind } from '../content.types';
import { ContentItemEntity } from '../entities/content-item.entity';
import { ContentTranslationEntity } from '../entities/content-translation.entity';
import { CONTENT_INDEX_WRITER, PUBLIC_CONTENT_SIGNAL } from './content-ports';
import type { ContentIndexWriter, IndexEntry, PublicContentSignal } from './content-ports';
import { referenceFacts } from './reference-data';

export function isReferenceKind(kind: ContentKind): kind is ReferenceKind {
  return (REFERENCE_KINDS as readonly string[]).includes(kind);
}

/**
 * Portal path of an item without the locale, e.g. `/policing` or `/programmes/x`: the
 * route table the portal's router and the admin's "view" links use too, so a search hit or
 * citation always lands on the page that shows the item.
 */
export function itemPath(kind: ContentKind, key: string): string {
  // Countries are stored by ISO code; their links read better with the country's slug.
  if (kind === 'country') return publicPath(kind, findCountry(key)?.slug ?? key);
  return publicPath(kind, key);
}

/**
 * Keeps the search index equal to what visitors can see: only published copies, one entry
 * per published locale. Called inside every write's transaction, so it is also where the
 * public-content signal goes out. A draft save signals too: telling a draft save from a
 * change of the published copy would take a comparison on every write, while a needless
 * signal costs one fresh render per page, and staff save a few times a day.
 */
@Injectable()
export class ContentIndexService {
  constructor(
    @Inject(CONTENT_INDEX_WRITER) private readonly writer: ContentIndexWriter,
    @Optional() @Inject(PUBLIC_CONTENT_SIGNAL) private readonly signal?: PublicContentSignal,
  ) {}

  async sync(manager: EntityManager, itemId: string): Promise<void> {
    const item = await manager.findOne(ContentItemEntity, { where: { id: itemId } });
    if (!item) return;
    await this.signal?.changed(manager);
    const translations = await manager.find(ContentTranslationEntity, { where: { itemId } });
    const entries = this.entries(item, translations);
    if (entries.length === 0) {
      await this.writer.removeItem(manager, item.kind, item.id);
    } else {
      await this.writer.replaceItem(manager, { type: item.kind, itemId: item.id, entries });
    }
  }

  async remove(manager: EntityManager, kind: ContentKind, itemId: string): Promise<void> {
    await this.signal?.changed(manager);
    await this.writer.removeItem(manager, kind, itemId);
  }

  entries(
    item: ContentItemEntity,
    translations: readonly ContentTranslationEntity[],
  ): IndexEntry[] {
    const path = itemPath(item.kind, item.key);
    const published = new Map(
      translations.filter((t) => t.publishedAt !== null).map((t) => [t.locale, t]),
    );
    if (isReferenceKind(item.kind)) {
      const facts = referenceFacts(item.kind, item.key);
      if (!facts) return [];
      // Reference data is public in every locale (its names come from the constants);
      // an editor's published description adds passages to its locale.
      return LOCALES.map((locale) => {
        const t = published.get(locale);
        const passages = t ? extractPassages(t.publishedBodyHtml ?? '') : [];
        return {
          locale,
          title: facts.name(locale),
          url: localizedPath(locale, path),
          passages: [{ anchor: 'p0', text: facts.facts(locale) }, ...passages],
          countryCodes: facts.countryCodes,
          updatedAt: t?.publishedAt ?? item.updatedAt,
        };
      });
    }
    const countryCodes = programmeCountries(item);
    return LOCALES.filter((l) => published.has(l)).map((locale) => {
      const t = published.get(locale) as ContentTranslationEntity;
      const summary = htmlToText(t.publishedSummary ?? '');
      const passages = extractPassages(t.publishedBodyHtml ?? '');
      return {
        locale,
        title: t.publishedTitle ?? t.title,
        url: localizedPath(locale, path),
        passages: summary && passages.length === 0 ? [{ anchor: 'p0', text: summary }] : passages,
        ...(countryCodes.length ? { countryCodes } : {}),
        updatedAt: t.publishedAt ?? item.updatedAt,
      };
    });
  }
}

/** Countries a programme concerns: its own list plus its field operation's host. */
export function programmeCountries(item: ContentItemEntity): string[] {
  if (item.kind !== 'programme') return [];
  const codes = new Set(item.attributes.countries ?? []);
  const operation = item.attributes.fieldOperation
    ? findFieldOperation(item.attributes.fieldOperation)
    : undefined;
  const host = operation ? hostCountryCode(operation.host) : undefined;
  if (host) codes.add(host);
  return [...codes];
}
