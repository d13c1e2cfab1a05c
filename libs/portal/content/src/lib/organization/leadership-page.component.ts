import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LEADERSHIP_OFFICES, STRUCTURES } from '@portal/domain/institutions';
import { LocaleStore } from '@portal/portal/data-access';
import { PageHeaderComponent } from '@portal/portal/ui';
import { useTranslatedMeta } from '../common/page-meta';

interface OfficeView {
  readonly slug: string;
  readonly title: string;
  readonly link?: readonly string[];
  readonly relatedName?: string;
}

/** The OSCE's leadership offices; the menu links to each as `/leadership#<slug>`. */
@Component({
  selector: 'pt-leadership-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-page-header
      [heading]="'shell.nav.items.leadership' | translate"
      [lead]="'content.leadership.lead' | translate"
    />
    <ul class="offices">
      @for (o of offices(); track o.slug) {
        <li class="office" [id]="o.slug" tabindex="-1">
          <p class="office__title">{{ o.title }}</p>
          @if (o.link) {
            <a [routerLink]="o.link">{{ 'content.leadership.related' | translate }}</a>
          } @else if (o.relatedName) {
            <p class="office__related">{{ o.relatedName }}</p>
          }
        </li>
      }
    </ul>`,
  styles: `
    .offices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
      gap: var(--pt-space-3);
      margin: 0;
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
    .office__title {
      margin: 0 0 var(--pt-space-1);
      font-weight: 700;
    }
    .office__related {
      margin: 0;
      color: var(--pt-text-soft);
    }
  `,
})
export class LeadershipPageComponent {
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly offices = computed<readonly OfficeView[]>(() => {
    const lang = this.lang();
    return LEADERSHIP_OFFICES.map((office) => {
      const rel = office.relatedTo;
      if ('institution' in rel) {
        return {
          slug: office.slug,
          title: office.title[lang],
          link: ['/', lang, 'institutions', rel.institution],
        };
      }
      if ('fieldOperation' in rel) {
        return {
          slug: office.slug,
          title: office.title[lang],
          link: ['/', lang, 'field-operations', rel.fieldOperation],
        };
      }
      const structure = STRUCTURES.find((s) => s.slug === rel.structure);
      return { slug: office.slug, title: office.title[lang], relatedName: structure?.name[lang] };
    });
  });

  constructor() {
    useTranslatedMeta('shell.nav.items.leadership', 'content.leadership.lead');
  }
}
