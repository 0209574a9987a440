import type { Db } from '../../../db/connect.js';
import type { DrillQuizItemsTable, DrillQuizzesTable } from '../../../db/schema-drills-quiz.js';
import type { PeopleScope } from '../../../lib/access.js';
import { personInScope, personWhere } from '../../people/identity.query.js';

// The quiz tables' SQL: quizzes and their items, the cards a quiz shows, the refill of a short
// draw, and the results of a day within a reader's people scope.

export const quizOf = (db: Db, employeeId: string, day: string) =>
  db
    .selectFrom('drill_quizzes')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('day', '=', day)
    .executeTakeFirst();

export const quizById = (db: Db, id: string) =>
  db.selectFrom('drill_quizzes').selectAll().where('id', '=', id).executeTakeFirst();

export const itemsOf = (db: Db, quizId: string) =>
  db.selectFrom('drill_quiz_items').selectAll().where('quiz_id', '=', quizId).orderBy('position').execute();

export async function insertQuiz(db: Db, quiz: DrillQuizzesTable, items: DrillQuizItemsTable[]) {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('drill_quizzes').values(quiz).execute();
    if (items.length) await trx.insertInto('drill_quiz_items').values(items).execute();
  });
}

/** The cards behind a quiz's questions, with their deck's name. */
export const cardsFor = (db: Db, cardIds: string[]) =>
  cardIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('drill_cards as c')
        .innerJoin('drill_decks as d', 'd.id', 'c.deck_id')
        .select([
          'c.id',
          'c.deck_id',
          'd.name as deck_name',
          'c.kind',
          'c.prompt',
          'c.answer',
          'c.choices',
          'c.revision',
        ])
        .where('c.id', 'in', cardIds)
        .execute();

/** Active cards of these decks the person has reviewed, least recently reviewed first. */
export const leastRecentlyReviewed = (db: Db, employeeId: string, deckIds: string[], skip: string[], limit: number) =>
  deckIds.length === 0 || limit <= 0
    ? Promise.resolve([])
    : db
        .selectFrom('drill_states as s')
        .innerJoin('drill_cards as c', 'c.id', 's.card_id')
        .select(['s.card_id', 's.deck_id'])
        .where('s.employee_id', '=', employeeId)
        .where('s.deck_id', 'in', deckIds)
        .where('c.status', '=', 'active')
        .where('s.last_review', 'is not', null)
        .$if(skip.length > 0, (q) => q.where('s.card_id', 'not in', skip))
        .orderBy('s.last_review')
        .orderBy('s.card_id')
        .limit(limit)
        .execute();

/** Claims an unanswered question for one answer; false when it was answered already (or is being). */
export async function claimItem(db: Db, quizId: string, cardId: string, at: string) {
  const r = await db
    .updateTable('drill_quiz_items')
    .set({ answered_at: at })
    .where('quiz_id', '=', quizId)
    .where('card_id', '=', cardId)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Writes an answered question and recounts its quiz from the items, so answers add up whatever
 * their order. Call inside the transaction that claimed the question.
 */
export async function settleItem(
  trx: Db,
  o: { quizId: string; cardId: string; reviewId: string; rating: number; correct: boolean; at: string },
) {
  await trx
    .updateTable('drill_quiz_items')
    .set({ review_id: o.reviewId, rating: o.rating, correct: o.correct ? 1 : 0 })
    .where('quiz_id', '=', o.quizId)
    .where('card_id', '=', o.cardId)
    .execute();
  const n = await trx
    .selectFrom('drill_quiz_items')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('rating').as('answered'),
      eb.fn.sum<number>('correct').as('correct'),
    ])
    .where('quiz_id', '=', o.quizId)
    .executeTakeFirstOrThrow();
  const answered = Number(n.answered);
  const finished = answered >= Number(n.total);
  await trx
    .updateTable('drill_quizzes')
    .set({
      answered,
      correct: Number(n.correct ?? 0),
      status: finished ? 'finished' : 'open',
      finished_at: finished ? o.at : null,
    })
    .where('id', '=', o.quizId)
    .execute();
}

/** The quizzes of a day of the people a reader may see (optionally one team), best score first. */
export const quizzesOfDay = (db: Db, day: string, scope: PeopleScope, teamId: string | undefined) =>
  db
    .selectFrom('drill_quizzes as q')
    .selectAll()
    .where('q.day', '=', day)
    .where(personInScope('q.employee_id', scope))
    .where(personWhere('q.employee_id', { teamId }))
    .execute();

/** Each person's latest quiz on or before `to` (the team view's "last quiz score"). */
export async function lastQuizzes(db: Db, employeeIds: string[], to: string) {
  if (!employeeIds.length) return new Map<string, DrillQuizzesTable>();
  const out = new Map<string, DrillQuizzesTable>();
  for (let i = 0; i < employeeIds.length; i += 1000) {
    const rows = await db
      .selectFrom('drill_quizzes as q')
      .selectAll()
      .where('q.employee_id', 'in', employeeIds.slice(i, i + 1000))
      .where('q.day', '<=', to)
      .where((eb) =>
        eb(
          'q.day',
          '=',
          eb
            .selectFrom('drill_quizzes as q2')
            .select((e2) => e2.fn.max('q2.day').as('d'))
            .whereRef('q2.employee_id', '=', 'q.employee_id')
            .where('q2.day', '<=', to),
        ),
      )
      .execute();
    for (const r of rows) out.set(r.employee_id, r);
  }
  return out;
}

/** The quizzes of a person within a period, for the attitude suggestion. */
export const quizzesBetween = (db: Db, employeeId: string, from: string, to: string) =>
  db
    .selectFrom('drill_quizzes')
    .select(['day', 'total', 'correct'])
    .where('employee_id', '=', employeeId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
