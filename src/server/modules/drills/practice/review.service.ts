import type { ReviewInput, ReviewResult } from '../../../../common/drills-practice.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { centerOffset } from '../../../lib/center-time.js';
import { localDate, nowIso } from '../../../lib/clock.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { getSetting } from '../../../lib/settings.js';
import { linkRecording } from '../recordings/recordings.service.js';
import { decksFor } from '../shared/audience.js';
import { grade } from './grading.js';
import { activeCard, addToDay, learnerOf, stateOf } from './practice.repo.js';
import { emptyState, fsrsSettings, nextState, schedulerFor } from './scheduler.js';

// A review (issue 20 contract): the answer is graded, the person's FSRS state moves on with
// ts-fsrs, the review is logged on the center's day, the day's practice time grows, and a boost
// (an error, a changed script) is cleared, and a read-aloud recording is linked — all in one
// transaction. H4's daily quiz calls this with its quizId.

/** The employee behind the account: practice is a person's. */
export function learnerIdOf(actor: Pick<Actor, 'employeeId'>): string {
  if (!actor.employeeId)
    throw ruleBroken('DRILL_NO_EMPLOYEE', 'Your account is not linked to an employee, so it has no drills');
  return actor.employeeId;
}

/** The card when the person may review it: of one of their audience decks, or brought to them by a boost. */
async function reviewableCard(db: Db, employeeId: string, cardId: string) {
  const card = await activeCard(db, cardId);
  if (!card) throw notFound('Card');
  const state = await stateOf(db, employeeId, cardId);
  if (state?.boosted_at) return { card, state };
  const learner = await learnerOf(db, employeeId);
  if (!learner || !(await decksFor(db, learner)).includes(card.deck_id)) throw notFound('Card');
  return { card, state };
}

export async function recordReview(
  db: Db,
  actor: Pick<Actor, 'employeeId'>,
  input: ReviewInput & { quizId?: string },
): Promise<ReviewResult> {
  const employeeId = learnerIdOf(actor);
  const { card, state } = await reviewableCard(db, employeeId, input.cardId);
  const graded = grade(card, input, await getSetting(db, 'drills.similarityPassPercent'));
  const masteryDays = await getSetting(db, 'drills.masteryStabilityDays');
  // A card left open over lunch is not practice: one review counts at most this long.
  const maxReviewMs = (await getSetting(db, 'drills.reviewMaxMinutes')) * 60_000;
  const f = schedulerFor(await fsrsSettings(db));
  const now = nowIso();
  const day = localDate(now, await centerOffset(db));
  const before = state ?? emptyState(now);
  const after = nextState(f, before, now, graded.rating);
  const reviewId = newId();

  const write = async (trx: Db) => {
    if (state) {
      // reps guards against two reviews of one card racing: the second finds it moved on.
      const moved = await trx
        .updateTable('drill_states')
        .set({ ...after, revision: card.revision, boost_reason: null, boost_ref: null })
        .where('employee_id', '=', employeeId)
        .where('card_id', '=', card.id)
        .where('reps', '=', before.reps)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) throw raced();
    } else {
      const added = await trx
        .insertInto('drill_states')
        .values({
          employee_id: employeeId,
          card_id: card.id,
          deck_id: card.deck_id,
          revision: card.revision,
          ...after,
          boost_reason: null,
          boost_ref: null,
          boosted_at: null,
        })
        .onConflict((oc) => oc.columns(['employee_id', 'card_id']).doNothing())
        .executeTakeFirst();
      if (Number(added.numInsertedOrUpdatedRows ?? 0) !== 1) throw raced();
    }
    await trx
      .insertInto('drill_reviews')
      .values({
        id: reviewId,
        employee_id: employeeId,
        card_id: card.id,
        deck_id: card.deck_id,
        revision: card.revision,
        rating: graded.rating,
        answer: graded.given,
        similarity: graded.similarity,
        duration_ms: input.durationMs,
        state_before: before.state,
        due_after: after.due,
        stability_after: after.stability,
        quiz_id: input.quizId ?? null,
        day,
        reviewed_at: now,
      })
      .execute();
    await addToDay(trx, {
      employeeId,
      day,
      seconds: Math.round(Math.min(input.durationMs, maxReviewMs) / 1000),
      lapse: graded.rating === 1,
    });
    // The learner's reading of a read-aloud card is saved with the review and their own rating.
    if (input.recordingId)
      await linkRecording(trx, {
        recordingId: input.recordingId,
        employeeId,
        cardId: card.id,
        reviewId,
        selfRating: graded.rating,
      });
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);

  const wasMastered = before.stability >= masteryDays;
  const isMastered = after.stability >= masteryDays;
  return {
    cardId: card.id,
    reviewId,
    rating: graded.rating,
    correct: graded.correct,
    similarity: graded.similarity,
    expected: graded.expected,
    differences: graded.differences,
    dueAfter: after.due,
    ...(wasMastered !== isMastered ? { masteryChanged: { deckId: card.deck_id, mastered: isMastered } } : {}),
  };
}

const raced = () =>
  conflict('DRILL_REVIEW_CONFLICT', 'This card was just reviewed elsewhere; load the queue again', 'cardId');
