import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleStore, PortalApi } from '@portal/portal/data-access';
import { LinkCardComponent, PageHeaderComponent } from '@portal/portal/ui';
import { ResourceStateComponent } from '../common/resource-state.component';
import { ServedNoticeComponent } from '../common/served-notice.component';
import { usePageMeta } from '../common/page-meta';
import { routeParam } from '../common/route-signal';

@Component({
  selector: 'pt-field-operation-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LinkCardComponent,
    PageHeaderComponent,
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
      </dl>
      @if (op.description) {
        <p class="pt-prose" [attr.lang]="op.lang">{{ op.description }}</p>
      }
      <section aria-labelledby="pt-op-programmes">
        <h2 id="pt-op-programmes">{{ 'content.programmes.title' | translate }}</h2>
        @if (op.programmes.length) {
          <ul class="pt-grid">
            @for (p of op.programmes; track p.slug) {
              <li>
                <pt-link-card
                  [heading]="p.title"
                  [link]="['/', lang(), 'projects']"
                  [eyebrow]="'content.programmes.category.' + p.category | translate"
                  [description]="p.summary"
                />
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'content.programmes.none' | translate }}</p>
        }
      </section>
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
