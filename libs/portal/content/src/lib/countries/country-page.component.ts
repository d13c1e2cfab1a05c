import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PARTICIPATING_STATES } from '@portal/domain/countries';
import { LocaleStore, PortalApi } from '@portal/portal/data-access';
import { PageHeaderComponent } from '@portal/portal/ui';
import { BodyHtmlComponent } from '../common/body-html.component';
import { FieldOperationCardsComponent } from '../common/field-operation-cards.component';
import { ProgrammesSectionComponent } from '../common/programmes-section.component';
import { ResourceStateComponent } from '../common/resource-state.component';
import { ServedNoticeComponent } from '../common/served-notice.component';
import { usePageMeta } from '../common/page-meta';
import { routeParam } from '../common/route-signal';

@Component({
  selector: 'pt-country-page',
  imports: [
    TranslatePipe,
    BodyHtmlComponent,
    FieldOperationCardsComponent,
    PageHeaderComponent,
    ProgrammesSectionComponent,
    ResourceStateComponent,
    ServedNoticeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './country-page.component.html',
})
export class CountryPageComponent {
  private readonly code = routeParam('code');
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly participating = PARTICIPATING_STATES.length;
  private readonly api = inject(PortalApi);
  protected readonly country = this.api.country(
    computed(() => this.code()?.toUpperCase()),
    this.lang,
  );
  protected readonly documents = this.api.countryDocuments(
    computed(() => this.code()?.toUpperCase()),
    this.lang,
  );

  constructor() {
    usePageMeta(() =>
      this.country.hasValue()
        ? { title: this.country.value().name, description: this.country.value().description }
        : null,
    );
  }
}
