/**
 * Programme categories and activities accepted on programmes. Temporary local copy until
 * @portal/domain/policing exports them.
 */
export const PROGRAMME_CATEGORY_KEYS: readonly string[] = [
  'police-development-reform',
  'transnational-threats',
];

export function isProgrammeActivity(value: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
}
