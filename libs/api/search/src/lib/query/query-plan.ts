import type { SearchHitType } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import type { ClauseFrequency } from './candidates';

/** Every word required ('all'), or any one of them ('any', the fallback when none has all). */
export type MatchMode = 'all' | 'any';

/** One clause of a language's query: its tsquery (as text) and the term it says. */
export interface PlannedClause {
  readonly key: string;
  readonly query: string;
}

/** The query as one language says it, with what BM25 needs to score it there. */
export interface LocalePlan {
  readonly locale: Locale;
  readonly all: string;
  readonly any: string;
  /** The clauses of `all` and `any`, and the exclusions (tsquery text, '' if none). */
  readonly clauses: Readonly<Record<MatchMode, readonly PlannedClause[]>>;
  readonly exclude: string;
  readonly lexemes: readonly { lexeme: string; idf: number }[];
  readonly avgdl: number;
  readonly weight: number;
}

/** A query planned in every language: what ranking and snippets are built from. */
export interface Plan {
  readonly lang: Locale;
  readonly locales: readonly LocalePlan[];
  readonly suggestion?: string;
  readonly clauses: number;
  /** Which terms find the candidates, per mode, for each budget asked (see `choice`). */
  readonly frequencies: Readonly<Record<MatchMode, readonly ClauseFrequency[]>>;
  readonly passages: ReadonlyMap<Locale, number>;
}

export interface Filters {
  readonly types?: readonly SearchHitType[];
  readonly country?: string;
}
