import { Injectable, inject, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import type { NavigationItem } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import { firstValueFrom } from 'rxjs';
import { listItems } from './list-items';

/**
 * The site menu of the current locale. Loaded by the locale guard before the shell
 * renders, so the server's HTML and the browser's first render (fed by the transfer
 * cache) show the same menu and hydration never swaps it.
 */
@Injectable({ providedIn: 'root' })
export class NavigationStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<readonly NavigationItem[] | null>(null);
  private loadedFor: Locale | null = null;

  /** The menu, or null when the API could not provide one (the shell then uses its own). */
  readonly items = this.current.asReadonly();

  async load(lang: Locale): Promise<void> {
    if (this.loadedFor === lang && this.current()) return;
    try {
      const body = await firstValueFrom(this.http.get<unknown>(`/api/navigation?lang=${lang}`));
      const items = listItems<NavigationItem>(body);
      this.current.set(items.length ? items : null);
      this.loadedFor = lang;
    } catch {
      this.current.set(null);
      this.loadedFor = null;
    }
  }
}
