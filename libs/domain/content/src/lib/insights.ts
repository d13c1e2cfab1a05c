/**
 * The assistant's insights queue (`GET /api/admin/assistant/insights`): questions it could
 * not answer or that visitors marked unhelpful, grouped, with what editors decided.
 */
export const INSIGHT_STATES = ['open', 'answered', 'dismissed'] as const;
export type InsightState = (typeof INSIGHT_STATES)[number];

export interface InsightComment {
  readonly comment: string;
  readonly helpful: boolean;
  readonly at: string;
}

export interface InsightSource {
  readonly title: string;
  readonly url: string;
}

/** One group of similar questions the assistant refused or visitors marked unhelpful. */
export interface Insight {
  readonly id: string;
  /** The latest wording. */
  readonly question: string;
  readonly count: number;
  readonly refused: number;
  readonly downVoted: number;
  readonly langs: readonly string[];
  readonly lastAskedAt: string;
  /** The latest answer given and the sources it cited. */
  readonly answer: string;
  readonly sources: readonly InsightSource[];
  readonly comments: readonly InsightComment[];
  readonly state: InsightState;
  /** The page that answers it now (state `answered`); null when that page was deleted. */
  readonly answeredBy: {
    readonly id: string;
    readonly slug: string;
    readonly title: string;
  } | null;
  readonly handledBy: string | null;
  readonly handledAt: string | null;
}
