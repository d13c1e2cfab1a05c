import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  afterRenderEffect,
  computed,
  inject,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { MEETING_SERIES } from '@portal/domain/institutions';
import { LocaleStore } from '@portal/portal/data-access';
import { PageHeaderComponent } from '@portal/portal/ui';
import { useTranslatedMeta } from '../common/page-meta';
import { routeParam } from '../common/route-signal';

/** The OSCE's meeting series; `/meetings/:slug` opens the list at that series. */
@Component({
  selector: 'pt-meetings-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-page-header
      [heading]="'shell.nav.items.meetings' | translate"
      [lead]="'content.meetings.lead' | translate"
    />
    <ul class="series">
      @for (s of series(); track s.slug) {
        <li class="series__item" [id]="s.slug" tabindex="-1" [class.is-current]="s.slug === slug()">
          <a
            [routerLink]="['/', lang(), 'meetings', s.slug]"
            [attr.aria-current]="s.slug === slug() ? 'page' : null"
            >{{ s.name }}</a
          >
        </li>
      }
    </ul>`,
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
      padding: var(--pt-space-2) var(--pt-space-3);
      border: 1px solid var(--pt-border);
      border-radius: var(--pt-radius);
      background: var(--pt-surface);
    }
    .series__item.is-current {
      border-color: var(--pt-accent);
      border-width: 2px;
    }
  `,
})
export class MeetingsPageComponent {
  protected readonly slug = routeParam('slug');
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly series = computed(() =>
    MEETING_SERIES.map((s) => ({ slug: s.slug, name: s.name[this.lang()] })),
  );
  private readonly dom = inject(DOCUMENT);

  constructor() {
    useTranslatedMeta('shell.nav.items.meetings', 'content.meetings.lead');
    afterRenderEffect(() => {
      const slug = this.slug();
      if (slug) this.dom.getElementById(slug)?.scrollIntoView({ block: 'center' });
    });
  }
}
