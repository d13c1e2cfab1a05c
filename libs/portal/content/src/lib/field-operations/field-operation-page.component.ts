import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleStore, PortalApi } from '@portal/portal/data-access';
import { PageHeaderComponent } from '@portal/portal/ui';
import { BodyHtmlComponent } from '../common/body-html.component';
import { ProgrammesSectionComponent } from '../common/programmes-section.component';
import { ResourceStateComponent } from '../common/resource-state.component';
import { ServedNoticeComponent } from '../common/served-notice.component';
import { usePageMeta } from '../common/page-meta';
import { routeParam } from '../common/route-signal';

@Component({
  selector: 'pt-field-operation-page',
  imports: [
    RouterLink,
    TranslatePipe,
    BodyHtmlComponent,
    PageHeaderComponent,
    ProgrammesSectionComponent,
    ResourceStateComponent,
    ServedNoticeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-resource-state [resource]="operation" />
    @if (operation.hasValue()) {
      @let op = operation.value();
      <pt-page-header
        [heading]="op.name"
        [eyebrow]="'content.fieldOperations.status.' + op.status | translate"
        [lead]="
          op.status === 'closed' && op.endYear
            ? ('content.fieldOperation.closedIntro'
              | translate: { start: op.startYear, end: op.endYear })
            : undefined
        "
      />
      <pt-served-notice [served]="op" />
      <dl class="pt-facts">
        <div>
          <dt>{{ 'content.fieldOperation.host' | translate }}</dt>
          <dd>
            @if (op.countryCode) {
              <a [routerLink]="['/', lang(), 'countries', op.countryCode.toLowerCase()]">{{
                op.host
              }}</a>
            } @else {
              {{ op.host }}
            }
          </dd>
        </div>
        <div>
          <dt>{{ 'content.country.status' | translate }}</dt>
          <dd>{{ 'content.fieldOperations.status.' + op.status | translate }}</dd>
        </div>
        <div>
          <dt>{{ 'content.programmes.years' | translate }}</dt>
          <dd>{{ op.startYear }}–{{ op.endYear ?? '' }}</dd>
        </div>
      </dl>
      @if (op.description) {
        <pt-body-html [html]="op.description" [lang]="op.lang" />
      }
      <pt-programmes-section [programmes]="op.programmes" headingId="pt-op-programmes" />
      <p>
        <a [routerLink]="['/', lang(), 'field-operations']">{{
          'content.fieldOperation.back' | translate
        }}</a>
      </p>
    }`,
})
export class FieldOperationPageComponent {
  private readonly slug = routeParam('slug');
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly operation = inject(PortalApi).fieldOperation(this.slug, this.lang);

  constructor() {
    usePageMeta(() =>
      this.operation.hasValue()
        ? { title: this.operation.value().name, description: this.operation.value().description }
        : null,
    );
  }
}
