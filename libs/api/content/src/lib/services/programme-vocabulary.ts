import {
  PROGRAMME_CATEGORIES,
  isPoliceActivitySlug,
  isProgrammeCategory,
} from '@portal/domain/policing';

/** Programme categories and activities come from the policing domain's vocabulary. */
export const PROGRAMME_CATEGORY_KEYS: readonly string[] = PROGRAMME_CATEGORIES;

export function isProgrammeActivity(value: string): boolean {
  return isPoliceActivitySlug(value);
}

export { isProgrammeCategory };
