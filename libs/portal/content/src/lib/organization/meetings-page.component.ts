import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { MEETING_SERIES, findMeetingSeries } from '@portal/domain/institutions';
import { LocaleStore } from '@portal/portal/data-access';
import { PageHeaderComponent } from '@portal/portal/ui';
import { NotFoundComponent } from '../common/not-found.component';
import { usePageMeta } from '../common/page-meta';
import { routeParam } from '../common/route-signal';

/**
 * `/meetings` lists the OSCE's meeting series; `/meetings/:slug` is the page of one
 * series: what it is, how often it meets, a few recent meetings and the sources. An unknown
 * series is a 404.
 */
@Component({
  selector: 'pt-meetings-page',
  imports: [RouterLink, TranslatePipe, NotFoundComponent, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (current(); as s) {
      <pt-page-header
        [heading]="s.name"
        [eyebrow]="'shell.nav.items.meetings' | translate"
        [lead]="s.about"
      />
      <dl class="pt-facts">
        <div>
          <dt>{{ 'content.meetings.frequencyLabel' | translate }}</dt>
          <dd>{{ 'content.meetings.frequency.' + s.frequency | translate }}</dd>
        </div>
      </dl>
      <section aria-labelledby="pt-meetings-recent">
        <h2 id="pt-meetings-recent">{{ 'content.meetings.recent' | translate }}</h2>
        @if (s.recent.length) {
          <ul class="recent">
            @for (m of s.recent; track $index) {
              <li>
                <strong>{{ m.year }}</strong>
                @if (m.place) {
                  – {{ m.place }}
                }
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'content.meetings.noRecent' | translate }}</p>
        }
      </section>
      <section aria-labelledby="pt-meetings-sources">
        <h2 id="pt-meetings-sources">{{ 'content.meetings.sources' | translate }}</h2>
        <ul class="sources">
          @for (url of s.sources; track url) {
            <li>
              <a [href]="url" rel="noopener external">{{ url }}</a>
            </li>
          }
        </ul>
      </section>
      <p>
        <a [routerLink]="['/', lang(), 'meetings']">{{ 'content.meetings.all' | translate }}</a>
      </p>
    } @else if (slug()) {
      <pt-not-found message="common.notFound.itemMessage" />
    } @else {
      <pt-page-header
        [heading]="'shell.nav.items.meetings' | translate"
        [lead]="'content.meetings.lead' | translate"
      />
      <ul class="series">
        @for (s of series(); track s.slug) {
          <li class="series__item">
            <a [routerLink]="['/', lang(), 'meetings', s.slug]">{{ s.name }}</a>
            <span class="series__frequency">{{
              'content.meetings.frequency.' + s.frequency | translate
            }}</span>
          </li>
        }
      </ul>
    }`,
  styles: `
    .series {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: var(--pt-space-2);
      max-width: 48rem;
    }
    .series__item {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--pt-space-2);
      padding: var(--pt-space-2) var(--pt-space-3);
      border: 1px solid var(--pt-border);
      border-radius: var(--pt-radius);
      background: var(--pt-surface);
    }
    .series__frequency {
      color: var(--pt-text-soft);
    }
    .recent,
    .sources {
      max-width: 48rem;
    }
    .sources a {
      overflow-wrap: anywhere;
    }
  `,
})
export class MeetingsPageComponent {
  protected readonly slug = routeParam('slug');
  protected readonly lang = inject(LocaleStore).lang;
  private readonly translate = inject(TranslateService);
  protected readonly series = computed(() =>
    MEETING_SERIES.map((s) => ({
      slug: s.slug,
      name: s.name[this.lang()],
      frequency: s.frequency,
    })),
  );
  /** The series `/meetings/:slug` names, in the visitor's language; undefined on `/meetings`. */
  protected readonly current = computed(() => {
    const slug = this.slug();
    const found = slug ? findMeetingSeries(slug) : undefined;
    if (!found) return undefined;
    const lang = this.lang();
    return {
      name: found.name[lang],
      about: found.about[lang],
      frequency: found.frequency,
      recent: found.recent.map((m) => ({ year: m.year, place: m.place?.[lang] })),
      sources: found.sources,
    };
  });

  constructor() {
    // One source for the meta tags: the series when one is open, else the list's own.
    usePageMeta(() => {
      this.lang();
      const s = this.current();
      if (s) return { title: s.name, description: s.about };
      if (this.slug()) return null; // the not-found view sets its own
      return {
        title: this.translate.instant('shell.nav.items.meetings'),
        description: this.translate.instant('content.meetings.lead'),
      };
    });
  }
}
