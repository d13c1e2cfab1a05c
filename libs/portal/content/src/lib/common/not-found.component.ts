import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Meta } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LocaleStore } from '@portal/portal/data-access';
import { PageHeaderComponent } from '@portal/portal/ui';
import { usePageMeta, useResponseStatus } from './page-meta';

/**
 * The list page a missing item's address belongs to, by its first segment: a visitor who
 * mistyped `/countries/XY` is one click from the list of countries.
 */
const SECTIONS: Readonly<Record<string, { readonly path: string; readonly label: string }>> = {
  countries: { path: 'countries', label: 'shell.nav.items.countries' },
  programmes: { path: 'projects', label: 'shell.nav.items.projects' },
  'field-operations': { path: 'field-operations', label: 'shell.nav.items.fieldOperations' },
  institutions: { path: 'institutions', label: 'shell.nav.items.institutions' },
  meetings: { path: 'meetings', label: 'shell.nav.items.meetings' },
  about: { path: 'about', label: 'shell.nav.items.about' },
};

/**
 * What every unknown address shows, whether no route matches it or its item does not
 * exist: a real 404 (for crawlers and link checkers), a title that says so, and the ways
 * on: the section the address points into, a search for the words of the address, home.
 */
@Component({
  selector: 'pt-not-found',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-page-header
      [heading]="'common.notFound.title' | translate"
      [lead]="message() | translate"
    />
    <h2 class="pt-not-found__next">{{ 'common.notFound.next' | translate }}</h2>
    <ul class="pt-not-found__links">
      @if (section(); as s) {
        <li>
          <a [routerLink]="['/', lang(), s.path]">{{
            'common.notFound.section' | translate: { section: (s.label | translate) }
          }}</a>
        </li>
      }
      @if (query()) {
        <li>
          <a [routerLink]="['/', lang(), 'search']" [queryParams]="{ q: query() }">{{
            'common.notFound.searchFor' | translate: { query: query() }
          }}</a>
        </li>
      } @else {
        <li>
          <a [routerLink]="['/', lang(), 'search']">{{ 'common.notFound.search' | translate }}</a>
        </li>
      }
      <li>
        <a [routerLink]="['/', lang()]">{{ 'common.notFound.home' | translate }}</a>
      </li>
    </ul>`,
  styles: `
    .pt-not-found__next {
      font-size: 1.15rem;
    }
    .pt-not-found__links {
      display: grid;
      gap: var(--pt-space-2);
      max-width: 48rem;
    }
  `,
})
export class NotFoundComponent {
  /** Translation key of the lead: an unknown address, or an item that is not (or no longer) published. */
  readonly message = input('common.notFound.message');
  protected readonly lang = inject(LocaleStore).lang;
  private readonly route = inject(ActivatedRoute);
  private readonly url = toSignal(this.route.url, { requireSync: true });
  /** The address's path below its locale, whichever routes took its segments. */
  private readonly segments = computed(() => {
    this.url();
    const paths = this.route.pathFromRoot.flatMap((r) => r.snapshot.url.map((s) => s.path));
    return paths[0] === this.lang() ? paths.slice(1) : paths;
  });
  protected readonly section = computed(() => SECTIONS[this.segments()[0] ?? '']);
  /** The address's last segment as words (`mission-in-kosovoo` -> `mission in kosovoo`). */
  protected readonly query = computed(() => {
    const last = this.segments().at(-1) ?? '';
    // A number (a document's id) is no word to search for.
    if (!last || SECTIONS[last] || /^\d+$/.test(last)) return '';
    return last
      .replace(/[-_+.]+/g, ' ')
      .trim()
      .slice(0, 100);
  });

  constructor() {
    const translate = inject(TranslateService);
    usePageMeta(() => {
      this.lang();
      return {
        title: translate.instant('common.notFound.title'),
        description: translate.instant(this.message()),
      };
    });
    useResponseStatus(() => 404);
    // A 404 answer is not indexed anyway; the tag also covers a not-found reached in the app.
    const meta = inject(Meta);
    meta.updateTag({ name: 'robots', content: 'noindex' });
    inject(DestroyRef).onDestroy(() => meta.removeTag('name="robots"'));
  }
}
