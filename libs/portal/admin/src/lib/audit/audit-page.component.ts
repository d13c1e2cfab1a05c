import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { AUDITED_ITEM_TYPES } from '@portal/domain/content';
import { AdminApi } from '../data-access/admin-api.service';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import type { AuditRecord, AuditFilter } from '../data-access/admin.types';
import { pagedList } from '../data-access/paged-list';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { DataTableComponent } from '../shared/data-table.component';
import { FilterFormComponent, type FilterValues } from '../shared/filter-form.component';
import { ListStatusComponent } from '../shared/list-status.component';
import { PaginationComponent } from '../shared/pagination.component';

const PAGE_SIZE = 25;

/** Who changed what, when: the audit log with filters. */
@Component({
  selector: 'pt-admin-audit-page',
  imports: [
    TranslatePipe,
    AdminDatePipe,
    DataTableComponent,
    FilterFormComponent,
    ListStatusComponent,
    PaginationComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.audit.title' | translate }}</h1>
    <form ptAdminFilterForm (filter)="apply($event)">
      <div class="pt-field">
        <label for="audit-user">{{ 'admin.audit.user' | translate }}</label>
        <input id="audit-user" name="user" type="search" />
      </div>
      <div class="pt-field">
        <label for="audit-type">{{ 'admin.audit.itemType' | translate }}</label>
        <select id="audit-type" name="itemType">
          <option value="">{{ 'admin.common.all' | translate }}</option>
          @for (t of itemTypes; track t) {
            <option [value]="t">{{ 'admin.audit.types.' + t | translate }}</option>
          }
        </select>
      </div>
      <div class="pt-field">
        <label for="audit-item">{{ 'admin.audit.itemId' | translate }}</label>
        <input id="audit-item" name="itemId" type="search" />
      </div>
      <div class="pt-field">
        <label for="audit-action">{{ 'admin.audit.action' | translate }}</label>
        <input id="audit-action" name="action" type="search" placeholder="page.publish" />
      </div>
    </form>
    <pt-admin-list-status [error]="list.error()" [count]="list.total()" />
    <pt-admin-data-table [caption]="'admin.audit.title' | translate" [columns]="columns">
      <tbody>
        @for (e of list.items(); track e.id) {
          <tr>
            <td>{{ e.createdAt | ptAdminDate: language.tag() }}</td>
            <td>{{ e.actor?.email ?? '—' }}</td>
            <td>
              <code>{{ e.action }}</code>
            </td>
            <td>
              @if (e.itemType) {
                {{ 'admin.audit.types.' + e.itemType | translate }}
              }
              {{ e.itemId }}
            </td>
            <td>
              <code>{{ details(e) }}</code>
            </td>
          </tr>
        }
      </tbody>
    </pt-admin-data-table>
    <pt-admin-pagination [page]="list.page()" [pages]="list.pages()" (go)="list.go($event)" />
  `,
})
export class AuditPageComponent {
  private readonly api = inject(AdminApi);
  protected readonly language = inject(AdminLanguageStore);
  protected readonly itemTypes = AUDITED_ITEM_TYPES;
  protected readonly columns = [
    'admin.audit.when',
    'admin.audit.user',
    'admin.audit.action',
    'admin.audit.item',
    'admin.audit.details',
  ];
  protected readonly list = pagedList<AuditRecord, AuditFilter>(
    (filter, size) => this.api.audit(filter, size),
    PAGE_SIZE,
  );

  protected apply({ user, itemType, itemId, action }: FilterValues): void {
    this.list.applyFilter({ user, itemType, itemId, action });
  }

  protected details(entry: AuditRecord): string {
    return entry.details ? JSON.stringify(entry.details) : '';
  }
}
