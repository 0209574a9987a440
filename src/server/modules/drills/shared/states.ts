import { sql } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { DrillStatesTable } from '../../../db/schema-drills.js';
import { nowIso } from '../../../lib/clock.js';

// Moves a person's cards outside their FSRS schedule. Two rules of issue 20 meet here:
//  - a failed scorecard item or exam question makes its cards due today (SPEC §5) — a boost;
//  - a card whose script changed comes back, as new, to everyone who knew the old one.
// Everything else about scheduling is practice/ (ts-fsrs).

export type BoostReason = 'qa_error' | 'exam_error' | 'card_changed';

export type StateFields = Pick<
  DrillStatesTable,
  | 'due'
  | 'stability'
  | 'difficulty'
  | 'elapsed_days'
  | 'scheduled_days'
  | 'learning_steps'
  | 'reps'
  | 'lapses'
  | 'state'
  | 'last_review'
>;

/** A never-reviewed card, due at `now`: ts-fsrs createEmptyCard as a drill_states row. */
export const emptyState = (now: string): StateFields => ({
  due: now,
  stability: 0,
  difficulty: 0,
  elapsed_days: 0,
  scheduled_days: 0,
  learning_steps: 0,
  reps: 0,
  lapses: 0,
  state: 0,
  last_review: null,
});

/**
 * Makes `cardIds` due now for one person, keeping what they learned: a card due later is brought
 * forward, one already overdue stays overdue, one they never saw joins their queue as new. The
 * reason and its record (the evaluation, the exam attempt) are kept so practice can say why.
 * Archived cards are skipped. Returns the cards made due.
 */
export async function boostDue(
  db: Db,
  o: { employeeId: string; cardIds: string[]; reason: BoostReason; ref: string },
): Promise<string[]> {
  if (o.cardIds.length === 0) return [];
  const now = nowIso();
  const cards = await db
    .selectFrom('drill_cards')
    .select(['id', 'deck_id', 'revision'])
    .where('id', 'in', [...new Set(o.cardIds)])
    .where('status', '=', 'active')
    .execute();
  for (const card of cards) {
    await db
      .insertInto('drill_states')
      .values({
        employee_id: o.employeeId,
        card_id: card.id,
        deck_id: card.deck_id,
        revision: card.revision,
        ...emptyState(now),
        boost_reason: o.reason,
        boost_ref: o.ref,
        boosted_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['employee_id', 'card_id']).doUpdateSet({
          due: sql<string>`case when drill_states.due > ${now} then ${now} else drill_states.due end`,
          boost_reason: o.reason,
          boost_ref: o.ref,
          boosted_at: now,
        }),
      )
      .execute();
  }
  return cards.map((c) => c.id);
}

/**
 * A card's content changed to `revision`: everyone who had reviewed an older revision starts it
 * again as new, due now, marked card_changed; those who never reviewed it just take the new text.
 */
export async function resetChanged(db: Db, cardId: string, revision: number): Promise<number> {
  const now = nowIso();
  const known = await db
    .updateTable('drill_states')
    .set({ ...emptyState(now), revision, boost_reason: 'card_changed', boost_ref: String(revision), boosted_at: now })
    .where('card_id', '=', cardId)
    .where('revision', '<', revision)
    .where('reps', '>', 0)
    .executeTakeFirst();
  await db
    .updateTable('drill_states')
    .set({ revision })
    .where('card_id', '=', cardId)
    .where('revision', '<', revision)
    .execute();
  return Number(known.numUpdatedRows);
}
