import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleStore, PortalApi } from '@portal/portal/data-access';
import { PageHeaderComponent } from '@portal/portal/ui';
import { BodyHtmlComponent } from '../common/body-html.component';
import { ResourceStateComponent } from '../common/resource-state.component';
import { ServedNoticeComponent } from '../common/served-notice.component';
import { usePageMeta } from '../common/page-meta';
import { routeParam } from '../common/route-signal';

@Component({
  selector: 'pt-institution-page',
  imports: [
    RouterLink,
    TranslatePipe,
    BodyHtmlComponent,
    PageHeaderComponent,
    ResourceStateComponent,
    ServedNoticeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-resource-state [resource]="institution" />
    @if (institution.hasValue()) {
      @let i = institution.value();
      <pt-page-header [heading]="i.name" [eyebrow]="i.acronym" />
      <pt-served-notice [served]="i" />
      @if (i.seat) {
        <dl class="pt-facts">
          <div>
            <dt>{{ 'content.institution.seat' | translate }}</dt>
            <dd>{{ i.seat }}</dd>
          </div>
        </dl>
      }
      @if (i.description) {
        <pt-body-html [html]="i.description" [lang]="i.lang" />
      }
      <p>
        <a [routerLink]="['/', lang(), 'institutions']">{{
          'content.institution.back' | translate
        }}</a>
      </p>
    }`,
})
export class InstitutionPageComponent {
  private readonly slug = routeParam('slug');
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly institution = inject(PortalApi).institution(this.slug, this.lang);

  constructor() {
    usePageMeta(() =>
      this.institution.hasValue()
        ? {
            title: this.institution.value().name,
            description: this.institution.value().description,
          }
        : null,
    );
  }
}
