import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '@portal/api/common';
import { buildNavigation } from '@portal/domain/content';
import type {
  ContentKind,
  CountryDetail,
  CountrySummary,
  FieldOperationDetail,
  FieldOperationSummary,
  InstitutionDetail,
  InstitutionSummary,
  LocalizedList,
  NavigationItem,
  PagePayload,
  ProgrammeCategory,
  ProgrammeDetail,
  ProgrammeListItem,
  ProgrammeSummary,
} from '@portal/domain/content';
import {
  CHAIRPERSONSHIP,
  COUNTRIES,
  countryName,
  findCountry,
  isCountryGroup,
  joinedYear,
} from '@portal/domain/countries';
import type { Country, CountryCode, CountryGroup } from '@portal/domain/countries';
import {
  FIELD_OPERATIONS,
  INSTITUTIONS,
  fieldOperationsInCountry,
  findFieldOperation,
  findInstitution,
  hostCountryCode,
  hostName,
} from '@portal/domain/institutions';
import type { FieldOperation, Institution } from '@portal/domain/institutions';
import { LOCALES, resolveTranslation } from '@portal/domain/locales';
import type { Locale } from '@portal/domain/locales';
import { sanitizeStoredHtml } from '../body/body-html.util';
import { ContentItemEntity } from '../entities/content-item.entity';
import { ContentTranslationEntity } from '../entities/content-translation.entity';
import { programmeCountries } from './content-index.service';
import { returnedRows } from './returned-rows';

export interface ProgrammeFilter {
  lang: Locale;
  category?: string;
  fieldOperation?: string;
  country?: string;
  page: number;
  size: number;
}

interface PublishedText {
  locale: Locale;
  title: string;
  summary: string;
  bodyHtml: string;
  publishedAt: Date;
  outdated: boolean;
}

interface Served {
  lang: Locale;
  requestedLang: Locale;
  availableLangs: Locale[];
  outdated: boolean;
}

/**
 * What visitors read: only published copies, in the requested locale or the best fallback
 * (requested -> en -> it -> first available), always saying which locale was served.
 */
@Injectable()
export class ContentPublicService {
  constructor(private readonly dataSource: DataSource) {}

  async page(slug: string, lang: Locale): Promise<PagePayload> {
    const found = await this.published('page', slug);
    const resolved = found && resolveTranslation(found.texts, lang);
    if (!found || !resolved) throw new NotFoundError(`Page ${slug.slice(0, 100)}`);
    const text = resolved.value;
    return {
      slug: found.item.key,
      title: text.title,
      summary: text.summary,
      body: sanitizeStoredHtml(text.bodyHtml),
      updatedAt: text.publishedAt.toISOString(),
      ...served(found.texts, lang, resolved.locale),
    };
  }

  /** The site menu, linking only the editorial pages visitors can open. */
  async navigation(lang: Locale): Promise<NavigationItem[]> {
    const published = await this.publishedPageSlugs();
    const otherPages = await this.pagesPublishedIn(lang);
    return buildNavigation(lang, { hasPage: (slug) => published.has(slug), otherPages });
  }

  /**
   * Pages with a translation published in `lang`, with that title, by title: the menu lists
   * a page the site map does not name only in the languages it is published in, since it
   * has no label in the others.
   */
  private async pagesPublishedIn(lang: Locale): Promise<{ slug: string; title: string }[]> {
    const result: unknown = await this.dataSource.query(
      `SELECT i.key AS slug, COALESCE(t.published_title, t.title) AS title
         FROM content_item i
         JOIN content_translation t ON t.item_id = i.id
        WHERE i.kind = $1 AND t.locale = $2 AND t.published_at IS NOT NULL
        ORDER BY title, i.key`,
      ['page' satisfies ContentKind, lang],
    );
    return returnedRows<{ slug: string; title: string }>(result);
  }

  /**
   * Slugs of the pages `page()` serves: those with a published translation in any locale,
   * since it falls back to any published one. Scheduled translations count once the
   * scheduled publisher has published them, as for `page()`. Asked on every call, so a page
   * is in the menu the moment it is published; the (kind, key) index keeps it cheap.
   */
  async publishedPageSlugs(): Promise<ReadonlySet<string>> {
    const result: unknown = await this.dataSource.query(
      `SELECT i.key
         FROM content_item i
        WHERE i.kind = $1
          AND EXISTS (SELECT 1 FROM content_translation t
                       WHERE t.item_id = i.id AND t.published_at IS NOT NULL)`,
      ['page' satisfies ContentKind],
    );
    return new Set(returnedRows<{ key: string }>(result).map((row) => row.key));
  }

