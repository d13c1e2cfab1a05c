import { POLICE_ACTIVITIES } from '@portal/domain/policing';
import type { Locale } from '@portal/domain/locales';

/**
 * Activities arrive as slugs of the domain's police activities (`community-policing`),
 * which carry their six labels; any other slug is shown readably, free text as it came.
 */
export function activityLabel(activity: string, lang: Locale): string {
  const known = POLICE_ACTIVITIES.find((a) => a.slug === activity);
  if (known) return known.label[lang];
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(activity)) {
    const text = activity.replace(/-/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return activity;
}
