import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LOCALE_NAMES } from '@portal/domain/locales';
import { AdminApi } from '../data-access/admin-api.service';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import type { ReviewFilter, ReviewQueueEntry } from '../data-access/admin.types';
import { CONTENT_SECTIONS, type ContentSection } from '../data-access/content-sections';
import { pagedList } from '../data-access/paged-list';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { FilterFormComponent, type FilterValues } from '../shared/filter-form.component';
import { LanguageFilterComponent } from '../shared/language-filter.component';
import { ListStatusComponent } from '../shared/list-status.component';
import { PaginationComponent } from '../shared/pagination.component';
import { type ReviewDecision, ReviewActionsComponent } from '../shared/review-actions.component';
import { TextChangesComponent } from '../shared/text-changes.component';

const PAGE_SIZE = 10;

function sectionOf(entry: ReviewQueueEntry): ContentSection {
  return entry.kind === 'programme' ? CONTENT_SECTIONS.programmes : CONTENT_SECTIONS.pages;
}

function keyOf(entry: ReviewQueueEntry): string {
  return `${entry.itemId}:${entry.locale}`;
}

/**
 * The translations waiting for review, oldest first: who submitted each and why, a line diff
 * against the text visitors see now, and approve or send back with a comment.
 */
@Component({
  selector: 'pt-admin-review-page',
  imports: [
    TranslatePipe,
    RouterLink,
    AdminDatePipe,
    FilterFormComponent,
    LanguageFilterComponent,
    ListStatusComponent,
    PaginationComponent,
    ReviewActionsComponent,
    TextChangesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .entry h2 {
      margin-top: 0;
    }
    .submitter-comment {
      white-space: pre-wrap;
      border-left: 4px solid #5a6b7b;
      padding-left: 0.75rem;
      margin: 0.5rem 0;
    }
  `,
  template: `
    <h1>{{ 'admin.review.title' | translate }}</h1>
    <p class="pt-hint">{{ 'admin.review.intro' | translate }}</p>
    <form ptAdminFilterForm (filter)="applyFilter($event)">
      <pt-admin-language-filter
        fieldId="review-lang"
        label="admin.review.language"
        allLabel="admin.review.allLanguages"
        [selected]="list.filter().lang"
      />
    </form>
    <pt-admin-list-status [error]="list.error()" [count]="list.total()">
      @if (done(); as d) {
        <span class="pt-alert pt-alert--ok">{{ d }}</span>
      }
    </pt-admin-list-status>
    @if (list.items().length === 0 && !list.error()) {
      <p>{{ 'admin.review.empty' | translate }}</p>
    }
    @for (entry of list.items(); track key(entry)) {
      <article class="pt-card entry" [attr.aria-labelledby]="'entry-' + key(entry)">
        <h2 [id]="'entry-' + key(entry)">
          <span [attr.lang]="entry.locale">{{ entry.title }}</span>
          · {{ names[entry.locale] }}
        </h2>
        <p>
          {{
            'admin.review.submittedBy'
              | translate
                : {
                    email: entry.submission.actorEmail,
                    date: (entry.submission.createdAt | ptAdminDate: language.tag()),
                  }
          }}
          ·
          <a [routerLink]="editorLink(entry)" [queryParams]="{ tab: entry.locale }">{{
            'admin.review.openEditor' | translate
          }}</a>
        </p>
        @if (entry.submission.comment) {
          <p class="submitter-comment">{{ entry.submission.comment }}</p>
        }
        @if (entry.changedSinceSubmitted) {
          <p class="pt-alert pt-alert--warning">{{ 'admin.review.changedSince' | translate }}</p>
        }
        @if (entry.firstPublication) {
          <p class="pt-hint">{{ 'admin.review.firstPublication' | translate }}</p>
        }
        <h3>{{ 'admin.review.changes' | translate }}</h3>
        <pt-admin-text-changes
          [changes]="entry.changes"
          [lang]="entry.locale"
          [idPrefix]="'diff-' + key(entry)"
          [headingLevel]="4"
        />
        <pt-admin-review-actions
          [idPrefix]="'review-' + key(entry)"
          [subject]="entry.title + ' (' + names[entry.locale] + ')'"
          [schedulable]="true"
          [disabled]="busy()"
          [resetKey]="entry.submission.id"
          (decision)="act(entry, $event)"
        />
      </article>
    }
    <pt-admin-pagination [page]="list.page()" [pages]="list.pages()" (go)="list.go($event)" />
  `,
})
export class ReviewPageComponent {
  private readonly api = inject(AdminApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(AdminLanguageStore);
  protected readonly names: Readonly<Record<string, string>> = LOCALE_NAMES;
  protected readonly list = pagedList<ReviewQueueEntry, ReviewFilter>(
    (filter, size) => this.api.reviewQueue(filter, size),
    PAGE_SIZE,
  );
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly key = keyOf;

  protected editorLink(entry: ReviewQueueEntry): string[] {
    return [sectionOf(entry).route, entry.itemId];
  }

  protected applyFilter({ lang }: FilterValues): void {
    this.list.applyFilter({ lang });
  }

  protected async act(entry: ReviewQueueEntry, decision: ReviewDecision): Promise<void> {
    const { step, comment, publishAt } = decision;
    const section = sectionOf(entry);
    this.busy.set(true);
    this.done.set(null);
    const reviewed = await this.list.run(
      this.api.review(
        section,
        entry.itemId,
        entry.locale,
        step,
        entry.version,
        comment,
        publishAt ?? undefined,
      ),
    );
    if (reviewed) {
      this.done.set(
        this.translate.instant(
          step === 'approve' ? 'admin.review.approvedOne' : 'admin.review.rejectedOne',
          {
            title: entry.title,
            language: this.names[entry.locale],
          },
        ) as string,
      );
    }
    this.busy.set(false);
  }
}
