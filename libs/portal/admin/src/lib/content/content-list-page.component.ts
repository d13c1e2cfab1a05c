import type { AdminItem } from '@portal/domain/content';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LOCALES, resolveTranslation } from '@portal/domain/locales';
import { firstValueFrom, map } from 'rxjs';
import { AdminApi } from '../data-access/admin-api.service';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import { SessionStore } from '../data-access/session.store';
import { type ReadableError, readableError } from '../data-access/api-error';
import { localeState } from '../data-access/content-editor.store';
import {
  CONTENT_SECTIONS,
  type ContentSection,
  REFERENCE_SECTIONS,
  fallbackName,
  isContentSectionId,
} from '../data-access/content-sections';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { DeleteButtonComponent } from '../shared/delete-button.component';
import { DeleteConfirmComponent } from '../shared/delete-confirm.component';
import { ListStatusComponent } from '../shared/list-status.component';
import { StatusBadgeComponent } from '../shared/status-badge.component';

/** The list of one collection (pages, programmes or one kind of reference data). */
@Component({
  selector: 'pt-admin-content-list-page',
  imports: [
    TranslatePipe,
    ReactiveFormsModule,
    RouterLink,
    RouterLinkActive,
    AdminDatePipe,
    StatusBadgeComponent,
    ListStatusComponent,
    DeleteButtonComponent,
    DeleteConfirmComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .states {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
  `,
  template: `
    <h1>{{ 'admin.sections.' + sectionInfo().id | translate }}</h1>
    @if (sectionInfo().reference) {
      <nav [attr.aria-label]="'admin.content.referenceKinds' | translate" class="pt-actions">
        @for (kind of referenceKinds; track kind) {
          <a
            class="pt-btn"
            [routerLink]="'/admin/reference/' + kind"
            routerLinkActive="pt-btn--primary"
            ariaCurrentWhenActive="page"
            >{{ 'admin.sections.' + kind | translate }}</a
          >
        }
      </nav>
      <p class="pt-hint">{{ 'admin.content.referenceHint' | translate }}</p>
    } @else {
      <p class="pt-actions">
        <a class="pt-btn pt-btn--primary" [routerLink]="sectionInfo().route + '/new'">{{
          'admin.content.new.' + sectionInfo().id | translate
        }}</a>
      </p>
    }
    <div class="pt-filters">
      <div class="pt-field">
        <label for="content-filter">{{ 'admin.content.filter' | translate }}</label>
        <input id="content-filter" type="search" [formControl]="filter" />
      </div>
    </div>
    <pt-admin-list-status [error]="error()" [loading]="loading()" [count]="visible().length" />
    @if (!loading()) {
      <div class="pt-table-wrap" tabindex="0">
        <table class="pt-table">
          <caption class="pt-visually-hidden">
            {{
              'admin.sections.' + sectionInfo().id | translate
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'admin.content.titleColumn' | translate }}</th>
              <th scope="col">{{ 'admin.content.slug' | translate }}</th>
              <th scope="col">{{ 'admin.content.translations' | translate }}</th>
              <th scope="col">{{ 'admin.content.updated' | translate }}</th>
              <th scope="col">
                <span class="pt-visually-hidden">{{ 'admin.common.actions' | translate }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (item of visible(); track item.id) {
              <tr>
                <td>
                  <a [routerLink]="editLink(item)">{{ titleOf(item) }}</a>
                </td>
                <td>
                  <code>{{ item.key }}</code>
                </td>
                <td>
                  <ul class="states">
                    @for (l of locales; track l) {
                      @if (item.translations[l]) {
                        <li>
                          <span class="pt-hint">{{ l.toUpperCase() }}</span>
                          <pt-status-badge [status]="state(item, l)" />
                        </li>
                      }
                    }
                  </ul>
                </td>
                <td>
                  {{ item.updatedAt | ptAdminDate: language.tag() }}
                  @if (item.updatedBy) {
                    <span class="pt-hint">· {{ item.updatedBy }}</span>
                  }
                </td>
                <td>
                  @if (!sectionInfo().reference && session.can('content.delete')) {
                    <pt-admin-delete-button
                      [name]="titleOf(item)"
                      (pressed)="confirmDelete().ask(item)"
                    />
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
    <pt-admin-delete-confirm
      texts="admin.content"
      [describe]="describe"
      (confirmed)="remove($event)"
    />
  `,
})
export class ContentListPageComponent {
  private readonly api = inject(AdminApi);
  protected readonly language = inject(AdminLanguageStore);
  protected readonly session = inject(SessionStore);
  /** From the route's data or its `:section` parameter. */
  readonly section = input<string>();
  protected readonly sectionInfo = computed(() => {
    const id = this.section();
    return CONTENT_SECTIONS[isContentSectionId(id) ? id : 'pages'];
  });
  protected readonly referenceKinds = REFERENCE_SECTIONS;
  protected readonly locales = LOCALES;
  /** The section's items, loaded again when the section changes; a delete removes its row. */
  private readonly listed = rxResource<readonly AdminItem[], ContentSection>({
    params: () => this.sectionInfo(),
    stream: ({ params }) => this.api.listItems(params).pipe(map((page) => page.items)),
    defaultValue: [],
  });
  protected readonly items = computed(() => (this.listed.hasValue() ? this.listed.value() : []));
  protected readonly loading = this.listed.isLoading;
  /** A failed load (cleared when the next one starts) or a refused delete. */
  protected readonly error = linkedSignal({
    source: this.listed.snapshot,
    computation: (s, previous: { value: ReadableError | null } | undefined) => {
      if (s.status === 'error') return readableError(s.error);
      return s.status === 'local' ? (previous?.value ?? null) : null;
    },
  });
  protected readonly filter = new FormControl('', { nonNullable: true });
  private readonly query = toSignal(this.filter.valueChanges, { initialValue: this.filter.value });
  protected readonly describe = (item: AdminItem) => ({ title: this.titleOf(item) });
  protected readonly confirmDelete =
    viewChild.required<DeleteConfirmComponent<AdminItem>>(DeleteConfirmComponent);

  protected readonly visible = computed(() => {
    const q = this.query().trim().toLowerCase();
    if (!q) return this.items();
    return this.items().filter(
      (item) =>
        item.key.toLowerCase().includes(q) ||
        Object.values(item.translations).some((t) => t?.title.toLowerCase().includes(q)),
    );
  });

  protected titleOf(item: AdminItem): string {
    return (
      resolveTranslation(item.translations, this.language.lang())?.value.title ??
      fallbackName(this.sectionInfo(), item.key, this.language.tag())
    );
  }

  protected state(item: AdminItem, locale: (typeof LOCALES)[number]): string {
    return localeState(item.translations[locale]);
  }

  protected editLink(item: AdminItem): string {
    const s = this.sectionInfo();
    return `${s.route}/${s.reference ? item.key : item.id}`;
  }

  protected async remove(item: AdminItem): Promise<void> {
    try {
      await firstValueFrom(this.api.deleteItem(this.sectionInfo(), item.id));
      this.listed.update((all) => all.filter((i) => i.id !== item.id));
    } catch (error) {
      this.error.set(readableError(error));
    }
  }
}
