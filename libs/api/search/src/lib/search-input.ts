import { LOCALES, isLocale } from '@portal/domain/locales';
import { InvalidInputError } from '@portal/api/common';
import { SEARCH_HIT_TYPES } from '@portal/domain/content';
import { MAX_QUERY_LENGTH } from './search.constants';
import type { SearchParams } from './search.types';

/*
 * The service checks its input itself, not only the controller's DTO: the assistant and
 * other features call it directly, and the errors name the field as the HTTP ones do.
 */

function checkLength(q: string): void {
  if (q.length > MAX_QUERY_LENGTH) {
    throw InvalidInputError.field('q', `q must be at most ${MAX_QUERY_LENGTH} characters`);
  }
}

function checkLocale(lang: unknown): void {
  if (!isLocale(lang))
    throw InvalidInputError.field('lang', `lang must be one of: ${LOCALES.join(', ')}`);
}

/** The query of a search, trimmed, once every parameter is known good. */
export function searchQuery(params: SearchParams): string {
  const q = typeof params.q === 'string' ? params.q.trim() : '';
  if (!q) throw InvalidInputError.field('q', 'q must not be empty');
  checkLength(params.q);
  checkLocale(params.lang);
  if (params.type !== undefined && !SEARCH_HIT_TYPES.includes(params.type)) {
    throw InvalidInputError.field('type', `type must be one of: ${SEARCH_HIT_TYPES.join(', ')}`);
  }
  if (params.country !== undefined && !/^[A-Za-z]{2}$/.test(params.country)) {
    throw InvalidInputError.field('country', 'country must be an ISO 3166-1 alpha-2 code');
  }
  if (!Number.isInteger(params.page) || params.page < 1) {
    throw InvalidInputError.field('page', 'page must be at least 1');
  }
  if (!Number.isInteger(params.size) || params.size < 1 || params.size > 100) {
    throw InvalidInputError.field('size', 'size must be from 1 to 100');
  }
  return q;
}

/** The typed text of search-as-you-type, NFC and without control characters. */
export function suggestQuery(params: { q: string; lang: unknown }): string {
  const raw = typeof params.q === 'string' ? params.q : '';
  checkLength(raw);
  checkLocale(params.lang);
  // PostgreSQL text cannot hold NUL, and no title or word contains control characters.
  // eslint-disable-next-line no-control-regex
  const q = raw.normalize('NFC').replace(/[\u0000-\u001F\u007F]/g, ' ');
  if (!q.trim()) throw InvalidInputError.field('q', 'q must not be empty');
  return q;
}
