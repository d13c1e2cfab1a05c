import type { AdminItem, RevisionDiff, RevisionSummary } from '@portal/domain/content';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../data-access/admin-api.service';
import { LOCALE_NAMES } from '@portal/domain/locales';
import type { ReviewEvent } from '../data-access/admin.types';
import { type ReadableError, readableError } from '../data-access/api-error';
import { type ContentSection, itemRef } from '../data-access/content-sections';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { ConfirmDialogComponent } from '../shared/confirm-dialog.component';
import { DataTableComponent } from '../shared/data-table.component';
import { ErrorAlertComponent } from '../shared/error-alert.component';

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Revisions of an item, a side-by-side diff of any two, and restore after confirmation. */
@Component({
  selector: 'pt-admin-revision-history',
  imports: [
    TranslatePipe,
    ReactiveFormsModule,
    AdminDatePipe,
    ConfirmDialogComponent,
    DataTableComponent,
    ErrorAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .diff td {
      white-space: pre-wrap;
      width: 40%;
      font-size: 0.9rem;
    }
    .diff td.field {
      width: 20%;
    }
    td.comment {
      white-space: pre-wrap;
    }
    del {
      background: #fdecea;
      text-decoration: none;
    }
    ins {
      background: #e8f5ec;
      text-decoration: none;
    }
  `,
  template: `
    <section aria-labelledby="history-title">
      <h2 id="history-title">{{ 'admin.history.title' | translate }}</h2>
      @if (notYours()) {
        <p class="pt-hint">{{ 'admin.history.notYours' | translate }}</p>
      }
      <pt-error-alert [error]="error()" />
      <pt-admin-data-table [columns]="columns">
        <tbody>
          @for (r of revisions(); track r.number; let first = $first) {
            <tr>
              <td>{{ r.number }}</td>
              <td>{{ r.action }}</td>
              <td>{{ r.authorEmail }}</td>
              <td>{{ r.createdAt | ptAdminDate: tag() }}</td>
              <td>{{ fields(r) }}</td>
              <td>
                <div class="pt-actions">
                  @if (r.number > 1) {
                    <button type="button" class="pt-btn" (click)="compare(r.number - 1, r.number)">
                      {{ 'admin.history.showChanges' | translate }}
                      <span class="pt-visually-hidden">{{ r.number }}</span>
                    </button>
                  }
                  @if (!first && canRestore()) {
                    <button type="button" class="pt-btn" (click)="askRestore(r.number)">
                      {{ 'admin.history.restore' | translate: { n: r.number } }}
                    </button>
                  }
                </div>
              </td>
            </tr>
          }
        </tbody>
      </pt-admin-data-table>
      @if (reviewSteps(); as steps) {
        <h3 id="review-steps-title">{{ 'admin.review.history' | translate }}</h3>
        @if (steps.length === 0) {
          <p class="pt-hint">{{ 'admin.review.noSteps' | translate }}</p>
        } @else {
          <pt-admin-data-table
            [columns]="reviewColumns"
            [caption]="'admin.review.history' | translate"
          >
            <tbody>
              @for (e of steps; track e.id) {
                <tr>
                  <td>{{ 'admin.review.actions.' + e.action | translate }}</td>
                  <td>{{ names[e.locale] }}</td>
                  <td>{{ e.actorEmail }}</td>
                  <td>{{ e.createdAt | ptAdminDate: tag() }}</td>
                  <td class="comment">{{ e.comment }}</td>
                </tr>
              }
            </tbody>
          </pt-admin-data-table>
        }
      }
      <div class="pt-filters">
        <div class="pt-field">
          <label for="diff-from">{{ 'admin.history.from' | translate }}</label>
          <select id="diff-from" [formControl]="range.controls.from">
            @for (r of revisions(); track r.number) {
              <option [ngValue]="r.number">{{ r.number }}</option>
            }
          </select>
        </div>
        <div class="pt-field">
          <label for="diff-to">{{ 'admin.history.to' | translate }}</label>
          <select id="diff-to" [formControl]="range.controls.to">
            @for (r of revisions(); track r.number) {
              <option [ngValue]="r.number">{{ r.number }}</option>
            }
          </select>
        </div>
        <button type="button" class="pt-btn" (click)="compareChosen()">
          {{ 'admin.history.compare' | translate }}
        </button>
      </div>
      <div aria-live="polite">
        @if (diff(); as d) {
          <h3>{{ 'admin.history.diffTitle' | translate: { from: d.from, to: d.to } }}</h3>
          @if (d.changes.length === 0) {
            <p>{{ 'admin.history.noChanges' | translate }}</p>
          } @else {
            <div class="pt-table-wrap" tabindex="0">
              <table class="pt-table diff">
                <thead>
                  <tr>
                    <th scope="col">{{ 'admin.history.field' | translate }}</th>
                    <th scope="col">{{ 'admin.history.before' | translate: { n: d.from } }}</th>
                    <th scope="col">{{ 'admin.history.after' | translate: { n: d.to } }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (c of d.changes; track c.field) {
                    <tr>
                      <th scope="row" class="field">
                        <code>{{ c.field }}</code>
                      </th>
                      <td>
                        <del>{{ text(c.from) }}</del>
                      </td>
                      <td>
                        <ins>{{ text(c.to) }}</ins>
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        }
      </div>
      <pt-confirm-dialog
        #confirm
        [heading]="'admin.history.restoreTitle' | translate"
        [message]="'admin.history.restoreMessage' | translate: { n: pending() }"
        [confirmLabel]="'admin.history.restoreConfirm' | translate"
        (confirmed)="restore.emit(pending()!)"
      />
    </section>
  `,
})
export class RevisionHistoryComponent {
  private readonly api = inject(AdminApi);
  readonly section = input.required<ContentSection>();
  readonly item = input.required<AdminItem>();
  readonly tag = input('en-GB');
  /** Restoring is for roles with `content.publish`; the rest may still read and compare. */
  readonly canRestore = input(true);
  readonly restore = output<number>();
  /** Every language's review steps, newest first; null when the role may not read them. */
  readonly reviewSteps = input<readonly ReviewEvent[] | null>(null);
  protected readonly names = LOCALE_NAMES;
  protected readonly reviewColumns = [
    'admin.review.step',
    'admin.review.language',
    'admin.review.by',
    'admin.review.date',
    'admin.review.commentColumn',
  ];
  protected readonly columns = [
    'admin.history.revision',
    'admin.history.action',
    'admin.history.author',
    'admin.history.date',
    'admin.history.fields',
    'admin.common.actions',
  ];
  /** Loaded again for each version of the item (every save or publish makes a new one). */
  private readonly history = rxResource({
    params: () => ({ section: this.section(), item: this.item() }),
    stream: ({ params }) =>
      this.api.revisions(params.section, itemRef(params.section, params.item)),
  });
  /** The last list loaded: it stays while the next loads and when that fails. */
  protected readonly revisions = linkedSignal({
    source: this.history.snapshot,
    computation: (s, previous: { value: readonly RevisionSummary[] } | undefined) =>
      s.status === 'resolved' && s.value ? s.value : (previous?.value ?? []),
  });
  /** A comparison, put away when the list is loaded again. */
  protected readonly diff = linkedSignal<readonly RevisionSummary[], RevisionDiff | null>({
    source: this.revisions,
    computation: () => null,
  });
  /** A failed load or comparison; a refused history (403) is said by `notYours` instead. */
  protected readonly error = linkedSignal({
    source: this.history.snapshot,
    computation: (s, previous: { value: ReadableError | null } | undefined) => {
      const failed = s.status === 'error' ? readableError(s.error) : null;
      return failed && failed.status !== 403 ? failed : (previous?.value ?? null);
    },
  });
  /** The role reads only the history of items it has written in, and this is not one. */
  protected readonly notYours = linkedSignal({
    source: this.history.snapshot,
    computation: (s, previous: { value: boolean } | undefined) => {
      if (s.status === 'resolved') return false;
      if (s.status === 'error') return readableError(s.error).status === 403 || !!previous?.value;
      return previous?.value ?? false;
    },
  });
  /** The two revisions to compare, by number: the latest and the one before it at first. */
  protected readonly range = new FormGroup({
    from: new FormControl(1, { nonNullable: true }),
    to: new FormControl(1, { nonNullable: true }),
  });
  protected readonly pending = signal<number | null>(null);
  private readonly confirm = viewChild.required<ConfirmDialogComponent>('confirm');

  constructor() {
    // The range is a form control, not a signal: it follows each newly loaded list here.
    effect(() => {
      const list = this.revisions();
      untracked(() =>
        this.range.setValue({
          from: list[1]?.number ?? list[0]?.number ?? 1,
          to: list[0]?.number ?? 1,
        }),
      );
    });
  }

  /** A restore or the seed touches every field; the diff shows them all, the table a summary. */
  protected fields(r: RevisionSummary): string {
    const shown = r.changedFields.slice(0, 6).join(', ');
    return r.changedFields.length > 6 ? `${shown} … (+${r.changedFields.length - 6})` : shown;
  }

  protected text(value: unknown): string {
    return show(value);
  }

  protected askRestore(n: number): void {
    this.pending.set(n);
    this.confirm().open();
  }

  protected compareChosen(): Promise<void> {
    const { from, to } = this.range.getRawValue();
    return this.compare(from, to);
  }

  protected async compare(from: number, to: number): Promise<void> {
    this.error.set(null);
    try {
      this.diff.set(
        await firstValueFrom(
          this.api.diff(this.section(), itemRef(this.section(), this.item()), from, to),
        ),
      );
    } catch (error) {
      this.error.set(readableError(error));
    }
  }
}
