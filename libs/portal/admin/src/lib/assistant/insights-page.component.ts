import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { isLocale } from '@portal/domain/locales';
import { AdminApi } from '../data-access/admin-api.service';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import type { Insight, InsightFilter } from '../data-access/admin.types';
import { pagedList } from '../data-access/paged-list';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { FilterFormComponent, type FilterValues } from '../shared/filter-form.component';
import { LanguageFilterComponent } from '../shared/language-filter.component';
import { ListStatusComponent } from '../shared/list-status.component';
import { PaginationComponent } from '../shared/pagination.component';
import { StatusBadgeComponent } from '../shared/status-badge.component';
import { StatusFilterComponent } from '../shared/status-filter.component';

const PAGE_SIZE = 20;
const STATES = ['open', 'answered', 'dismissed'] as const;

/**
 * The insights queue: questions the assistant refused or visitors marked unhelpful, with
 * what visitors wrote, the answer they got and its sources. Each is marked answered by a
 * page, dismissed, or reopened, so the open ones are the content still missing.
 */
@Component({
  selector: 'pt-admin-insights-page',
  imports: [
    TranslatePipe,
    RouterLink,
    AdminDatePipe,
    FilterFormComponent,
    LanguageFilterComponent,
    ListStatusComponent,
    PaginationComponent,
    StatusBadgeComponent,
    StatusFilterComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .answer {
      white-space: pre-wrap;
      font-size: 0.95rem;
      max-width: 32rem;
    }
    .insight-list {
      margin: 0;
      padding-left: 1.1rem;
    }
    .answer-form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: end;
    }
  `,
  template: `
    <h1>{{ 'admin.insights.title' | translate }}</h1>
    <p class="pt-hint">{{ 'admin.insights.intro' | translate }}</p>
    <form ptAdminFilterForm (filter)="applyFilter($event)">
      <pt-admin-language-filter
        fieldId="insight-lang"
        label="admin.insights.language"
        [selected]="list.filter().lang"
      />
      <pt-admin-status-filter
        fieldId="insight-state"
        label="admin.insights.state"
        name="state"
        [statuses]="states"
        [selected]="list.filter().state"
      />
    </form>
    <pt-admin-list-status [error]="list.error()" [count]="list.total()" />
    @if (list.items().length === 0 && !list.error()) {
      <p>{{ 'admin.insights.none' | translate }}</p>
    } @else {
      <div
        class="pt-table-wrap"
        tabindex="0"
        role="region"
        [attr.aria-label]="'admin.insights.title' | translate"
      >
        <table class="pt-table">
          <caption class="pt-visually-hidden">
            {{
              'admin.insights.title' | translate
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'admin.insights.question' | translate }}</th>
              <th scope="col">{{ 'admin.insights.count' | translate }}</th>
              <th scope="col">{{ 'admin.insights.why' | translate }}</th>
              <th scope="col">{{ 'admin.insights.answer' | translate }}</th>
              <th scope="col">{{ 'admin.insights.state' | translate }}</th>
              <th scope="col">{{ 'admin.common.actions' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (q of list.items(); track q.id) {
              <tr>
                <th scope="row" [attr.lang]="lang(q)">{{ q.question }}</th>
                <td>
                  {{ q.count }}
                  <span class="pt-hint">· {{ q.lastAskedAt | ptAdminDate: language.tag() }}</span>
                </td>
                <td>
                  @if (q.refused) {
                    <p>{{ 'admin.insights.refused' | translate }} ({{ q.refused }})</p>
                  }
                  @if (q.downVoted) {
                    <p>{{ 'admin.insights.downVoted' | translate: { count: q.downVoted } }}</p>
                  }
                  @if (q.comments.length) {
                    <p>{{ 'admin.insights.comments' | translate }}</p>
                    <ul class="insight-list">
                      @for (c of q.comments; track $index) {
                        <li [attr.lang]="lang(q)">“{{ c.comment }}”</li>
                      }
                    </ul>
                  }
                </td>
                <td>
                  <p class="answer" [attr.lang]="lang(q)">{{ q.answer || '—' }}</p>
                  @if (q.sources.length) {
                    <p>{{ 'admin.insights.sources' | translate }}</p>
                    <ul class="insight-list">
                      @for (s of q.sources; track s.url) {
                        <li>
                          <a [href]="s.url">{{ s.title }}</a>
                        </li>
                      }
                    </ul>
                  }
                </td>
                <td>
                  <pt-status-badge [status]="q.state" />
                  @if (q.answeredBy; as p) {
                    <p>
                      {{ 'admin.insights.answeredBy' | translate }}
                      <a [routerLink]="'/admin/pages/' + p.id">{{ p.title }}</a>
                    </p>
                  }
                  @if (q.handledBy) {
                    <p class="pt-hint">
                      {{ q.handledBy }} · {{ q.handledAt | ptAdminDate: language.tag() }}
                    </p>
                  }
                </td>
                <td>
                  <div class="pt-actions">
                    @if (q.state === 'open') {
                      <form class="answer-form" (submit)="answer($event, q)">
                        <div class="pt-field">
                          <label [for]="'answer-' + q.id">{{
                            'admin.insights.answeredByPage' | translate
                          }}</label>
                          <input
                            [id]="'answer-' + q.id"
                            name="page"
                            required
                            [attr.placeholder]="'admin.insights.pageSlug' | translate"
                          />
                        </div>
                        <button type="submit" class="pt-btn pt-btn--primary">
                          {{ 'admin.insights.markAnswered' | translate }}
                          <span class="pt-visually-hidden">{{ q.question }}</span>
                        </button>
                      </form>
                      <button type="button" class="pt-btn" (click)="act(q, 'dismiss')">
                        {{ 'admin.insights.dismiss' | translate }}
                        <span class="pt-visually-hidden">{{ q.question }}</span>
                      </button>
                      <a
                        class="pt-btn"
                        routerLink="/admin/pages/new"
                        [queryParams]="{ title: q.question, lang: lang(q) }"
                        >{{ 'admin.insights.write' | translate }}
                        <span class="pt-visually-hidden">{{ q.question }}</span></a
                      >
                    } @else {
                      <button type="button" class="pt-btn" (click)="act(q, 'reopen')">
                        {{ 'admin.insights.reopen' | translate }}
                        <span class="pt-visually-hidden">{{ q.question }}</span>
                      </button>
                    }
                  </div>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <pt-admin-pagination [page]="list.page()" [pages]="list.pages()" (go)="list.go($event)" />
    }
  `,
})
export class InsightsPageComponent {
  private readonly api = inject(AdminApi);
  protected readonly language = inject(AdminLanguageStore);
  protected readonly states = STATES;
  protected readonly list = pagedList<Insight, InsightFilter>(
    (filter, size) => this.api.insights(filter, size),
    PAGE_SIZE,
  );

  constructor() {
    // Open questions first: they are the work still to do.
    this.list.applyFilter({ state: 'open' });
  }

  protected lang(q: Insight): string | null {
    return q.langs.find((l) => isLocale(l)) ?? null;
  }

  protected applyFilter({ lang, state }: FilterValues): void {
    this.list.applyFilter({ lang, state });
  }

  protected async answer(event: Event, q: Insight): Promise<void> {
    event.preventDefault();
    const page = String(new FormData(event.target as HTMLFormElement).get('page') ?? '').trim();
    if (!page) return;
    await this.list.run(this.api.answerInsight(q.id, page));
  }

  protected async act(q: Insight, action: 'dismiss' | 'reopen'): Promise<void> {
    await this.list.run(this.api.setInsightState(q.id, action));
  }
}
