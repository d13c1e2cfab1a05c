import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleStore, PortalApi } from '@portal/portal/data-access';
import {
  FieldValueDirective,
  IntlResults,
  LocalNumberPipe,
  PageHeaderComponent,
} from '@portal/portal/ui';
import { ResourceStateComponent } from '../common/resource-state.component';
import { useTranslatedMeta } from '../common/page-meta';
import { COUNTRY_GROUPS, groupCountries } from './country-groups';
import { queryParam } from '../common/route-signal';

@Component({
  selector: 'pt-countries-page',
  imports: [
    RouterLink,
    TranslatePipe,
    FieldValueDirective,
    LocalNumberPipe,
    PageHeaderComponent,
    ResourceStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './countries-page.component.html',
  styleUrl: './countries-page.component.css',
})
export class CountriesPageComponent {
  private readonly locale = inject(LocaleStore);
  protected readonly lang = this.locale.lang;
  protected readonly tag = this.locale.tag;
  private readonly intl = inject(IntlResults);
  protected readonly countries = inject(PortalApi).countries(this.lang);
  /** `?group=participating` (the menu's group links) shows that group only. */
  protected readonly group = queryParam('group');
  protected readonly query = signal('');
  protected readonly groups = computed(() => {
    const only = COUNTRY_GROUPS.find((g) => g === this.group());
    const list = this.countries.hasValue() ? this.countries.value() : [];
    return groupCountries(list, this.tag(), this.query(), this.intl.sortByName).filter(
      (g) => !only || g.group === only,
    );
  });
  protected readonly shown = computed(() =>
    this.groups().reduce((sum, g) => sum + g.countries.length, 0),
  );

  constructor() {
    useTranslatedMeta('content.countries.title', 'content.countries.lead');
  }
}
