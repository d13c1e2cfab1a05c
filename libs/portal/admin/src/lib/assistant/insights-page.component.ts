import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../data-access/admin-api.service';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import type { UnansweredQuestion } from '../data-access/admin.types';
import { type ReadableError, readableError } from '../data-access/api-error';
import { questionLang, unansweredItems } from '../data-access/insights';
import { AdminDatePipe } from '../shared/admin-date.pipe';
import { ErrorAlertComponent } from '../shared/error-alert.component';

/** Questions the assistant could not answer well: where the portal's content has gaps. */
@Component({
  selector: 'pt-admin-insights-page',
  imports: [TranslatePipe, RouterLink, AdminDatePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .answer {
      white-space: pre-wrap;
      font-size: 0.95rem;
      max-width: 40rem;
    }
  `,
  template: `
    <h1>{{ 'admin.insights.title' | translate }}</h1>
    <p class="pt-hint">{{ 'admin.insights.intro' | translate }}</p>
    <pt-error-alert [error]="error()" />
    @if (loading()) {
      <p role="status">{{ 'admin.common.loading' | translate }}</p>
    } @else if (questions().length === 0 && !error()) {
      <p>{{ 'admin.insights.none' | translate }}</p>
    } @else {
      <div class="pt-table-wrap" tabindex="0">
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
              <th scope="col">{{ 'admin.common.actions' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (q of questions(); track $index) {
              <tr>
                <th scope="row" [attr.lang]="lang(q)">{{ q.question }}</th>
                <td>
                  {{ q.count }}
                  @if (q.lastAskedAt) {
                    <span class="pt-hint">
                      · {{ q.lastAskedAt | ptAdminDate: language.tag() }}</span
                    >
                  }
                </td>
                <td>
                  @if (q.refused) {
                    <p>{{ 'admin.insights.refused' | translate }} ({{ q.refused }})</p>
                  }
                  @if (q.downVoted) {
                    <p>{{ 'admin.insights.downVoted' | translate: { count: q.downVoted } }}</p>
                  }
                </td>
                <td class="answer" [attr.lang]="lang(q)">{{ q.answer || '—' }}</td>
                <td>
                  <a
                    class="pt-btn"
                    routerLink="/admin/pages/new"
                    [queryParams]="{ title: q.question, lang: lang(q) }"
                    >{{ 'admin.insights.write' | translate }}
                    <span class="pt-visually-hidden">{{ q.question }}</span></a
                  >
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
})
export class InsightsPageComponent {
  private readonly api = inject(AdminApi);
  protected readonly language = inject(AdminLanguageStore);
  protected readonly questions = signal<readonly UnansweredQuestion[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<ReadableError | null>(null);

  constructor() {
    void this.load();
  }

  protected lang(q: UnansweredQuestion): string | null {
    return questionLang(q);
  }

  private async load(): Promise<void> {
    try {
      this.questions.set(unansweredItems(await firstValueFrom(this.api.unanswered())));
    } catch (error) {
      this.error.set(readableError(error));
    }
    this.loading.set(false);
  }
}
