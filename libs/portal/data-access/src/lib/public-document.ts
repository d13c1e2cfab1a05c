import type { Locale } from '@portal/domain/locales';

/**
 * GET /api/documents/:id. Not yet in `@portal/domain/content` payloads; move it there
 * when the API side adds the endpoint's DTO.
 */
export interface DocumentPassage {
  readonly anchor: string;
  readonly heading?: string;
  readonly text: string;
}

export interface PublicDocument {
  readonly id: string;
  readonly title: string;
  readonly lang: Locale;
  readonly requestedLang?: Locale;
  readonly sourceUrl?: string;
  readonly passages: readonly DocumentPassage[];
}
