import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../data-access/admin-api.service';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import type { AuditEntry, AuditFilter } from '../data-access/admin.types';
import { type ReadableError, readableError } from '../data-access/api-error';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { ErrorAlertComponent } from '../shared/error-alert.component';

const PAGE_SIZE = 25;
const ITEM_TYPES = [
  'page',
  'programme',
  'country',
  'institution',
  'field-operation',
  'document',
  'user',
];

/** Who changed what, when: the audit log with filters. */
@Component({
  selector: 'pt-admin-audit-page',
  imports: [TranslatePipe, AdminDatePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.audit.title' | translate }}</h1>
    <form class="pt-filters" (submit)="apply($event)" role="search">
      <div class="pt-field">
        <label for="audit-user">{{ 'admin.audit.user' | translate }}</label>
        <input id="audit-user" name="user" type="search" />
      </div>
      <div class="pt-field">
        <label for="audit-type">{{ 'admin.audit.itemType' | translate }}</label>
        <select id="audit-type" name="itemType">
          <option value="">{{ 'admin.common.all' | translate }}</option>
          @for (t of itemTypes; track t) {
            <option [value]="t">{{ t }}</option>
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
      <button type="submit" class="pt-btn">{{ 'admin.common.filter' | translate }}</button>
    </form>
    <pt-error-alert [error]="error()" />
    <p class="pt-hint" role="status">{{ 'admin.common.count' | translate: { count: total() } }}</p>
    <div class="pt-table-wrap" tabindex="0">
      <table class="pt-table">
        <caption class="pt-visually-hidden">
          {{
            'admin.audit.title' | translate
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'admin.audit.when' | translate }}</th>
            <th scope="col">{{ 'admin.audit.user' | translate }}</th>
            <th scope="col">{{ 'admin.audit.action' | translate }}</th>
            <th scope="col">{{ 'admin.audit.item' | translate }}</th>
            <th scope="col">{{ 'admin.audit.details' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (e of entries(); track e.id) {
            <tr>
              <td>{{ e.createdAt | ptAdminDate: language.tag() }}</td>
              <td>{{ e.actor?.email ?? '—' }}</td>
              <td>
                <code>{{ e.action }}</code>
              </td>
              <td>{{ e.itemType }} {{ e.itemId }}</td>
              <td>
                <code>{{ details(e) }}</code>
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (pages() > 1) {
      <nav class="pt-actions" [attr.aria-label]="'admin.common.pagination' | translate">
        <button
          type="button"
          class="pt-btn"
          [disabled]="page() <= 1"
          (click)="page.set(page() - 1)"
        >
          {{ 'admin.common.previous' | translate }}
        </button>
        <span>{{ 'admin.common.pageOf' | translate: { page: page(), pages: pages() } }}</span>
        <button
          type="button"
          class="pt-btn"
          [disabled]="page() >= pages()"
          (click)="page.set(page() + 1)"
        >
          {{ 'admin.common.next' | translate }}
        </button>
      </nav>
    }
  `,
})
export class AuditPageComponent {
  private readonly api = inject(AdminApi);
  protected readonly language = inject(AdminLanguageStore);
  protected readonly itemTypes = ITEM_TYPES;
  protected readonly filter = signal<AuditFilter>({});
  protected readonly page = signal(1);
  protected readonly entries = signal<readonly AuditEntry[]>([]);
  protected readonly total = signal(0);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));
  protected readonly error = signal<ReadableError | null>(null);

  constructor() {
    effect(() => {
      const filter = { ...this.filter(), page: this.page() };
      untracked(() => void this.load(filter));
    });
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    this.page.set(1);
    this.filter.set({
      user: value('user'),
      itemType: value('itemType'),
      itemId: value('itemId'),
      action: value('action'),
    });
  }

  protected details(entry: AuditEntry): string {
    return entry.details ? JSON.stringify(entry.details) : '';
  }

  private async load(filter: AuditFilter): Promise<void> {
    try {
      const result = await firstValueFrom(this.api.audit(filter, PAGE_SIZE));
      this.entries.set(result.items);
      this.total.set(result.total);
      this.error.set(null);
    } catch (error) {
      this.error.set(readableError(error));
    }
  }
}
