import { REQUEST, inject } from '@angular/core';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@portal/domain/locales';

/** Picks the first supported language of an Accept-Language header or `navigator.languages`. */
export function pickLocale(accepted: string | readonly string[] | null | undefined): Locale {
  const tags =
    typeof accepted === 'string'
      ? accepted
          .split(',')
          .map((part, index) => {
            const [tag, ...params] = part.trim().split(';');
            const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
            return { tag, q: q ? Number(q.slice(2)) || 0 : 1, index };
          })
          .filter((entry) => entry.tag && entry.q > 0)
          .sort((a, b) => b.q - a.q || a.index - b.index)
          .map((entry) => entry.tag)
      : (accepted ?? []);
  for (const tag of tags) {
    const base = tag.trim().toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/** `redirectTo` for `/`: the visitor's language, from the request on the server. */
export function preferredLocaleRedirect(): string {
  const request = inject(REQUEST, { optional: true });
  if (request) return `/${pickLocale(request.headers.get('accept-language'))}`;
  const nav = typeof navigator === 'undefined' ? undefined : navigator.languages;
  return `/${pickLocale(nav)}`;
}
