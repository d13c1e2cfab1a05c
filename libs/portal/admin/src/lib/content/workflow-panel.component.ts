import type { AdminTranslation } from '@portal/domain/content';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { LOCALE_NAMES, type Locale } from '@portal/domain/locales';
import { localeState } from '../data-access/content-editor.store';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { StatusBadgeComponent } from '../shared/status-badge.component';
import { futureInstant } from '../shared/future-instant';

export interface ScheduleRequest {
  readonly locale: Locale;
  /** ISO date-time in UTC. */
  readonly at: string;
}

/**
 * Publish, unpublish and schedule one locale; everything waits until the drafts are saved.
 * Each action names the version on screen, so none acts on text the editor has not seen.
 */
@Component({
  selector: 'pt-admin-workflow-panel',
  imports: [TranslatePipe, ReactiveFormsModule, AdminDatePipe, StatusBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pt-card" [attr.aria-labelledby]="'wf-' + locale()">
      <h2 [id]="'wf-' + locale()">
        {{ 'admin.editor.workflow' | translate: { language: names[locale()] } }}
      </h2>
      @if (translation(); as t) {
        <p>
          <pt-status-badge [status]="state()" />
          @if (t.publishedAt) {
            {{
              'admin.editor.publishedAt' | translate: { date: (t.publishedAt | ptAdminDate: tag()) }
            }}
          }
          @if (t.status === 'scheduled' && t.publishAt) {
            {{
              'admin.editor.scheduledFor'
                | translate
                  : { date: (t.publishAt | ptAdminDate: tag()), revision: t.scheduledRevision }
            }}
          }
        </p>
        @if (changedSinceScheduled()) {
          <p class="pt-alert pt-alert--warning">
            {{
              'admin.editor.changedSinceScheduled' | translate: { revision: t.scheduledRevision }
            }}
          </p>
        }
        @if (t.hasUnpublishedChanges) {
          <p class="pt-hint">{{ 'admin.editor.unpublishedChanges' | translate }}</p>
        }
        @if (t.outdated) {
          <p class="pt-alert pt-alert--warning">{{ 'admin.editor.outdatedHint' | translate }}</p>
        }
        @if (dirty()) {
          <p class="pt-hint" [id]="'wf-hint-' + locale()">
            {{ 'admin.editor.saveFirst' | translate }}
          </p>
        }
        @if (!canPublish()) {
          <p class="pt-hint">{{ 'admin.editor.publishedByEditors' | translate }}</p>
        }
        <div class="pt-actions">
          @if (canPublish()) {
            <button
              type="button"
              class="pt-btn pt-btn--primary"
              [disabled]="dirty() || busy()"
              [attr.aria-describedby]="dirty() ? 'wf-hint-' + locale() : null"
              (click)="publish.emit([locale()])"
            >
              {{ 'admin.editor.publish' | translate: { language: names[locale()] } }}
            </button>
          }
          @if (canPublish() && t.status !== 'draft') {
            <button
              type="button"
              class="pt-btn"
              [disabled]="dirty() || busy()"
              (click)="unpublish.emit(locale())"
            >
              {{ 'admin.editor.unpublish' | translate: { language: names[locale()] } }}
            </button>
          }
          @if (t.outdated) {
            <button
              type="button"
              class="pt-btn"
              [disabled]="dirty() || busy()"
              (click)="markUpToDate.emit(locale())"
            >
              {{ 'admin.editor.markUpToDate' | translate }}
            </button>
          }
        </div>
        @if (canPublish()) {
          <div class="pt-filters">
            <div class="pt-field">
              <label [for]="'wf-at-' + locale()">{{ 'admin.editor.scheduleAt' | translate }}</label>
              <input
                [id]="'wf-at-' + locale()"
                type="datetime-local"
                [attr.aria-describedby]="when() && !futureIso() ? 'wf-at-hint-' + locale() : null"
                [formControl]="whenControl"
              />
            </div>
            <button
              type="button"
              class="pt-btn"
              [disabled]="dirty() || busy() || !futureIso()"
              (click)="schedule.emit({ locale: locale(), at: futureIso()! })"
            >
              {{ 'admin.editor.schedule' | translate }}
            </button>
          </div>
        }
        @if (when() && !futureIso()) {
          <p class="pt-hint" role="status" [id]="'wf-at-hint-' + locale()">
            {{ 'admin.editor.scheduleFuture' | translate }}
          </p>
        }
        @if (canPublish() && otherLocales().length) {
          <div class="pt-actions">
            <button
              type="button"
              class="pt-btn"
              [disabled]="dirty() || busy()"
              (click)="publish.emit(allLocales())"
            >
              {{ 'admin.editor.publishAll' | translate }}
            </button>
          </div>
        }
      } @else {
        <p class="pt-hint">{{ 'admin.editor.notTranslated' | translate }}</p>
      }
    </section>
  `,
})
export class WorkflowPanelComponent {
  protected readonly names = LOCALE_NAMES;
  readonly locale = input.required<Locale>();
  /** Publishing, scheduling and unpublishing are for roles with `content.publish`. */
  readonly canPublish = input(true);
  readonly translation = input<AdminTranslation | undefined>();
  readonly allLocales = input<readonly Locale[]>([]);
  readonly dirty = input(false);
  readonly busy = input(false);
  readonly tag = input('en-GB');
  readonly publish = output<readonly Locale[]>();
  readonly unpublish = output<Locale>();
  readonly schedule = output<ScheduleRequest>();
  readonly markUpToDate = output<Locale>();
  /** A datetime-local value: the editor's wall time. */
  protected readonly whenControl = new FormControl('', { nonNullable: true });
  protected readonly when = toSignal(this.whenControl.valueChanges, {
    initialValue: this.whenControl.value,
  });

  protected readonly state = computed(() => localeState(this.translation()));
  /** A schedule publishes the revision it was given; later saves are not part of it. */
  protected readonly changedSinceScheduled = computed(() => {
    const t = this.translation();
    return (
      t?.status === 'scheduled' &&
      t.scheduledRevision != null &&
      t.changedRevision !== undefined &&
      t.changedRevision !== t.scheduledRevision
    );
  });
  protected readonly otherLocales = computed(() =>
    this.allLocales().filter((l) => l !== this.locale()),
  );
  /** datetime-local is local wall time; the API wants an instant. */
  protected readonly futureIso = computed(() => futureInstant(this.when()));
}
