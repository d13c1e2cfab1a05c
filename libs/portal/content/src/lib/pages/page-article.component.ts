import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { PagePayload } from '@portal/domain/content';
import { LOCALE_TAGS } from '@portal/domain/locales';
import { LocalDatePipe, PageHeaderComponent } from '@portal/portal/ui';
import { BodyHtmlComponent } from '../common/body-html.component';
import { ServedNoticeComponent } from '../common/served-notice.component';

/** One editorial page: title, summary, language notices, body and last update. */
@Component({
  selector: 'pt-page-article',
  imports: [
    TranslatePipe,
    BodyHtmlComponent,
    LocalDatePipe,
    PageHeaderComponent,
    ServedNoticeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<article [attr.lang]="page().lang">
    <pt-page-header [heading]="page().title" [lead]="page().summary" />
    <pt-served-notice [served]="page()" />
    <pt-body-html [html]="page().body" />
    @if (page().updatedAt) {
      <p class="updated">
        <span [attr.lang]="uiLang()">{{ 'content.page.updated' | translate }}</span>
        <time [attr.datetime]="page().updatedAt">{{ page().updatedAt | ptLocalDate: tag() }}</time>
      </p>
    }
  </article>`,
  styles: `
    .updated {
      margin-top: var(--pt-space-4);
      color: var(--pt-muted);
      font-size: 0.9rem;
      display: flex;
      gap: 0.4ch;
    }
  `,
})
export class PageArticleComponent {
  readonly page = input.required<PagePayload>();
  readonly uiLang = input.required<string>();

  protected readonly tag = computed(
    () => LOCALE_TAGS[this.uiLang() as keyof typeof LOCALE_TAGS] ?? this.uiLang(),
  );
}
