import type { Db } from '../../../db/connect.js';

// What the daily-performance form may suggest for the learning-attitude part (30 points, SPEC §4)
// besides what the evaluator types: drills registers its daily quiz's score here (issue 20 item 4,
// drills.quizCountsInAttitude) instead of exams importing drills, which would be a module cycle.
// None registered, or a null answer: no suggestion.

export type AttitudeSuggester = (
  db: Db,
  employeeId: string,
  period: { periodStart: string; periodEnd: string },
) => Promise<number | null>;

let suggester: AttitudeSuggester | null = null;

export function suggestAttitudeWith(fn: AttitudeSuggester) {
  suggester = fn;
}

export const attitudeSuggestion: AttitudeSuggester = async (db, employeeId, period) =>
  suggester ? suggester(db, employeeId, period) : null;
