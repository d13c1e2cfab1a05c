import type { NavigationItem } from '@portal/domain/content';

type Translate = (key: string) => string;

/** The menu shown when GET /api/navigation is unavailable, so the site stays navigable. */
export function fallbackMenu(t: Translate): readonly NavigationItem[] {
  const link = (key: string, path: string): NavigationItem => ({
    key,
    label: t(`shell.nav.items.${key}`),
    path,
  });
  return [
    link('policing', '/policing'),
    link('countries', '/countries'),
    link('fieldOperations', '/field-operations'),
    link('institutions', '/institutions'),
    {
      key: 'organization',
      label: t('shell.nav.items.organization'),
      children: [
        link('about', '/about'),
        link('leadership', '/leadership'),
        link('meetings', '/meetings'),
        link('projects', '/projects'),
      ],
    },
  ];
}

/** Path without the locale segment, query or fragment kept: `/fr/countries?x=1` -> `/countries?x=1`. */
export function stripLocale(url: string): string {
  const match = /^\/[a-z]{2}(?=\/|\?|#|$)/.exec(url);
  const rest = match ? url.slice(match[0].length) : url;
  return rest.startsWith('/') ? rest : `/${rest}`.replace(/^\/$/, '/');
}
