import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import { CONTENT_SECTIONS } from '../data-access/content-sections';
import type { OwnReviewEntry, ReviewQueueEntry } from '../data-access/admin.types';
import { DashboardStore } from '../data-access/dashboard.store';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { StatusBadgeComponent } from '../shared/status-badge.component';
import { TextChangesComponent, changeCounts } from '../shared/text-changes.component';
import { WorkListComponent } from './work-list.component';

@Component({
  selector: 'pt-admin-dashboard-page',
  imports: [
    TranslatePipe,
    RouterLink,
    WorkListComponent,
    StatusBadgeComponent,
    AdminDatePipe,
    TextChangesComponent,
  ],
  providers: [DashboardStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .changes summary {
      cursor: pointer;
      margin: 0.25rem 0;
    }
  `,
  template: `
    <h1>{{ 'admin.dashboard.title' | translate }}</h1>
    @if (store.loading() && !store.data()) {
      <p role="status">{{ 'admin.common.loading' | translate }}</p>
    }
    @if (store.data(); as d) {
      <div class="pt-grid">
        @if (d.review; as review) {
          <section class="pt-card" aria-labelledby="dash-review">
            <h2 id="dash-review">
              {{ 'admin.dashboard.review' | translate }}
              <span class="pt-hint">({{ review.total }})</span>
            </h2>
            @if (review.items.length === 0) {
              <p class="pt-hint">{{ 'admin.dashboard.noReview' | translate }}</p>
            } @else {
              <ul>
                @for (entry of review.items; track entry.itemId + entry.locale) {
                  <li>
                    <span [id]="reviewId(entry)" [attr.lang]="entry.locale">{{ entry.title }}</span>
                    <span class="pt-hint">
                      ({{ entry.locale }}) · {{ entry.submission.actorEmail }}</span
                    >
                    @if (entry.changes.length > 0) {
                      <details class="changes">
                        <summary [attr.aria-describedby]="reviewId(entry)">
                          {{ 'admin.dashboard.changes' | translate: counts(entry) }}
                        </summary>
                        @if (entry.firstPublication) {
                          <p class="pt-hint">
                            {{ 'admin.review.firstPublication' | translate }}
                          </p>
                        }
                        <pt-admin-text-changes
                          [changes]="entry.changes"
                          [lang]="entry.locale"
                          [idPrefix]="reviewId(entry) + '-diff'"
                          [headingLevel]="3"
                          [context]="2"
                        />
                      </details>
                    }
                  </li>
                }
              </ul>
            }
            <a routerLink="/admin/review">{{ 'admin.dashboard.allReview' | translate }}</a>
          </section>
        }
        @if (d.mine; as mine) {
          <section class="pt-card" aria-labelledby="dash-mine">
            <h2 id="dash-mine">{{ 'admin.dashboard.mine' | translate }}</h2>
            @if (mine.length === 0) {
              <p class="pt-hint">{{ 'admin.dashboard.noMine' | translate }}</p>
            } @else {
              <ul>
                @for (entry of mine; track entry.itemId + entry.locale) {
                  <li>
                    <a [routerLink]="editorLink(entry)" [queryParams]="{ tab: entry.locale }"
                      ><span [attr.lang]="entry.locale">{{ entry.title }}</span></a
                    >
                    <span class="pt-hint"> ({{ entry.locale }})</span>
                    <pt-status-badge [status]="entry.state === 'waiting' ? 'review' : 'rejected'" />
                    @if (entry.state === 'rejected' && entry.step.comment) {
                      <p class="pt-hint">
                        “{{ entry.step.comment }}” — {{ entry.step.actorEmail }}
                      </p>
                    }
                  </li>
                }
              </ul>
            }
          </section>
        }
        <pt-admin-work-list
          heading="admin.dashboard.drafts"
          empty="admin.dashboard.noDrafts"
          [items]="d.drafts"
        />
        <pt-admin-work-list
          heading="admin.dashboard.scheduled"
          empty="admin.dashboard.noScheduled"
          [items]="d.scheduled"
          [showDate]="true"
        />
        <pt-admin-work-list
          heading="admin.dashboard.outdated"
          empty="admin.dashboard.noOutdated"
          [items]="d.outdated"
        />
        <section class="pt-card" aria-labelledby="dash-docs">
          <h2 id="dash-docs">{{ 'admin.dashboard.documents' | translate }}</h2>
          @if (d.documents === null) {
            <p class="pt-hint">{{ 'admin.dashboard.unavailable' | translate }}</p>
          } @else if (d.documents.length === 0) {
            <p class="pt-hint">{{ 'admin.dashboard.noDocuments' | translate }}</p>
          } @else {
            <ul>
              @for (doc of d.documents; track doc.id) {
                <li>
                  <a [routerLink]="['/admin/documents']" [queryParams]="{ open: doc.id }">{{
                    doc.title
                  }}</a>
                  <span lang="{{ doc.lang }}"> ({{ doc.lang }})</span>
                  <pt-status-badge [status]="doc.status" />
                  @if (doc.createdAt) {
                    <span class="pt-hint"> {{ doc.createdAt | ptAdminDate: language.tag() }}</span>
                  }
                </li>
              }
            </ul>
          }
          <a routerLink="/admin/documents">{{ 'admin.dashboard.allDocuments' | translate }}</a>
        </section>
        <section class="pt-card" aria-labelledby="dash-questions">
          <h2 id="dash-questions">{{ 'admin.dashboard.unanswered' | translate }}</h2>
          @if (d.unanswered === null) {
            <p class="pt-hint">{{ 'admin.dashboard.unavailable' | translate }}</p>
          } @else if (d.unanswered.length === 0) {
            <p class="pt-hint">{{ 'admin.dashboard.noUnanswered' | translate }}</p>
          } @else {
            <ul>
              @for (q of d.unanswered; track $index) {
                <li>
                  <span [attr.lang]="q.langs?.[0] ?? null">{{ q.question }}</span>
                  <span class="pt-hint">
                    · {{ 'admin.insights.asked' | translate: { count: q.count } }}</span
                  >
                </li>
              }
            </ul>
          }
          <a routerLink="/admin/assistant">{{ 'admin.dashboard.allQuestions' | translate }}</a>
        </section>
      </div>
      <p class="pt-actions">
        <a class="pt-btn pt-btn--primary" [routerLink]="pagesNew">{{
          'admin.content.newPage' | translate
        }}</a>
      </p>
    }
  `,
})
export class DashboardPageComponent {
  protected readonly store = inject(DashboardStore);
  protected readonly language = inject(AdminLanguageStore);
  protected readonly pagesNew = `${CONTENT_SECTIONS.pages.route}/new`;

  /** What the compact diff of a waiting translation adds and removes, for its summary. */
  protected counts(entry: ReviewQueueEntry): { added: number; removed: number } {
    return changeCounts(entry.changes);
  }

  protected reviewId(entry: ReviewQueueEntry): string {
    return `dash-review-${entry.itemId}-${entry.locale}`;
  }

  protected editorLink(entry: OwnReviewEntry): string[] {
    const section =
      entry.kind === 'programme' ? CONTENT_SECTIONS.programmes : CONTENT_SECTIONS.pages;
    return [section.route, entry.itemId];
  }

  constructor() {
    void this.store.load();
  }
}
