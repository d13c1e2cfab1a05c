import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { LOCALES, LOCALE_NAMES, type Locale } from '@portal/domain/locales';
import { AdminApi } from '../data-access/admin-api.service';
import { SessionStore } from '../data-access/session.store';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import type {
  AdminDocument,
  AdminDocumentDetail,
  DocumentFilter,
} from '../data-access/admin.types';
import { readableError } from '../data-access/api-error';
import { DocumentUploadStore } from '../data-access/document-upload.store';
import { pagedList } from '../data-access/paged-list';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { DeleteButtonComponent } from '../shared/delete-button.component';
import { DeleteConfirmComponent } from '../shared/delete-confirm.component';
import { FilterFormComponent, type FilterValues } from '../shared/filter-form.component';
import { DataTableComponent } from '../shared/data-table.component';
import { LanguageFilterComponent } from '../shared/language-filter.component';
import { ListStatusComponent } from '../shared/list-status.component';
import { PaginationComponent } from '../shared/pagination.component';
import { StatusBadgeComponent } from '../shared/status-badge.component';
import { StatusFilterComponent } from '../shared/status-filter.component';
import { PassagesComponent } from './passages.component';
import { UploadListComponent } from './upload-list.component';
import { UploadZoneComponent } from './upload-zone.component';

const PAGE_SIZE = 20;

