import { inject } from '@angular/core';
import type { CanActivateFn, CanMatchFn } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { LocaleStore, NavigationStore, PageMeta } from '@portal/portal/data-access';
import { DEFAULT_LOCALE, isLocale } from '@portal/domain/locales';
import { firstValueFrom } from 'rxjs';

/** `/:lang/...` matches only the six locales; anything else falls through to the 404 page. */
export const localeMatch: CanMatchFn = (_route, segments) => isLocale(segments[0]?.path);

/**
 * Switches the UI language before the page renders, so server-rendered HTML is already in
 * the right language. Unknown locales (the 404 route) render in English.
 */
export const localeActivate: CanActivateFn = async (route) => {
  const raw = route.paramMap.get('lang');
  const lang = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const store = inject(LocaleStore);
  const translate = inject(TranslateService);
  const meta = inject(PageMeta);
  const navigation = inject(NavigationStore);
  await Promise.all([
    firstValueFrom(translate.use(lang)).catch(() => undefined),
    navigation.load(lang),
  ]);
  meta.setLanguage(lang, translate.instant('shell.siteName'));
  // Set last: pages read the locale and translate with it at once.
  store.set(lang);
  return true;
};
