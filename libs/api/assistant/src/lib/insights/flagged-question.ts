/**
 * What editors see of a question visitors asked, in any wording, that the assistant refused
 * or a visitor voted down (`GET /api/admin/assistant/unanswered`, and the head of each
 * insight in the insights queue).
 */
export interface UnansweredQuestion {
  readonly question: string;
  readonly count: number;
  readonly refused: number;
  readonly downVoted: number;
  readonly langs: string[];
  readonly lastAskedAt: string;
  /** The latest answer given, so editors see what visitors got. */
  readonly answer: string;
}

/** The columns of one group of flagged askings that both queries select, as SQL names them. */
export interface FlaggedQuestionRow {
  question: string;
  answer: string;
  count: number;
  refused: number;
  down_voted: number;
  langs: string[];
  last_asked_at: Date;
}

export function unansweredQuestion(r: FlaggedQuestionRow): UnansweredQuestion {
  return {
    question: r.question,
    count: r.count,
    refused: r.refused,
    downVoted: r.down_voted,
    langs: r.langs,
    lastAskedAt: new Date(r.last_asked_at).toISOString(),
    answer: r.answer,
  };
}
