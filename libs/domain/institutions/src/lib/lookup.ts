import type { Locale } from '@portal/domain/locales';
import { INSTITUTIONS } from './institutions';
import type { Institution, InstitutionSlug } from './institutions';
import { STRUCTURES } from './structures';
import type { Structure } from './structures';

const INSTITUTION_BY_SLUG: ReadonlyMap<string, Institution> = new Map(
  INSTITUTIONS.map((i) => [i.slug, i]),
);
const STRUCTURE_BY_SLUG: ReadonlyMap<string, Structure> = new Map(
  STRUCTURES.map((s) => [s.slug, s]),
);

export function findInstitution(slug: string): Institution | undefined {
  return INSTITUTION_BY_SLUG.get(slug);
}

export function isInstitutionSlug(value: unknown): value is InstitutionSlug {
  return typeof value === 'string' && INSTITUTION_BY_SLUG.has(value);
}

export function findStructure(slug: string): Structure | undefined {
  return STRUCTURE_BY_SLUG.get(slug);
}

/** "Name (ACRONYM)" in `locale`, or just the name when there is no acronym. */
export function nameWithAcronym(
  item: Pick<Institution, 'name' | 'acronym'>,
  locale: Locale,
): string {
  const acronym = item.acronym?.[locale];
  return acronym ? `${item.name[locale]} (${acronym})` : item.name[locale];
}
