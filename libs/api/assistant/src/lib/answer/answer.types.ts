import type { Citation } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';

export type { Citation };

/** A passage handed to an answerer: retrieved text plus where it came from. */
export interface SourcePassage {
  readonly id: string;
  readonly title: string;
  readonly heading?: string;
  readonly text: string;
  /** Link to the passage itself (with its `#p<n>` anchor). */
  readonly url: string;
  readonly lang: Locale;
  readonly score: number;
  readonly documentId?: string;
}

export interface DraftAnswer {
  readonly answer: string;
  readonly refused: boolean;
  readonly citations: readonly Citation[];
}
