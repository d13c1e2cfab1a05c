import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ProgrammeDetail, ProgrammeSummary } from '@portal/domain/content';
import { countryName, findCountry } from '@portal/domain/countries';
import { LocaleStore, PortalApi } from '@portal/portal/data-access';
import { PageHeaderComponent } from '@portal/portal/ui';
import { BodyHtmlComponent } from '../common/body-html.component';
import { activityLabel } from '../common/labels';
import { usePageMeta } from '../common/page-meta';
import { ProgrammeCardsComponent } from '../common/programme-cards.component';
import { ResourceStateComponent } from '../common/resource-state.component';
import { routeParam } from '../common/route-signal';
import { ServedNoticeComponent } from '../common/served-notice.component';
import { programmeYears } from './programme-years';

/** How many related programmes to offer; more would bury the page's own content. */
const RELATED_MAX = 6;

/**
 * One policing programme: where it runs, when, what it does, its text, and other
 * programmes of its category, those of the same field operation first.
 */
@Component({
  selector: 'pt-programme-page',
  imports: [
    RouterLink,
    TranslatePipe,
    BodyHtmlComponent,
    PageHeaderComponent,
    ProgrammeCardsComponent,
    ResourceStateComponent,
    ServedNoticeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-resource-state [resource]="programme" />
    @if (programme.hasValue()) {
      @let p = programme.value();
      <article [attr.lang]="p.lang">
        <pt-page-header
          [heading]="p.title"
          [eyebrow]="'content.programmes.category.' + p.category | translate"
          [lead]="p.summary"
        />
        <pt-served-notice [served]="p" />
        <dl class="pt-facts" [attr.lang]="lang()">
          @if (fieldOperation(); as op) {
            <div>
              <dt>{{ 'content.programme.fieldOperation' | translate }}</dt>
              <dd>
                <a [routerLink]="['/', lang(), 'field-operations', op.slug]">{{ op.name }}</a>
              </dd>
            </div>
          }
          @if (countries().length) {
            <div>
              <dt>{{ 'content.programme.countries' | translate }}</dt>
              <dd>
                @for (c of countries(); track c.code; let last = $last) {
                  <a [routerLink]="['/', lang(), 'countries', c.code]">{{ c.name }}</a>{{
                    last ? '' : ', '
                  }}
                }
              </dd>
            </div>
          }
          <div>
            <dt>{{ 'content.programmes.categoryLabel' | translate }}</dt>
            <dd>{{ 'content.programmes.category.' + p.category | translate }}</dd>
          </div>
          @if (years()) {
            <div>
              <dt>{{ 'content.programmes.years' | translate }}</dt>
              <dd>{{ years() }}</dd>
            </div>
          }
        </dl>
        @if (p.activities.length) {
          <h2 [attr.lang]="lang()">{{ 'content.programmes.activitiesTitle' | translate }}</h2>
          <ul [attr.lang]="lang()">
            @for (a of p.activities; track a) {
              <li>{{ label(a) }}</li>
            }
          </ul>
        }
        @if (p.body) {
          <pt-body-html [html]="p.body" />
        }
      </article>
      @if (related().length) {
        <section aria-labelledby="pt-programme-related">
          <h2 id="pt-programme-related">{{ 'content.programme.related' | translate }}</h2>
          <pt-programme-cards [programmes]="related()" />
        </section>
      }
      <p>
        <a [routerLink]="['/', lang(), 'projects']">{{ 'content.programme.back' | translate }}</a>
      </p>
    }`,
})
export class ProgrammePageComponent {
  private readonly slug = routeParam('slug');
  private readonly api = inject(PortalApi);
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly programme = this.api.programme(this.slug, this.lang);

  private readonly detail = computed<ProgrammeDetail | undefined>(() =>
    this.programme.hasValue() ? this.programme.value() : undefined,
  );
  private readonly operations = this.api.fieldOperations(this.lang);
  private readonly neighbours = this.api.programmes(this.lang, () => {
    const p = this.detail();
    return p ? { category: p.category } : undefined;
  });

  protected readonly fieldOperation = computed(() => {
    const slug = this.detail()?.fieldOperation;
    return slug ? this.operations.value().find((op) => op.slug === slug) : undefined;
  });
  /** Its own countries and, as the API counts it for the country filter, its host's. */
  protected readonly countries = computed(() =>
    [...new Set([...(this.detail()?.countries ?? []), this.fieldOperation()?.countryCode ?? ''])]
      .map((code) => findCountry(code))
      .filter((c) => c !== undefined)
      .map((c) => ({ code: c.code, name: countryName(c.code, this.lang()) })),
  );
  protected readonly years = computed(() => {
    const p = this.detail();
    return p ? programmeYears(p) : '';
  });
  protected readonly related = computed<readonly ProgrammeSummary[]>(() => {
    const { slug, fieldOperation } = this.detail() ?? {};
    const others = this.neighbours.value().filter((p) => p.slug !== slug);
    const near = (p: ProgrammeSummary) => (p.fieldOperation === fieldOperation ? 0 : 1);
    return [...others].sort((a, b) => near(a) - near(b)).slice(0, RELATED_MAX);
  });

  constructor() {
    usePageMeta(() => {
      const p = this.detail();
      return p ? { title: p.title, description: p.summary || p.body } : null;
    });
  }

  protected label(activity: string): string {
    return activityLabel(activity, this.lang());
  }
}
