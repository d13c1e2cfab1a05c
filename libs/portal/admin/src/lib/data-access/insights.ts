import type { Paginated } from '@portal/domain/content';
import { isLocale, type Locale } from '@portal/domain/locales';
import type { UnansweredQuestion } from './admin.types';

/** The insights endpoint answers a list or a page of one; both become a list. */
export function unansweredItems(
  res: Paginated<UnansweredQuestion> | readonly UnansweredQuestion[] | null | undefined,
): UnansweredQuestion[] {
  if (!res) return [];
  return Array.isArray(res) ? [...res] : [...(res as Paginated<UnansweredQuestion>).items];
}

/** The language to write the missing content in: the first one the question was asked in. */
export function questionLang(q: UnansweredQuestion): Locale | null {
  return q.langs?.find((l): l is Locale => isLocale(l)) ?? null;
}