@Component({
  selector: 'pt-admin-documents-page',
  imports: [
    TranslatePipe,
    ReactiveFormsModule,
    AdminDatePipe,
    StatusBadgeComponent,
    StatusFilterComponent,
    DataTableComponent,
    LanguageFilterComponent,
    ListStatusComponent,
    PaginationComponent,
    DeleteButtonComponent,
    DeleteConfirmComponent,
    FilterFormComponent,
    UploadZoneComponent,
    UploadListComponent,
    PassagesComponent,
  ],
  providers: [DocumentUploadStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.documents.title' | translate }}</h1>
    <p class="pt-hint">{{ 'admin.documents.intro' | translate }}</p>
    @if (!session.can('documents.approve')) {
      <p class="pt-hint">{{ 'admin.documents.pendingHint' | translate }}</p>
    }
    <section aria-labelledby="upload-title">
      <h2 id="upload-title">{{ 'admin.documents.upload' | translate }}</h2>
      <div class="pt-filters">
        <div class="pt-field">
          <label for="upload-lang">{{ 'admin.documents.language' | translate }}</label>
          <select id="upload-lang" [formControl]="uploadLang">
            <option value="">{{ 'admin.documents.detect' | translate }}</option>
            @for (l of locales; track l) {
              <option [value]="l">{{ names[l] }}</option>
            }
          </select>
        </div>
      </div>
      <pt-admin-upload-zone (files)="upload($event)" />
      @if (uploads.uploads().length) {
        <pt-admin-upload-list [uploads]="uploads.uploads()" />
        @if (!uploads.active()) {
          <button type="button" class="pt-btn" (click)="uploads.clearFinished()">
            {{ 'admin.documents.clear' | translate }}
          </button>
        }
      }
    </section>

    <section aria-labelledby="doc-list-title">
      <h2 id="doc-list-title">{{ 'admin.documents.list' | translate }}</h2>
      <form ptAdminFilterForm (filter)="applyFilter($event)">
        <div class="pt-field">
          <label for="doc-q">{{ 'admin.documents.search' | translate }}</label>
          <input id="doc-q" type="search" name="q" [value]="list.filter().q ?? ''" />
        </div>
        <pt-admin-language-filter
          fieldId="doc-lang"
          label="admin.documents.language"
          [selected]="list.filter().lang"
        />
        <pt-admin-status-filter
          fieldId="doc-status"
          label="admin.documents.status"
          [statuses]="statuses"
          [selected]="list.filter().status"
        />
      </form>
      <pt-admin-list-status [error]="alert()" [count]="list.total()" />
      <pt-admin-data-table [caption]="'admin.documents.list' | translate" [columns]="columns">
        <tbody>
          @for (doc of list.items(); track doc.id) {
            <tr>
              <td>{{ doc.title }}</td>
              <td>{{ names[doc.lang] ?? doc.lang }}</td>
              <td>
                <pt-status-badge [status]="doc.status" />
                @if (doc.failureReason) {
                  <span class="pt-hint"> {{ doc.failureReason }}</span>
                }
              </td>
              <td>{{ doc.chunks }}</td>
              <td>{{ doc.createdAt | ptAdminDate: language.tag() }}</td>
              <td>
                <div class="pt-actions">
                  <button
                    type="button"
                    class="pt-btn"
                    [attr.aria-expanded]="detail()?.id === doc.id"
                    aria-controls="doc-detail"
                    (click)="toggle(doc)"
                  >
                    {{ 'admin.documents.showPassages' | translate }}
                    <span class="pt-visually-hidden">{{ doc.title }}</span>
                  </button>
                  @if (doc.status === 'pending' && session.can('documents.approve')) {
                    <button type="button" class="pt-btn pt-btn--primary" (click)="approve(doc)">
                      {{ 'admin.documents.approve' | translate }}
                      <span class="pt-visually-hidden">{{ doc.title }}</span>
                    </button>
                  }
                  @if (session.can('documents.delete')) {
                    <pt-admin-delete-button
                      [name]="doc.title"
                      (pressed)="confirmDelete().ask(doc)"
                    />
                  }
                </div>
              </td>
            </tr>
          }
        </tbody>
      </pt-admin-data-table>
      <pt-admin-pagination [page]="list.page()" [pages]="list.pages()" (go)="list.go($event)" />
      <div id="doc-detail" aria-live="polite">
        @if (detail(); as d) {
          <pt-admin-passages [document]="d" />
        }
      </div>
    </section>
    <pt-admin-delete-confirm
      texts="admin.documents"
      [describe]="describe"
      (confirmed)="remove($event)"
    />
  `,
})
export class DocumentsPageComponent {
  private readonly api = inject(AdminApi);
  protected readonly uploads = inject(DocumentUploadStore);
  protected readonly language = inject(AdminLanguageStore);
  protected readonly locales = LOCALES;
  protected readonly names: Readonly<Record<string, string>> = LOCALE_NAMES;
  protected readonly session = inject(SessionStore);
  protected readonly statuses = ['indexed', 'pending', 'queued', 'failed'] as const;
  /** `?open=<id>` shows that document's passages (links from the dashboard). */
  readonly open = input<string>();
  /** The language of the next uploads; empty lets the server detect it. */
  protected readonly uploadLang = new FormControl<Locale | ''>('', { nonNullable: true });
  protected readonly columns = [
    'admin.documents.titleColumn',
    'admin.documents.language',
    'admin.documents.status',
    'admin.documents.chunks',
    'admin.documents.added',
    'admin.common.actions',
  ];
  protected readonly list = pagedList<AdminDocument, DocumentFilter>(
    (filter, size) => this.api.listDocuments(filter, size),
    PAGE_SIZE,
  );
  /**
   * The document whose passages are asked for: `?open=` or a click. A fresh object per click, so
   * asking again for one that failed to load sends the request again.
   */
  private readonly chosen = linkedSignal<string | undefined, { readonly id: string } | null>({
    source: this.open,
    computation: (id, previous) => (id ? { id } : (previous?.value ?? null)),
  });
  private readonly chosenDetail = rxResource({
    params: () => this.chosen() ?? undefined,
    stream: ({ params }) => this.api.getDocument(params.id),
  });
  /** The passages shown stay until the next document's have arrived, and stay if they fail. */
  protected readonly detail = linkedSignal({
    source: this.chosenDetail.snapshot,
    computation: (s, previous: { value: AdminDocumentDetail | null } | undefined) => {
      if (s.status === 'idle') return null;
      return s.status === 'resolved' && s.value ? s.value : (previous?.value ?? null);
    },
  });
  /** One alert above the list: passages that failed to load, else the list's own error. */
  protected readonly alert = computed(() => {
    const failed = this.chosenDetail.error();
    return failed ? readableError(failed) : this.list.error();
  });
  protected readonly describe = (doc: AdminDocument) => ({ title: doc.title });
  protected readonly confirmDelete =
    viewChild.required<DeleteConfirmComponent<AdminDocument>>(DeleteConfirmComponent);

  constructor() {
    this.uploads.onUploaded = () => void this.list.reload();
  }

  protected upload(files: File[]): void {
    this.uploads.add(files, this.uploadLang.value || undefined);
  }

  protected applyFilter({ q, lang, status }: FilterValues): void {
    this.list.applyFilter({ q, lang, status });
  }

  protected toggle(doc: AdminDocument): void {
    this.chosen.set(this.detail()?.id === doc.id ? null : { id: doc.id });
  }

  /** Puts a contributor's upload into search, so the assistant may quote it. */
  protected async approve(doc: AdminDocument): Promise<void> {
    await this.list.run(this.api.approveDocument(doc.id));
  }

  protected async remove(doc: AdminDocument): Promise<void> {
    if ((await this.list.run(this.api.deleteDocument(doc.id))) && this.detail()?.id === doc.id) {
      this.chosen.set(null);
    }
  }
}
