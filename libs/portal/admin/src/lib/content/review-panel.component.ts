import type { AdminTranslation } from '@portal/domain/content';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  untracked,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { LOCALE_NAMES, type Locale } from '@portal/domain/locales';
import type { ReviewEvent } from '../data-access/admin.types';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { REVIEW_COMMENT_MAX, ReviewActionsComponent } from '../shared/review-actions.component';

export type ReviewStep = 'submit' | 'approve' | 'reject';

export interface ReviewRequest {
  readonly step: ReviewStep;
  readonly comment: string;
}

/**
 * The review of one language: a writer submits it with a comment and reads why it was sent
 * back; an editor approves or sends it back, with a comment, while it waits.
 */
@Component({
  selector: 'pt-admin-review-panel',
  imports: [TranslatePipe, ReactiveFormsModule, AdminDatePipe, ReviewActionsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pt-card" [attr.aria-labelledby]="'review-' + locale()">
      <h2 [id]="'review-' + locale()">
        {{ 'admin.review.panelTitle' | translate: { language: names[locale()] } }}
      </h2>
      @if (waiting() && latest(); as l) {
        <p>
          <strong>{{ 'admin.review.title' | translate }}.</strong>
          {{
            'admin.review.submittedBy'
              | translate: { email: l.actorEmail, date: (l.createdAt | ptAdminDate: tag()) }
          }}
        </p>
        @if (l.comment) {
          <blockquote class="pt-review__comment">{{ l.comment }}</blockquote>
        }
      } @else if (latest()?.action === 'reject') {
        <div class="pt-alert pt-alert--warning">
          <p>
            {{
              'admin.review.sentBack'
                | translate
                  : {
                      email: latest()!.actorEmail,
                      date: (latest()!.createdAt | ptAdminDate: tag()),
                    }
            }}
          </p>
          <p class="pt-review__comment">{{ latest()!.comment }}</p>
        </div>
      }
      @if (dirty()) {
        <p class="pt-hint" [id]="'review-hint-' + locale()">
          {{ 'admin.editor.saveFirst' | translate }}
        </p>
      }
      @if (canReview() && waiting()) {
        <pt-admin-review-actions
          [idPrefix]="'review-' + locale()"
          [disabled]="dirty() || busy()"
          [describedBy]="dirty() ? 'review-hint-' + locale() : null"
          [resetKey]="subjectKey()"
          (decision)="step.emit({ step: $event.step, comment: $event.comment })"
        />
      } @else if (canSubmit() && !canReview() && !waiting()) {
        @if (nothingToSubmit()) {
          <p class="pt-hint">{{ 'admin.review.nothingToSubmit' | translate }}</p>
        } @else {
          <div class="pt-field">
            <label [for]="'review-comment-' + locale()">{{
              'admin.review.writerComment' | translate
            }}</label>
            <textarea
              [id]="'review-comment-' + locale()"
              rows="2"
              [maxlength]="commentMax"
              [formControl]="comment"
            ></textarea>
          </div>
          <div class="pt-actions">
            <button
              type="button"
              class="pt-btn pt-btn--primary"
              [disabled]="dirty() || busy()"
              [attr.aria-describedby]="dirty() ? 'review-hint-' + locale() : null"
              (click)="submit()"
            >
              {{ 'admin.review.submit' | translate }}
            </button>
            <span class="pt-hint">{{ 'admin.review.submitHint' | translate }}</span>
          </div>
        }
      }
    </section>
  `,
  styles: `
    .pt-review__comment {
      white-space: pre-wrap;
      margin: 0.5rem 0;
    }
    blockquote.pt-review__comment {
      border-left: 4px solid #5a6b7b;
      padding-left: 0.75rem;
    }
  `,
})
export class ReviewPanelComponent {
  protected readonly names = LOCALE_NAMES;
  protected readonly commentMax = REVIEW_COMMENT_MAX;
  readonly locale = input.required<Locale>();
  readonly translation = input<AdminTranslation | undefined>();
  /** The language's latest review step. */
  readonly latest = input<ReviewEvent | undefined>();
  readonly waiting = input(false);
  /** Writers (`content.submit`) submit; reviewers (`content.publish`) approve or send back. */
  readonly canSubmit = input(false);
  readonly canReview = input(false);
  readonly dirty = input(false);
  readonly busy = input(false);
  readonly tag = input('en-GB');
  readonly step = output<ReviewRequest>();
  /** The language and its latest step: the comments start empty when either changes. */
  protected readonly subjectKey = computed(() => `${this.locale()} ${this.latest()?.id ?? ''}`);
  /** The writer's comment; kept when a request fails. */
  protected readonly comment = new FormControl('', { nonNullable: true });

  /** Visitors see this text already, or a schedule will publish it: nothing to review. */
  protected readonly nothingToSubmit = computed(() => {
    const t = this.translation();
    if (!t) return true;
    if (t.status === 'scheduled') return t.changedRevision === t.scheduledRevision;
    return t.status === 'published' && !t.hasUnpublishedChanges;
  });

  constructor() {
    effect(() => {
      this.subjectKey();
      untracked(() => this.comment.reset());
    });
  }

  protected submit(): void {
    this.step.emit({ step: 'submit', comment: this.comment.value });
  }
}