  countries(
    lang: Locale,
    group?: CountryGroup,
    page = 1,
    size = 100,
  ): LocalizedList<CountrySummary> {
    const all = COUNTRIES.filter((c) => !group || c.group === group).map((c) =>
      countrySummary(c, lang),
    );
    return paginate(all, page, size, lang);
  }

  async country(code: string, lang: Locale): Promise<CountryDetail> {
    const country = findCountry(code);
    if (!country || !isCountryGroup(country.group))
      throw new NotFoundError(`Country ${code.slice(0, 100)}`);
    const description = await this.description('country', country.code, lang);
    const programmes = await this.programmeSummaries(lang, { country: country.code });
    return {
      ...countrySummary(country, lang),
      joined: joinedYear(country.code),
      ...description,
      fieldOperations: fieldOperationsInCountry(country.code as CountryCode).map((f) =>
        fieldOperationSummary(f, lang),
      ),
      programmes,
    };
  }

  institutions(lang: Locale, page = 1, size = 100): LocalizedList<InstitutionSummary> {
    return paginate(
      INSTITUTIONS.map((i) => institutionSummary(i, lang)),
      page,
      size,
      lang,
    );
  }

  async institution(slug: string, lang: Locale): Promise<InstitutionDetail> {
    const institution = findInstitution(slug.toLowerCase());
    if (!institution) throw new NotFoundError(`Institution ${slug.slice(0, 100)}`);
    const description = await this.description('institution', institution.slug, lang);
    return { ...institutionSummary(institution, lang), ...description };
  }

  fieldOperations(
    lang: Locale,
    status?: 'active' | 'closed',
    page = 1,
    size = 100,
  ): LocalizedList<FieldOperationSummary> {
    return paginate(
      FIELD_OPERATIONS.filter((f) => !status || f.status === status).map((f) =>
        fieldOperationSummary(f, lang),
      ),
      page,
      size,
      lang,
    );
  }

  async fieldOperation(slug: string, lang: Locale): Promise<FieldOperationDetail> {
    const operation = findFieldOperation(slug.toLowerCase());
    if (!operation) throw new NotFoundError(`Field operation ${slug.slice(0, 100)}`);
    const description = await this.description('field-operation', operation.slug, lang);
    const programmes = await this.programmeSummaries(lang, { fieldOperation: operation.slug });
    return { ...fieldOperationSummary(operation, lang), ...description, programmes };
  }

  async programmes(filter: ProgrammeFilter): Promise<LocalizedList<ProgrammeListItem>> {
    const all = await this.programmeSummaries(filter.lang, filter);
    return paginate(all, filter.page, filter.size, filter.lang);
  }

  async programme(slug: string, lang: Locale): Promise<ProgrammeDetail> {
    const found = await this.published('programme', slug);
    const resolved = found && resolveTranslation(found.texts, lang);
    if (!found || !resolved) throw new NotFoundError(`Programme ${slug.slice(0, 100)}`);
    return {
      ...programmeSummary(found.item, resolved.value),
      body: sanitizeStoredHtml(resolved.value.bodyHtml),
      updatedAt: resolved.value.publishedAt.toISOString(),
      ...served(found.texts, lang, resolved.locale),
    };
  }

  private async programmeSummaries(
    lang: Locale,
    filter: { category?: string; fieldOperation?: string; country?: string },
  ): Promise<ProgrammeListItem[]> {
    // The few hundred programmes at most fit in memory; filtering here keeps one query.
    const rows = await this.dataSource.transaction((manager) =>
      this.publishedOfKind(manager, 'programme'),
    );
    const country = filter.country ? findCountry(filter.country)?.code : undefined;
    if (filter.country && !country) return [];
    const summaries: ProgrammeListItem[] = [];
    for (const { item, texts } of rows) {
      if (filter.category && item.attributes.category !== filter.category) continue;
      if (filter.fieldOperation && item.attributes.fieldOperation !== filter.fieldOperation)
        continue;
      if (country && !programmeCountries(item).includes(country)) continue;
      const resolved = resolveTranslation(texts, lang);
      if (resolved)
        summaries.push({ ...programmeSummary(item, resolved.value), lang: resolved.locale });
    }
    return summaries;
  }

  /** The published description of a reference item, if an editor wrote one. */
  private async description(
    kind: ContentKind,
    key: string,
    lang: Locale,
  ): Promise<Served & { description?: string }> {
    const found = await this.published(kind, key);
    const resolved = found && resolveTranslation(found.texts, lang);
    if (!found || !resolved) {
      return { lang, requestedLang: lang, availableLangs: [...LOCALES], outdated: false };
    }
    return {
      description: sanitizeStoredHtml(resolved.value.bodyHtml),
      ...served(found.texts, lang, resolved.locale),
      // Names exist in every locale; only the description may be missing in some.
      availableLangs: [...LOCALES],
    };
  }

