import type { z } from 'zod';
import type { QuizAnswerInput, QuizResultRowView, QuizResultsQuery, QuizView } from '../../../../common/drills-quiz.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { DrillQuizItemsTable } from '../../../db/schema-drills-quiz.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { getSetting } from '../../../lib/settings.js';
import { identities, identity } from '../../people/identity.service.js';
import { dueCards } from '../practice/queue.service.js';
import { learnerIdOf, recordReview } from '../practice/review.service.js';
import { decksFor } from '../shared/audience.js';
import * as repo from './quiz.repo.js';
import { percentOf, quizView } from './quiz.view.js';

// The daily quiz (每日小测, issue 20 item 4): drills.quizSize cards of the person's daily queue
// (practice's dueCards: boosted, overdue, due, new), topped up with the cards of their audience
// decks they reviewed least recently; one quiz per person per center day. Each answer goes
// through practice's recordReview with the quiz's id, so the card is scheduled like any review;
// the quiz keeps the score (correct / total) and is finished when every question is answered.

const ownId = (actor: Actor) => learnerIdOf(actor);

async function view(db: Db, quiz: NonNullable<Awaited<ReturnType<typeof repo.quizById>>>): Promise<QuizView> {
  const items = await repo.itemsOf(db, quiz.id);
  return quizView(
    quiz,
    items,
    await repo.cardsFor(
      db,
      items.map((i) => i.card_id),
    ),
  );
}

/** The cards of a new quiz: due ones first, then those reviewed least recently, at most `size`. */
export async function drawQuiz(db: Db, employeeId: string, size: number, now: string) {
  const due = await dueCards(db, employeeId, { limit: size, now });
  const drawn: { cardId: string; source: 'due' | 'refresh' }[] = [];
  for (const c of due) if (!drawn.some((d) => d.cardId === c.cardId)) drawn.push({ cardId: c.cardId, source: 'due' });
  if (drawn.length < size) {
    const person = await identity(db, employeeId);
    const decks = person ? await decksFor(db, { departmentId: person.departmentId, status: person.status }) : [];
    const more = await repo.leastRecentlyReviewed(
      db,
      employeeId,
      decks,
      drawn.map((d) => d.cardId),
      size - drawn.length,
    );
    for (const c of more) drawn.push({ cardId: c.card_id, source: 'refresh' });
  }
  return drawn.slice(0, size);
}

/** My quiz of today, or null before I start it. */
export async function todaysQuiz(db: Db, actor: Actor): Promise<QuizView | null> {
  const quiz = await repo.quizOf(db, ownId(actor), await todayInCenter(db));
  return quiz ? view(db, quiz) : null;
}

/** Starts my quiz of today, or returns the one I started (one per person per center day). */
export async function startQuiz(db: Db, actor: Actor): Promise<QuizView> {
  const employeeId = ownId(actor);
  const day = await todayInCenter(db);
  const existing = await repo.quizOf(db, employeeId, day);
  if (existing) return view(db, existing);
  const now = nowIso();
  const size = Math.max(1, Math.round(await getSetting(db, 'drills.quizSize')));
  const drawn = await drawQuiz(db, employeeId, size, now);
  if (drawn.length === 0)
    throw ruleBroken('QUIZ_NO_CARDS', 'There are no cards to quiz you on yet: no deck is meant for you');
  const id = newId();
  const items: DrillQuizItemsTable[] = drawn.map((d, n) => ({
    quiz_id: id,
    position: n + 1,
    card_id: d.cardId,
    source: d.source,
    review_id: null,
    rating: null,
    correct: null,
    answered_at: null,
  }));
  const quiz = {
    id,
    employee_id: employeeId,
    day,
    total: items.length,
    answered: 0,
    correct: 0,
    status: 'open',
    started_at: now,
    finished_at: null,
  };
  try {
    await repo.insertQuiz(db, quiz, items);
  } catch (err) {
    // Two taps on "start" at once: the other one's quiz is today's.
    if (!isUniqueViolation(err)) throw err;
    return view(db, (await repo.quizOf(db, employeeId, day))!);
  }
  return view(db, quiz);
}

/** Answers one question of my quiz of today; the card is reviewed (and rescheduled) by practice. */
export async function answerQuiz(db: Db, actor: Actor, quizId: string, input: z.output<typeof QuizAnswerInput>) {
  const employeeId = ownId(actor);
  const quiz = await repo.quizById(db, quizId);
  if (!quiz || quiz.employee_id !== employeeId) throw notFound('Quiz');
  if (quiz.day !== (await todayInCenter(db)))
    throw ruleBroken('QUIZ_DAY_OVER', `This quiz was the one of ${quiz.day}; start today's quiz`, 'quizId');
  const items = await repo.itemsOf(db, quizId);
  const item = items.find((i) => i.card_id === input.cardId);
  if (!item) throw ruleBroken('QUIZ_CARD_NOT_IN_QUIZ', 'This card is not a question of the quiz', 'cardId');
  // One transaction: the claim, practice's review (it joins a transaction it is given) and the
  // score. A second answer to the same question waits for the first, then finds it claimed.
  const result = await db.transaction().execute(async (trx) => {
    const at = nowIso();
    if (!(await repo.claimItem(trx, quizId, input.cardId, at)))
      throw conflict('QUIZ_ALREADY_ANSWERED', 'This question of the quiz is answered already', 'cardId');
    const r = await recordReview(trx, actor, { ...input, quizId });
    await repo.settleItem(trx, {
      quizId,
      cardId: input.cardId,
      reviewId: r.reviewId,
      rating: r.rating,
      correct: r.correct,
      at,
    });
    return r;
  });
  return { ...result, quiz: await view(db, (await repo.quizById(db, quizId))!) };
}

/** The quizzes of a day of the people the reader may see: a trainer their learners, a lead their team, managers all. */
export async function quizResults(
  db: Db,
  actor: Actor,
  q: z.output<typeof QuizResultsQuery>,
): Promise<QuizResultRowView[]> {
  const day = q.day ?? (await todayInCenter(db));
  const rows = await repo.quizzesOfDay(db, day, peopleScope(actor), q.teamId);
  const who = await identities(
    db,
    rows.map((r) => r.employee_id),
  );
  return rows
    .filter((r) => who.has(r.employee_id))
    .map((r) => {
      const p = who.get(r.employee_id)!;
      return {
        quizId: r.id,
        employeeId: r.employee_id,
        employeeNo: p.employeeNo,
        name: p.name,
        teamId: p.teamId,
        teamName: p.teamName,
        day: r.day,
        status: r.status === 'finished' ? ('finished' as const) : ('open' as const),
        total: r.total,
        answered: r.answered,
        correct: r.correct,
        percent: percentOf(r.correct, r.total),
        finishedAt: r.finished_at,
      };
    })
    .sort((a, b) => a.teamName.localeCompare(b.teamName) || a.employeeNo.localeCompare(b.employeeNo));
}
