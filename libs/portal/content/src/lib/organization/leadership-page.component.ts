import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { LeadershipOfficePayload } from '@portal/domain/content';
import { LocaleStore, PortalApi } from '@portal/portal/data-access';
import { IntlResults, PageHeaderComponent } from '@portal/portal/ui';
import { useTranslatedMeta } from '../common/page-meta';
import { ResourceStateComponent } from '../common/resource-state.component';

/** One office: its title, who holds it since when (with the source), and what it heads. */
@Component({
  selector: 'pt-leadership-office',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@let o = office();
    <p class="office__title">{{ o.title }}</p>
    @if (o.holder; as h) {
      <p class="office__holder">
        <strong>{{ h.name }}</strong>
        <span class="office__since">{{
          'content.leadership.since' | translate: { date: date(h.since) }
        }}</span>
      </p>
      @if (h.note) {
        <p class="office__note">
          {{ 'content.leadership.unconfirmed' | translate }}:
          <span lang="en">{{ h.note }}</span>
        </p>
      }
      @if (h.sourceUrl) {
        <p class="office__source">
          <a [href]="h.sourceUrl" rel="noopener external">{{
            'content.leadership.source' | translate
          }}</a>
        </p>
      }
    } @else {
      <p class="office__vacant">{{ 'content.leadership.vacant' | translate }}</p>
    }
    @if (o.path) {
      <a [routerLink]="'/' + lang() + o.path">{{ 'content.leadership.related' | translate }}</a>
    } @else if (o.relatedName) {
      <p class="office__related">{{ o.relatedName }}</p>
    }`,
  styles: `
    p {
      margin: 0 0 var(--pt-space-1);
    }
    .office__title {
      font-weight: 700;
    }
    .office__since,
    .office__related,
    .office__vacant,
    .office__note {
      color: var(--pt-text-soft);
    }
    .office__since {
      margin-inline-start: var(--pt-space-1);
    }
  `,
})
export class LeadershipOfficeComponent {
  readonly office = input.required<LeadershipOfficePayload>();
  protected readonly lang = inject(LocaleStore).lang;
  private readonly intl = inject(IntlResults);
  private readonly format = computed(
    () => new Intl.DateTimeFormat(this.lang(), { dateStyle: 'long', timeZone: 'UTC' }),
  );

  /** A calendar day (`2024-12-06`), read in UTC so that no time zone moves it a day. */
  protected date(iso: string): string {
    return this.intl.remember(`day\u0000${this.lang()}\u0000${iso}`, () =>
      this.format().format(new Date(`${iso}T00:00:00Z`)),
    );
  }
}

/** The OSCE's leadership: the heads first, then the menu's offices (`/leadership#<slug>`). */
@Component({
  selector: 'pt-leadership-page',
  imports: [TranslatePipe, PageHeaderComponent, ResourceStateComponent, LeadershipOfficeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-page-header
      [heading]="'shell.nav.items.leadership' | translate"
      [lead]="'content.leadership.lead' | translate"
    />
    <pt-resource-state [resource]="offices" />
    @for (group of groups(); track group.key) {
      <section [attr.aria-labelledby]="'pt-leadership-' + group.key">
        <h2 [id]="'pt-leadership-' + group.key">
          {{ 'content.leadership.' + group.key | translate }}
        </h2>
        <ul class="offices">
          @for (o of group.offices; track o.slug) {
            <li class="office" [id]="o.slug" tabindex="-1">
              <pt-leadership-office [office]="o" />
            </li>
          }
        </ul>
      </section>
    }`,
  styles: `
    .offices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
      gap: var(--pt-space-3);
      margin: 0 0 var(--pt-space-4);
      padding: 0;
      list-style: none;
    }
    .office {
      padding: var(--pt-space-3);
      border: 1px solid var(--pt-border);
      border-radius: var(--pt-radius);
      background: var(--pt-surface);
      scroll-margin-top: 1rem;
    }
    .office:target,
    .office:focus {
      outline: 3px solid var(--pt-accent);
      outline-offset: 2px;
    }
  `,
})
export class LeadershipPageComponent {
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly offices = inject(PortalApi).leadership(this.lang);
  protected readonly groups = computed(() => {
    const all = this.offices.value();
    return (['heads', 'offices'] as const)
      .map((key) => ({ key, offices: all.filter((o) => o.group === key) }))
      .filter((g) => g.offices.length > 0);
  });

  constructor() {
    useTranslatedMeta('shell.nav.items.leadership', 'content.leadership.lead');
  }
}