  private async published(
    kind: ContentKind,
    key: string,
  ): Promise<
    { item: ContentItemEntity; texts: Partial<Record<Locale, PublishedText>> } | undefined
  > {
    if (key.length > 80) return undefined;
    return this.dataSource.transaction(async (manager) => {
      const item = await manager.findOne(ContentItemEntity, { where: { kind, key } });
      if (!item) return undefined;
      const translations = await manager.find(ContentTranslationEntity, {
        where: { itemId: item.id },
      });
      const texts = publishedTexts(item, translations);
      return Object.keys(texts).length ? { item, texts } : undefined;
    });
  }

  private async publishedOfKind(
    manager: EntityManager,
    kind: ContentKind,
  ): Promise<{ item: ContentItemEntity; texts: Partial<Record<Locale, PublishedText>> }[]> {
    const items = await manager.find(ContentItemEntity, { where: { kind }, order: { key: 'ASC' } });
    if (items.length === 0) return [];
    const translations = await manager
      .createQueryBuilder(ContentTranslationEntity, 't')
      .where('t.item_id IN (:...ids)', { ids: items.map((i) => i.id) })
      .andWhere('t.published_at IS NOT NULL')
      .getMany();
    return items
      .map((item) => ({
        item,
        texts: publishedTexts(
          item,
          translations.filter((t) => t.itemId === item.id),
        ),
      }))
      .filter((x) => Object.keys(x.texts).length > 0);
  }
}

function publishedTexts(
  item: ContentItemEntity,
  translations: readonly ContentTranslationEntity[],
): Partial<Record<Locale, PublishedText>> {
  const source = translations.find((t) => t.locale === item.sourceLocale);
  const sourceRevision = source?.publishedChangedRevision ?? source?.changedRevision;
  const texts: Partial<Record<Locale, PublishedText>> = {};
  for (const t of translations) {
    if (t.publishedAt === null) continue;
    texts[t.locale] = {
      locale: t.locale,
      title: t.publishedTitle ?? t.title,
      summary: t.publishedSummary ?? '',
      bodyHtml: t.publishedBodyHtml ?? '',
      publishedAt: t.publishedAt,
      outdated:
        t.locale !== item.sourceLocale &&
        sourceRevision !== undefined &&
        (t.publishedBasedOnRevision ?? 0) < sourceRevision,
    };
  }
  return texts;
}

function served(
  texts: Partial<Record<Locale, PublishedText>>,
  requested: Locale,
  locale: Locale,
): Served {
  return {
    lang: locale,
    requestedLang: requested,
    availableLangs: LOCALES.filter((l) => texts[l]),
    outdated: texts[locale]?.outdated ?? false,
  };
}

function paginate<T>(all: T[], page: number, size: number, lang: Locale): LocalizedList<T> {
  return { items: all.slice((page - 1) * size, page * size), total: all.length, page, size, lang };
}

function countrySummary(country: Country, lang: Locale): CountrySummary {
  return {
    code: country.code,
    name: countryName(country.code, lang),
    group: country.group,
    slug: country.slug,
    ...(country.code === CHAIRPERSONSHIP.code ? { chairpersonship: CHAIRPERSONSHIP.year } : {}),
  };
}

function institutionSummary(institution: Institution, lang: Locale): InstitutionSummary {
  return {
    slug: institution.slug,
    name: institution.name[lang],
    ...(institution.acronym ? { acronym: institution.acronym[lang] } : {}),
    seat: institution.seat[lang],
    kind: institution.kind,
  };
}

function fieldOperationSummary(operation: FieldOperation, lang: Locale): FieldOperationSummary {
  const countryCode = hostCountryCode(operation.host);
  return {
    slug: operation.slug,
    name: operation.name[lang],
    kind: operation.kind,
    status: operation.status,
    ...(countryCode ? { countryCode } : {}),
    host: hostName(operation.host, lang),
    startYear: operation.startYear,
    ...(operation.endYear !== undefined ? { endYear: operation.endYear } : {}),
  };
}

function programmeSummary(item: ContentItemEntity, text: PublishedText): ProgrammeSummary {
  const a = item.attributes;
  return {
    slug: item.key,
    title: text.title,
    ...(text.summary ? { summary: text.summary } : {}),
    category: (a.category ?? 'police-development-reform') as ProgrammeCategory,
    activities: a.activities ?? [],
    ...(a.fieldOperation ? { fieldOperation: a.fieldOperation } : {}),
    countries: a.countries ?? [],
    ...(a.startYear !== undefined ? { startYear: a.startYear } : {}),
    ...(a.endYear !== undefined ? { endYear: a.endYear } : {}),
  };
}
