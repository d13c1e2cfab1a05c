/**
 * Activities arrive as slugs (`community-policing`) or as text. A slug with a translation
 * under `content.activities.*` shows it; anything else is shown readably as it came.
 */
export function activityLabel(activity: string, t: (key: string) => string): string {
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(activity)) {
    const key = `content.activities.${activity}`;
    const translated = t(key);
    if (translated && translated !== key) return translated;
    const text = activity.replace(/-/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return activity;
}
