import { Injectable, inject, signal } from '@angular/core';
import type { ProgrammeCategory } from '@portal/domain/content';
import { LocaleStore, PortalApi } from '@portal/portal/data-access';

/**
 * What the programmes browser shows: its filters and the programmes the API returned for
 * them. Provided by the page around the browser, so that the list is requested when the
 * page starts (served from the server's transfer cache) even where the browser itself
 * hydrates later, when reached: created with the browser, it would fetch the list again
 * and show it loading in place of the server's markup.
 */
@Injectable()
export class ProgrammesBrowserState {
  readonly lang = inject(LocaleStore).lang;
  readonly category = signal<ProgrammeCategory | ''>('');
  readonly activity = signal('');
  readonly programmes = inject(PortalApi).programmes(this.lang, () => ({
    category: this.category() || undefined,
  }));
}
