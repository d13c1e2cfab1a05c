import { Injectable, computed, signal } from '@angular/core';
import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from '@portal/domain/locales';

/** The portal's current locale, taken from the first URL segment by the shell's guard. */
@Injectable({ providedIn: 'root' })
export class LocaleStore {
  private readonly current = signal<Locale>(DEFAULT_LOCALE);

  readonly lang = this.current.asReadonly();
  /** BCP 47 tag for Intl (dates, numbers, collation). */
  readonly tag = computed(() => LOCALE_TAGS[this.current()]);

  set(lang: Locale): void {
    this.current.set(lang);
  }
}
