import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { DEFAULT_LOCALE, LOCALE_TAGS, isLocale, type Locale } from '@portal/domain/locales';
import { Observable, map } from 'rxjs';

const LANGUAGE_KEY = 'pt.admin.lang';

/**
 * The admin area's UI language: chosen in the admin header and remembered in localStorage
 * (a preference, not a secret, so it may outlive the session); first time from the browser.
 */
@Injectable({ providedIn: 'root' })
export class AdminLanguageStore {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(this.initial());

  readonly lang = this.current.asReadonly();
  readonly tag = computed(() => LOCALE_TAGS[this.current()]);

  /** Loads the language's strings and switches to it. */
  use(lang: Locale = this.current()): Observable<void> {
    this.current.set(lang);
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_KEY, lang);
    } catch {
      // Storage disabled: the choice lasts for this page only.
    }
    this.document.documentElement.lang = lang;
    return this.translate.use(lang).pipe(map(() => undefined));
  }

  private initial(): Locale {
    const view = this.document.defaultView;
    let stored: string | null = null;
    try {
      stored = view?.localStorage.getItem(LANGUAGE_KEY) ?? null;
    } catch {
      stored = null;
    }
    if (isLocale(stored)) return stored;
    for (const tag of view?.navigator.languages ?? []) {
      const base = tag.toLowerCase().split('-')[0];
      if (isLocale(base)) return base;
    }
    return DEFAULT_LOCALE;
  }
}
