import { expect } from 'vitest';
import type { Db } from '../../../db/connect.js';
import type { Client } from '../../../test/harness.js';

// What the quiz and team tests share: a person's FSRS state written straight into drill_states
// (a history without replaying reviews), practice days, and the quiz calls as the web makes them.

export async function putState(
  db: Db,
  o: { employeeId: string; cardId: string; deckId: string; due: string; lastReview: string; stability?: number },
) {
  await db
    .insertInto('drill_states')
    .values({
      employee_id: o.employeeId,
      card_id: o.cardId,
      deck_id: o.deckId,
      revision: 1,
      due: o.due,
      stability: o.stability ?? 5,
      difficulty: 5,
      elapsed_days: 3,
      scheduled_days: 3,
      learning_steps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
      last_review: o.lastReview,
      boost_reason: null,
      boost_ref: null,
      boosted_at: null,
    })
    .execute();
}

export async function putDay(db: Db, employeeId: string, day: string, seconds: number, reviews = 10) {
  await db.insertInto('drill_days').values({ employee_id: employeeId, day, seconds, reviews, lapses: 0 }).execute();
}

export async function startQuiz(c: Client) {
  const res = await c.post('/api/drills/quiz/today', {});
  expect(res.status, res.raw).toBe(200);
  return res.body.data as {
    id: string;
    day: string;
    total: number;
    status: string;
    percent: number;
    questions: { cardId: string; source: string; kind: string; answered: boolean }[];
  };
}

export const answer = (c: Client, quizId: string, body: Record<string, unknown>) =>
  c.post(`/api/drills/quiz/${quizId}/answers`, { durationMs: 15_000, ...body });
