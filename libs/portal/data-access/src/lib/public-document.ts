import type { DocumentPassage } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';

export type { DocumentPassage } from '@portal/domain/content';

/**
 * GET /api/documents/:id. Not yet in `@portal/domain/content` payloads; move it there
 * when the API side adds the endpoint's DTO.
 */
export interface PublicDocument {
  readonly id: string;
  readonly title: string;
  readonly lang: Locale;
  readonly requestedLang?: Locale;
  readonly sourceUrl?: string;
  readonly passages: readonly DocumentPassage[];
}
