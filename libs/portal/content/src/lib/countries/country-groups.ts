import type { CountryGroup, CountrySummary } from '@portal/domain/content';

export const COUNTRY_GROUPS: readonly CountryGroup[] = [
  'participating',
  'asian-partner',
  'mediterranean-partner',
];

/** Folds case and diacritics so "cote" finds "Côte d'Ivoire" and "osterreich" finds "Österreich". */
export function fold(text: string, tag: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(tag);
}

export interface CountryGroupView {
  readonly group: CountryGroup;
  readonly countries: readonly CountrySummary[];
}

/** Sorts items by name with a locale's collation: `IntlResults.sortByName`. */
export type SortByName = <T>(items: readonly T[], name: (item: T) => string, tag: string) => T[];

/** Groups countries and sorts each group by name with the locale's collation. */
export function groupCountries(
  countries: readonly CountrySummary[],
  tag: string,
  query: string,
  sortByName: SortByName,
): readonly CountryGroupView[] {
  const q = fold(query.trim(), tag);
  const matches = q
    ? countries.filter((c) => fold(c.name, tag).includes(q) || c.code.toLowerCase() === q)
    : countries;
  return COUNTRY_GROUPS.map((group) => ({
    group,
    countries: sortByName(
      matches.filter((c) => c.group === group),
      (c) => c.name,
      tag,
    ),
  }));
}
