import { COUNTRIES, countryName, findCountry } from '@portal/domain/countries';
import type { CountryCode } from '@portal/domain/countries';
import {
  FIELD_OPERATIONS,
  INSTITUTIONS,
  findFieldOperation,
  findInstitution,
  hostCountryCode,
  hostName,
  nameWithAcronym,
} from '@portal/domain/institutions';
import type { Locale } from '@portal/domain/locales';
import type { ReferenceKind } from '../content.types';

/** The typed constants behind one reference item, as content sees them. */
export interface ReferenceFacts {
  readonly key: string;
  name(locale: Locale): string;
  /** A sentence about the item built from the constants, searchable before anyone writes more. */
  facts(locale: Locale): string;
  readonly countryCodes: string[];
}

export function referenceKeys(kind: ReferenceKind): string[] {
  switch (kind) {
    case 'country':
      return COUNTRIES.map((c) => c.code);
    case 'institution':
      return INSTITUTIONS.map((i) => i.slug);
    case 'field-operation':
      return FIELD_OPERATIONS.map((f) => f.slug);
  }
}

/** Normalises what a URL gave (any-case code, slug) into the stored key, or undefined. */
export function referenceKey(kind: ReferenceKind, ref: string): string | undefined {
  switch (kind) {
    case 'country':
      return findCountry(ref)?.code;
    case 'institution':
      return findInstitution(ref.toLowerCase())?.slug;
    case 'field-operation':
      return findFieldOperation(ref.toLowerCase())?.slug;
  }
}

export function referenceFacts(kind: ReferenceKind, key: string): ReferenceFacts | undefined {
  switch (kind) {
    case 'country': {
      const country = findCountry(key);
      if (!country) return undefined;
      const code = country.code as CountryCode;
      return {
        key: code,
        name: (locale) => countryName(code, locale),
        facts: (locale) => `${countryName(code, locale)} (${country.officialName})`,
        countryCodes: [code],
      };
    }
    case 'institution': {
      const institution = findInstitution(key);
      if (!institution) return undefined;
      return {
        key: institution.slug,
        name: (locale) => institution.name[locale],
        facts: (locale) => `${nameWithAcronym(institution, locale)}, ${institution.seat[locale]}`,
        countryCodes: [institution.seatCountry],
      };
    }
    case 'field-operation': {
      const operation = findFieldOperation(key);
      if (!operation) return undefined;
      const code = hostCountryCode(operation.host);
      return {
        key: operation.slug,
        name: (locale) => operation.name[locale],
        facts: (locale) =>
          [operation.name[locale], hostName(operation.host, locale), operation.city?.[locale]]
            .filter(Boolean)
            .join(', '),
        countryCodes: code ? [code] : [],
      };
    }
  }
}
