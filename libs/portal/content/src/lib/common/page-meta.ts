import { RESPONSE_INIT, effect, inject } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { TranslateService } from '@ngx-translate/core';
import { LocaleStore, PageMeta } from '@portal/portal/data-access';

export interface MetaSource {
  readonly title?: string;
  readonly description?: string;
}

/** Keeps `<title>` and the meta description in step with what the page shows. */
export function usePageMeta(source: () => MetaSource | null | undefined): void {
  const meta = inject(PageMeta);
  effect(() => {
    const value = source();
    if (value) meta.setPage(value.title, value.description);
  });
}

/** Title and description from translation keys, re-read when the language changes. */
export function useTranslatedMeta(titleKey: string, descriptionKey?: string): void {
  const translate = inject(TranslateService);
  const locale = inject(LocaleStore);
  usePageMeta(() => {
    locale.lang();
    return {
      title: translate.instant(titleKey),
      description: descriptionKey ? translate.instant(descriptionKey) : undefined,
    };
  });
}

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 404;
}

/** Sets the server response's status (404 for a missing item), so crawlers see it too. */
export function useResponseStatus(status: () => number | undefined): void {
  const init = inject(RESPONSE_INIT, { optional: true });
  if (!init) return;
  effect(() => {
    const value = status();
    if (value) (init as { status?: number }).status = value;
  });
}
