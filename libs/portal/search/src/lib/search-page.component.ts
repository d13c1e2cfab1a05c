import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SEARCH_HIT_TYPES, type SearchHit, type SearchResponse } from '@portal/domain/content';
import { LOCALE_NAMES, LOCALE_TAGS, type Locale } from '@portal/domain/locales';
import { LocaleStore, apiResource } from '@portal/portal/data-access';
import { map } from 'rxjs';
import { IntlResults, SearchBoxComponent } from '@portal/portal/ui';
import {
  MAX_QUERY_LENGTH,
  SearchState,
  isCutQuery,
  pageWindow,
  searchApiUrl,
  splitUrl,
} from './search-url';

const PAGE_SIZE = 10;

/**
 * /:lang/search?q=&type=&country=&page=: results with highlighted snippets linking to
 * the exact passage, facets, "did you mean", pagination; hits in another language say so.
 * All state lives in the URL, so results can be shared and the back button works.
 */
@Component({
  selector: 'pt-search-page',
  imports: [RouterLink, TranslatePipe, SearchBoxComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './search-page.component.html',
  styleUrl: './search-page.component.css',
})
export class SearchPageComponent {
  protected readonly lang = inject(LocaleStore).lang;
  private readonly intl = inject(IntlResults);
  protected readonly state = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(
      map((p): SearchState => ({
        q: p.get('q') ?? '',
        type: p.get('type') ?? undefined,
        country: p.get('country') ?? undefined,
        page: Math.max(1, Number.parseInt(p.get('page') ?? '1', 10) || 1),
      })),
    ),
    { requireSync: true },
  );
  protected readonly tooLong = computed(() => isCutQuery(this.state().q));
  protected readonly maxQueryLength = MAX_QUERY_LENGTH;
  protected readonly result = apiResource<SearchResponse>(() =>
    searchApiUrl(this.lang(), this.state(), PAGE_SIZE),
  );
  protected readonly response = computed(() =>
    this.result.hasValue() ? this.result.value() : undefined,
  );
  protected readonly pages = computed(() => {
    const r = this.response();
    return r ? Math.ceil(r.total / PAGE_SIZE) : 0;
  });
  protected readonly pageNumbers = computed(() => pageWindow(this.state().page, this.pages()));
  protected readonly typeFacet = computed(() => {
    const counts = new Map((this.response()?.facets['type'] ?? []).map((f) => [f.value, f.count]));
    return SEARCH_HIT_TYPES.filter((t) => counts.has(t)).map((t) => ({
      value: t,
      count: counts.get(t) ?? 0,
    }));
  });
  /** Country facets arrive as ISO codes; Intl names them in the visitor's language. */
  private readonly regionNames = computed(
    () => new Intl.DisplayNames([LOCALE_TAGS[this.lang()] ?? this.lang()], { type: 'region' }),
  );
  protected readonly countryFacet = computed(() =>
    (this.response()?.facets['country'] ?? []).map((f) => ({
      ...f,
      label: this.regionName(f.value),
    })),
  );
  protected readonly langFacet = computed(() => this.response()?.facets['lang'] ?? []);

  protected link(hit: SearchHit) {
    return splitUrl(hit.url);
  }

  private regionName(code: string): string {
    return this.intl.remember(`region\u0000${this.lang()}\u0000${code}`, () => {
      try {
        return this.regionNames().of(code) ?? code;
      } catch {
        // Not a region code Intl accepts: the code is still better than nothing.
        return code;
      }
    });
  }

  protected languageName(lang: string): string {
    return LOCALE_NAMES[lang as Locale] ?? lang;
  }

  /** Query parameters for a link that changes some of the state (and resets the page). */
  protected params(change: Partial<SearchState>): Record<string, string | number | null> {
    const next = { ...this.state(), page: 1, ...change };
    return {
      q: next.q,
      type: next.type ?? null,
      country: next.country ?? null,
      page: next.page > 1 ? next.page : null,
    };
  }
}
