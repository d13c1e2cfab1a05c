import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { FieldOperationStatus } from '@portal/domain/content';
import { LocaleStore, PortalApi } from '@portal/portal/data-access';
import { IntlResults, PageHeaderComponent } from '@portal/portal/ui';
import { FieldOperationCardsComponent } from '../common/field-operation-cards.component';
import { ResourceStateComponent } from '../common/resource-state.component';
import { useTranslatedMeta } from '../common/page-meta';
import { queryParam } from '../common/route-signal';

const STATUSES: readonly FieldOperationStatus[] = ['active', 'closed'];

@Component({
  selector: 'pt-field-operations-page',
  imports: [
    TranslatePipe,
    FieldOperationCardsComponent,
    PageHeaderComponent,
    ResourceStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-page-header
      [heading]="'content.fieldOperations.title' | translate"
      [lead]="'content.fieldOperations.lead' | translate"
    />
    <pt-resource-state [resource]="operations" />
    @if (!operations.isLoading() && !operations.error()) {
      @for (group of groups(); track group.status) {
        <section [attr.aria-labelledby]="'pt-ops-' + group.status">
          <h2 [id]="'pt-ops-' + group.status">
            {{ 'content.fieldOperations.groups.' + group.status | translate }}
          </h2>
          @if (group.items.length) {
            <pt-field-operation-cards [operations]="group.items" />
          } @else {
            <p>{{ 'content.fieldOperations.none' | translate }}</p>
          }
        </section>
      }
    }`,
})
export class FieldOperationsPageComponent {
  private readonly locale = inject(LocaleStore);
  private readonly intl = inject(IntlResults);
  protected readonly lang = this.locale.lang;
  protected readonly operations = inject(PortalApi).fieldOperations(this.lang);
  /** `?status=closed` (the menu's closed field activities link) shows one status only. */
  private readonly status = queryParam('status');
  protected readonly groups = computed(() => {
    const list = this.operations.hasValue() ? this.operations.value() : [];
    const only = STATUSES.find((s) => s === this.status());
    return STATUSES.filter((s) => !only || s === only).map((status) => ({
      status,
      items: this.intl.sortByName(
        list.filter((op) => op.status === status),
        (op) => op.name,
        this.locale.tag(),
      ),
    }));
  });

  constructor() {
    useTranslatedMeta('content.fieldOperations.title', 'content.fieldOperations.lead');
  }
}
