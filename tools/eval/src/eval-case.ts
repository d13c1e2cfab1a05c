import type { HistoryTurn } from '@portal/api/assistant';
import type { Locale } from '@portal/domain/locales';

/**
 * One evaluation question. `sources` name what answers it: a page path after the locale
 * (`policing`, `programmes/...`) or `doc:<id>` for a document of the set. No sources =
 * unanswerable: the assistant must refuse. `facts` are what a right answer contains: case-
 * insensitive patterns (`match: 'pattern'`, our own set) or literal strings compared on
 * folded text (`match: 'folded'`, sets in the shared folder format).
 */
export interface EvalCase {
  readonly id: string;
  readonly lang: Locale;
  readonly question: string;
  readonly category: string;
  readonly history?: readonly HistoryTurn[];
  readonly sources?: readonly string[];
  readonly facts?: readonly string[];
  readonly match?: 'pattern' | 'folded';
}

/** A search-box query and the documents that should come first. */
export interface SearchCase {
  readonly id: string;
  readonly lang: Locale;
  readonly query: string;
  readonly sources: readonly string[];
}

/** A document the evaluation uploads through the admin API before asking. */
export interface EvalDocument {
  /** The key `doc:<id>` refers to. */
  readonly id: string;
  readonly title: string;
  readonly lang?: Locale;
  readonly sourceUrl?: string;
  readonly content: string;
}

export interface EvalSet {
  readonly name: string;
  readonly documents: readonly EvalDocument[];
  readonly cases: readonly EvalCase[];
  readonly searches: readonly SearchCase[];
}
