import { Injectable } from '@angular/core';
import type {
  CountryDetail,
  CountryGroup,
  CountrySummary,
  FieldOperationDetail,
  FieldOperationStatus,
  FieldOperationSummary,
  InstitutionDetail,
  InstitutionSummary,
  LeadershipOfficePayload,
  NavigationItem,
  PagePayload,
  ProgrammeCategory,
  ProgrammeDetail,
  ProgrammeSummary,
  PublicDocument,
  SearchHit,
} from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import { apiResource, type ApiResource } from './api-resource';
import { listItems } from './list-items';

export interface ProgrammeFilter {
  readonly category?: ProgrammeCategory;
  readonly fieldOperation?: string;
  readonly country?: string;
  readonly size?: number;
}

type Param = () => string | undefined;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search.toString();
}

/**
 * Typed reads of the public API as signal resources (see `apiResource`). Call the methods
 * in an injection context (a component's field initializers): each resource refetches
 * when the signals it reads change and is released with its component. A parameter
 * function returning undefined keeps the resource idle.
 */
@Injectable({ providedIn: 'root' })
export class PortalApi {
  navigation(lang: () => Locale): ApiResource<readonly NavigationItem[]> {
    return apiResource(() => `/api/navigation?${query({ lang: lang() })}`, {
      parse: (v) => listItems<NavigationItem>(v),
      defaultValue: [],
    });
  }

  page(slug: Param, lang: () => Locale): ApiResource<PagePayload | undefined> {
    return apiResource<PagePayload>(() => {
      const s = slug();
      return s ? `/api/pages/${encodeURIComponent(s)}?${query({ lang: lang() })}` : undefined;
    });
  }

  countries(lang: () => Locale, group?: CountryGroup): ApiResource<readonly CountrySummary[]> {
    return apiResource(() => `/api/countries?${query({ lang: lang(), group, size: 100 })}`, {
      parse: (v) => listItems<CountrySummary>(v),
      defaultValue: [],
    });
  }

  country(code: Param, lang: () => Locale): ApiResource<CountryDetail | undefined> {
    return apiResource<CountryDetail>(() => {
      const c = code();
      return c ? `/api/countries/${encodeURIComponent(c)}?${query({ lang: lang() })}` : undefined;
    });
  }

  institutions(lang: () => Locale): ApiResource<readonly InstitutionSummary[]> {
    return apiResource(() => `/api/institutions?${query({ lang: lang(), size: 100 })}`, {
      parse: (v) => listItems<InstitutionSummary>(v),
      defaultValue: [],
    });
  }

  institution(slug: Param, lang: () => Locale): ApiResource<InstitutionDetail | undefined> {
    return apiResource<InstitutionDetail>(() => {
      const s = slug();
      return s
        ? `/api/institutions/${encodeURIComponent(s)}?${query({ lang: lang() })}`
        : undefined;
    });
  }

  fieldOperations(
    lang: () => Locale,
    status?: FieldOperationStatus,
  ): ApiResource<readonly FieldOperationSummary[]> {
    return apiResource(
      () => `/api/field-operations?${query({ lang: lang(), status, size: 100 })}`,
      {
        parse: (v) => listItems<FieldOperationSummary>(v),
        defaultValue: [],
      },
    );
  }

  fieldOperation(slug: Param, lang: () => Locale): ApiResource<FieldOperationDetail | undefined> {
    return apiResource<FieldOperationDetail>(() => {
      const s = slug();
      return s
        ? `/api/field-operations/${encodeURIComponent(s)}?${query({ lang: lang() })}`
        : undefined;
    });
  }

  programmes(
    lang: () => Locale,
    /** Undefined keeps the list idle, e.g. until what it depends on has loaded. */
    filter: () => ProgrammeFilter | undefined = () => ({}),
  ): ApiResource<readonly ProgrammeSummary[]> {
    return apiResource(
      () => {
        const f = filter();
        if (!f) return undefined;
        return `/api/programmes?${query({ lang: lang(), size: f.size ?? 100, category: f.category, fieldOperation: f.fieldOperation, country: f.country })}`;
      },
      { parse: (v) => listItems<ProgrammeSummary>(v), defaultValue: [] },
    );
  }

  programme(slug: Param, lang: () => Locale): ApiResource<ProgrammeDetail | undefined> {
    return apiResource<ProgrammeDetail>(() => {
      const s = slug();
      return s ? `/api/programmes/${encodeURIComponent(s)}?${query({ lang: lang() })}` : undefined;
    });
  }

  /** Every leadership office, heads first, with its current holder where one is recorded. */
  leadership(lang: () => Locale): ApiResource<readonly LeadershipOfficePayload[]> {
    return apiResource(() => `/api/leadership?${query({ lang: lang() })}`, {
      parse: (v) => listItems<LeadershipOfficePayload>(v),
      defaultValue: [],
    });
  }

  /** Library documents about a country (`/api/countries/:code/documents`), best first. */
  countryDocuments(code: Param, lang: () => Locale): ApiResource<readonly SearchHit[]> {
    return apiResource(
      () => {
        const c = code();
        return c
          ? `/api/countries/${encodeURIComponent(c)}/documents?${query({ lang: lang() })}`
          : undefined;
      },
      { parse: (v) => listItems<SearchHit>(v), defaultValue: [] },
    );
  }

  document(id: Param, lang: () => Locale): ApiResource<PublicDocument | undefined> {
    return apiResource<PublicDocument>(() => {
      const i = id();
      return i ? `/api/documents/${encodeURIComponent(i)}?${query({ lang: lang() })}` : undefined;
    });
  }
}
