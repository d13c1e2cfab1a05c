import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Served } from '@portal/domain/content';
import { LOCALE_NAMES } from '@portal/domain/locales';
import { NoticeComponent } from '@portal/portal/ui';

/**
 * Tells the visitor when the text is shown in another language than the one asked for
 * (translation missing) or when its translation lags behind the original.
 */
@Component({
  selector: 'pt-served-notice',
  imports: [TranslatePipe, NoticeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (fallback()) {
      <pt-notice tone="info">{{ 'content.notice.fallback' | translate: names() }}</pt-notice>
    }
    @if (served().outdated) {
      <pt-notice tone="warning">{{ 'content.notice.outdated' | translate }}</pt-notice>
    }`,
})
export class ServedNoticeComponent {
  readonly served = input.required<Pick<Served, 'lang' | 'requestedLang' | 'outdated'>>();
  protected readonly fallback = computed(() => {
    const s = this.served();
    return !!s.requestedLang && s.lang !== s.requestedLang;
  });
  protected readonly names = computed(() => ({
    requested: LOCALE_NAMES[this.served().requestedLang] ?? this.served().requestedLang,
    shown: LOCALE_NAMES[this.served().lang] ?? this.served().lang,
  }));
}
