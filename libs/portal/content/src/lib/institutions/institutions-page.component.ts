import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleStore, PortalApi } from '@portal/portal/data-access';
import { IntlResults, LinkCardComponent, PageHeaderComponent } from '@portal/portal/ui';
import { ResourceStateComponent } from '../common/resource-state.component';
import { useTranslatedMeta } from '../common/page-meta';

@Component({
  selector: 'pt-institutions-page',
  imports: [TranslatePipe, LinkCardComponent, PageHeaderComponent, ResourceStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-page-header
      [heading]="'content.institutions.title' | translate"
      [lead]="'content.institutions.lead' | translate"
    />
    <pt-resource-state [resource]="institutions" />
    @if (!institutions.isLoading() && !institutions.error()) {
      <ul class="pt-grid">
        @for (item of sorted(); track item.slug) {
          <li>
            <pt-link-card
              [heading]="item.name"
              [link]="['/', lang(), 'institutions', item.slug]"
              [eyebrow]="item.acronym"
              [description]="item.seat"
            />
          </li>
        }
      </ul>
    }`,
})
export class InstitutionsPageComponent {
  private readonly locale = inject(LocaleStore);
  private readonly intl = inject(IntlResults);
  protected readonly lang = this.locale.lang;
  protected readonly institutions = inject(PortalApi).institutions(this.lang);
  protected readonly sorted = computed(() => {
    const list = this.institutions.hasValue() ? this.institutions.value() : [];
    return this.intl.sortByName(list, (institution) => institution.name, this.locale.tag());
  });

  constructor() {
    useTranslatedMeta('content.institutions.title', 'content.institutions.lead');
  }
}
