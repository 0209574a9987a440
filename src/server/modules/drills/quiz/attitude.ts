import type { Db } from '../../../db/connect.js';
import { getSetting } from '../../../lib/settings.js';
import { quizzesBetween } from './quiz.repo.js';

// The daily quiz in the trainee's learning-attitude part of the daily performance score (SPEC §4:
// attitude is worth 30 points), when drills.quizCountsInAttitude is 1: the evaluator is shown
// 30 × the share of quiz questions answered correctly in the evaluation period, as a suggestion
// they may change. Null when the setting is 0 or the person took no quiz in the period.

const ATTITUDE_POINTS = 30;

export async function quizAttitudeSuggestion(
  db: Db,
  employeeId: string,
  period: { periodStart: string; periodEnd: string },
): Promise<number | null> {
  if ((await getSetting(db, 'drills.quizCountsInAttitude')) !== 1) return null;
  const quizzes = await quizzesBetween(db, employeeId, period.periodStart, period.periodEnd);
  const total = quizzes.reduce((s, q) => s + q.total, 0);
  if (total === 0) return null;
  const correct = quizzes.reduce((s, q) => s + q.correct, 0);
  return Math.round((ATTITUDE_POINTS * correct * 10) / total) / 10;
}
