import type { Localized } from '@portal/domain/locales';

export interface SeedTranslation {
  readonly title: string;
  /** One or two plain-text sentences. */
  readonly summary: string;
  /** Markdown: paragraphs separated by blank lines, `- ` bullet lists. */
  readonly body: string;
}

/** A page the database is seeded with, in all six languages. */
export interface SeedPage {
  readonly slug: string;
  readonly translations: Localized<SeedTranslation>;
}
