import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { AdminOfficeHolder } from '@portal/domain/content';
import { AdminApi } from '../data-access/admin-api.service';
import type { OfficeHolderWrite } from '../data-access/admin-api.service';
import { editableList } from '../data-access/editable-list';
import { DataTableComponent } from '../shared/data-table.component';
import { ListStatusComponent } from '../shared/list-status.component';

function text(data: FormData, name: string): string {
  return String(data.get(name) ?? '').trim();
}

/** Who holds each leadership office: staff record, correct or remove holders here. */
@Component({
  selector: 'pt-admin-leadership-page',
  imports: [TranslatePipe, DataTableComponent, ListStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.leadership.title' | translate }}</h1>
    <p class="pt-hint">{{ 'admin.leadership.hint' | translate }}</p>
    <pt-admin-list-status [error]="list.error()">
      @if (list.done(); as d) {
        {{ d | translate }}
      }
    </pt-admin-list-status>
    @if (editing(); as e) {
      <section class="pt-card" aria-labelledby="holder-form">
        <h2 id="holder-form">{{ e.title }}</h2>
        <form class="pt-filters" (submit)="save($event, e.office)" novalidate>
          <div class="pt-field">
            <label for="holder-name">{{ 'admin.leadership.name' | translate }}</label>
            <input id="holder-name" name="name" [value]="e.holder?.name ?? ''" required />
          </div>
          <div class="pt-field">
            <label for="holder-name-ru">{{ 'admin.leadership.nameRu' | translate }}</label>
            <input id="holder-name-ru" name="nameRu" [value]="e.holder?.localNames?.ru ?? ''" />
          </div>
          <div class="pt-field">
            <label for="holder-since">{{ 'admin.leadership.since' | translate }}</label>
            <input
              id="holder-since"
              name="since"
              type="date"
              [value]="e.holder?.since ?? ''"
              required
            />
          </div>
          <div class="pt-field">
            <label for="holder-source">{{ 'admin.leadership.source' | translate }}</label>
            <input
              id="holder-source"
              name="sourceUrl"
              type="url"
              [value]="e.holder?.sourceUrl ?? ''"
            />
          </div>
          <div class="pt-field">
            <label for="holder-note">{{ 'admin.leadership.note' | translate }}</label>
            <textarea
              id="holder-note"
              name="note"
              rows="2"
              [value]="e.holder?.note ?? ''"
            ></textarea>
          </div>
          <div class="pt-actions">
            <button type="submit" class="pt-btn pt-btn--primary">
              {{ 'admin.leadership.save' | translate }}
            </button>
            <button type="button" class="pt-btn" (click)="editing.set(null)">
              {{ 'admin.common.cancel' | translate }}
            </button>
          </div>
        </form>
      </section>
    }
    <pt-admin-data-table [caption]="'admin.leadership.title' | translate" [columns]="columns">
      <tbody>
        @for (o of list.items(); track o.office) {
          <tr>
            <th scope="row">{{ o.title }}</th>
            <td>{{ o.holder?.name ?? ('admin.leadership.none' | translate) }}</td>
            <td>{{ o.holder?.since ?? '' }}</td>
            <td>
              <div class="pt-actions">
                <button type="button" class="pt-btn" (click)="edit(o)">
                  {{ 'admin.leadership.edit' | translate }}
                  <span class="pt-visually-hidden">{{ o.title }}</span>
                </button>
                @if (o.holder) {
                  <button type="button" class="pt-btn pt-btn--danger" (click)="remove(o)">
                    {{ 'admin.leadership.remove' | translate }}
                    <span class="pt-visually-hidden">{{ o.title }}</span>
                  </button>
                }
              </div>
            </td>
          </tr>
        }
      </tbody>
    </pt-admin-data-table>
  `,
})
export class LeadershipPageComponent {
  private readonly api = inject(AdminApi);
  protected readonly columns = [
    'admin.leadership.office',
    'admin.leadership.name',
    'admin.leadership.since',
    'admin.common.actions',
  ];
  protected readonly list = editableList(() => this.api.leadership());
  protected readonly editing = signal<AdminOfficeHolder | null>(null);

  protected edit(office: AdminOfficeHolder): void {
    this.list.done.set(null);
    this.editing.set(office);
  }

  protected async save(event: Event, office: string): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const nameRu = text(data, 'nameRu');
    const sourceUrl = text(data, 'sourceUrl');
    const note = text(data, 'note');
    const holder: OfficeHolderWrite = {
      name: text(data, 'name'),
      since: text(data, 'since'),
      ...(nameRu ? { localNames: { ru: nameRu } } : {}),
      ...(sourceUrl ? { sourceUrl } : {}),
      ...(note ? { note } : {}),
    };
    if (await this.list.run(this.api.setOfficeHolder(office, holder), 'admin.leadership.saved')) {
      this.editing.set(null);
    }
  }

  protected async remove(office: AdminOfficeHolder): Promise<void> {
    await this.list.run(this.api.removeOfficeHolder(office.office), 'admin.leadership.removed');
    if (this.editing()?.office === office.office) this.editing.set(null);
  }
}
