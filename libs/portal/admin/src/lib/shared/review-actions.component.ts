import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { futureInstant } from './future-instant';

/** The API caps review comments at this length; the field stops there too. */
export const REVIEW_COMMENT_MAX = 2000;

export interface ReviewDecision {
  readonly step: 'approve' | 'reject';
  readonly comment: string;
  /** The ISO instant an approval publishes at; null publishes at once. */
  readonly publishAt: string | null;
}

/**
 * A reviewer's answer to one waiting language: a comment, an optional date for the approval,
 * approve, or send back (only with a comment, which the writer reads in the editor).
 */
@Component({
  selector: 'pt-admin-review-actions',
  imports: [TranslatePipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="pt-field">
      <label [for]="idPrefix() + '-comment'">{{ 'admin.review.comment' | translate }}</label>
      <textarea
        [id]="idPrefix() + '-comment'"
        rows="3"
        [maxlength]="maxLength"
        [attr.aria-describedby]="idPrefix() + '-comment-hint'"
        [formControl]="form.controls.comment"
      ></textarea>
      <p class="pt-hint" [id]="idPrefix() + '-comment-hint'">
        {{ 'admin.review.commentHint' | translate }}
      </p>
    </div>
    @if (schedulable()) {
      <div class="pt-field">
        <label [for]="idPrefix() + '-when'">{{ 'admin.editor.scheduleAt' | translate }}</label>
        <input
          [id]="idPrefix() + '-when'"
          type="datetime-local"
          [attr.aria-describedby]="idPrefix() + '-when-hint'"
          [formControl]="form.controls.when"
        />
        <p class="pt-hint" [id]="idPrefix() + '-when-hint'">
          {{ 'admin.review.scheduleHint' | translate }}
        </p>
      </div>
    }
    <div class="pt-actions">
      <button
        type="button"
        class="pt-btn pt-btn--primary"
        [disabled]="disabled() || pastDate()"
        [attr.aria-describedby]="describedBy()"
        (click)="decide('approve')"
      >
        {{ 'admin.review.approve' | translate }}
        @if (subject(); as s) {
          <span class="pt-visually-hidden">{{ s }}</span>
        }
      </button>
      <button
        type="button"
        class="pt-btn"
        [disabled]="disabled() || !hasComment()"
        [attr.aria-describedby]="describedBy()"
        (click)="decide('reject')"
      >
        {{ 'admin.review.reject' | translate }}
        @if (subject(); as s) {
          <span class="pt-visually-hidden">{{ s }}</span>
        }
      </button>
    </div>
  `,
})
export class ReviewActionsComponent {
  /** Prefix of the fields' ids, unique on the page. */
  readonly idPrefix = input.required<string>();
  /** Appended, visually hidden, to the buttons' names where several reviews share a page. */
  readonly subject = input<string | null>(null);
  /** Offers a date, so that an approval schedules the text instead of publishing it now. */
  readonly schedulable = input(false);
  readonly disabled = input(false);
  /** The id of a text explaining why the buttons are disabled, while it is shown. */
  readonly describedBy = input<string | null>(null);
  /** The comment and date empty when this changes (another language, a new step). */
  readonly resetKey = input<unknown>(null);
  readonly decision = output<ReviewDecision>();

  protected readonly maxLength = REVIEW_COMMENT_MAX;
  protected readonly form = new FormGroup({
    comment: new FormControl('', { nonNullable: true }),
    /** A datetime-local value (local wall time); empty publishes at once. */
    when: new FormControl('', { nonNullable: true }),
  });
  private readonly value = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    {
      initialValue: this.form.getRawValue(),
    },
  );
  protected readonly hasComment = computed(() => this.value().comment.trim() !== '');
  /** A date that is not in the future would publish at once: the approval waits for a fix. */
  protected readonly pastDate = computed(() => {
    const when = this.value().when;
    return when !== '' && futureInstant(when) === null;
  });

  constructor() {
    // A failed request keeps what was typed; only a change of subject empties the fields.
    effect(() => {
      this.resetKey();
      untracked(() => this.form.reset());
    });
  }

  protected decide(step: ReviewDecision['step']): void {
    const { comment, when } = this.form.getRawValue();
    this.decision.emit({
      step,
      comment,
      publishAt: step === 'approve' && this.schedulable() ? futureInstant(when) : null,
    });
  }
}
