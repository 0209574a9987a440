// The daily quiz (issue 20 item 4): each person's quiz of the day and its score. See the migration 20261226-drills-quiz.ts.

export type DrillsQuizDatabase = Record<never, never>;
