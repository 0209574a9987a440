// The daily quiz (issue 20 item 4): each person's quiz of the day and its score. See the migration 20261226-drills-quiz.ts.

/** One person's quiz of one center day; the counters follow its items as they are answered. */
export interface DrillQuizzesTable {
  id: string;
  employee_id: string;
  /** The center's calendar day the quiz belongs to. */
  day: string;
  total: number;
  answered: number;
  correct: number;
  status: string; // open | finished
  started_at: string;
  finished_at: string | null;
}

/** A question of a quiz: a card, and once answered its review (drill_reviews.quiz_id points back). */
export interface DrillQuizItemsTable {
  quiz_id: string;
  position: number;
  card_id: string;
  /** Why it was drawn: due (from the daily queue) or refresh (reviewed least recently, to fill up). */
  source: string;
  review_id: string | null;
  rating: number | null;
  /** 1 recalled, 0 not; null until answered. */
  correct: number | null;
  /** Set when an answer is claimed (before its review is written), so one answer wins. */
  answered_at: string | null;
}

export interface DrillsQuizDatabase {
  drill_quizzes: DrillQuizzesTable;
  drill_quiz_items: DrillQuizItemsTable;
}
