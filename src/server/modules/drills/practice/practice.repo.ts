import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { Database } from '../../../db/schema.js';
import type { DrillStatesTable } from '../../../db/schema-drills.js';
import { identities } from '../../people/identity.service.js';

// The SQL of practice: a person, their cards' states, the cards of their decks, their days.

export interface Learner {
  id: string;
  departmentId: string;
  status: string;
}

/** The person's department and status (what decides their decks), from the identity read-model. */
export async function learnerOf(db: Db, employeeId: string): Promise<Learner | undefined> {
  return (await learnersOf(db, [employeeId]))[0];
}

export async function learnersOf(db: Db, employeeIds: string[]): Promise<Learner[]> {
  const people = await identities(db, employeeIds);
  return [...people.values()].map((p) => ({ id: p.id, departmentId: p.departmentId, status: p.status }));
}

/** An active card of an active deck, with what a review needs. */
export const activeCard = (db: Db, cardId: string) =>
  db
    .selectFrom('drill_cards as c')
    .innerJoin('drill_decks as d', 'd.id', 'c.deck_id')
    .select(['c.id', 'c.deck_id', 'c.kind', 'c.prompt', 'c.answer', 'c.choices', 'c.revision'])
    .where('c.id', '=', cardId)
    .where('c.status', '=', 'active')
    .where('d.status', '=', 'active')
    .executeTakeFirst();

export const stateOf = (db: Db, employeeId: string, cardId: string) =>
  db
    .selectFrom('drill_states')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('card_id', '=', cardId)
    .executeTakeFirst();

/**
 * A person's states that count: of active cards in active decks, and either of their audience
 * decks or once brought to them by an error or a changed script (boosted_at stays after the
 * review, so such a card keeps its schedule).
 */
export function countedStates(db: Db, employeeId: string, deckIds: string[]) {
  return db
    .selectFrom('drill_states as s')
    .innerJoin('drill_cards as c', 'c.id', 's.card_id')
    .innerJoin('drill_decks as d', 'd.id', 's.deck_id')
    .where('s.employee_id', '=', employeeId)
    .where('c.status', '=', 'active')
    .where('d.status', '=', 'active')
    .where((eb: ExpressionBuilder<Database & { s: DrillStatesTable }, 's'>) =>
      deckIds.length
        ? eb.or([eb('s.deck_id', 'in', deckIds), eb('s.boosted_at', 'is not', null)])
        : eb('s.boosted_at', 'is not', null),
    );
}

/** Active cards of these decks the person has no state for yet, in deck and card order. */
export function unseenCards(db: Db, employeeId: string, deckIds: string[]) {
  return db
    .selectFrom('drill_cards as c')
    .where('c.deck_id', 'in', deckIds)
    .where('c.status', '=', 'active')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('drill_states as s')
            .select(sql.lit(1).as('one'))
            .whereRef('s.card_id', '=', 'c.id')
            .where('s.employee_id', '=', employeeId),
        ),
      ),
    );
}

/** How many cards the person met for the first time on `day` (reviews of a new card). */
export async function newIntroducedOn(db: Db, employeeId: string, day: string): Promise<number> {
  const row = await db
    .selectFrom('drill_reviews')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('employee_id', '=', employeeId)
    .where('day', '=', day)
    .where('state_before', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Adds one review's seconds to the person's day (the goal and streak read it). */
export async function addToDay(db: Db, o: { employeeId: string; day: string; seconds: number; lapse: boolean }) {
  await db
    .insertInto('drill_days')
    .values({ employee_id: o.employeeId, day: o.day, seconds: o.seconds, reviews: 1, lapses: o.lapse ? 1 : 0 })
    .onConflict((oc) =>
      oc.columns(['employee_id', 'day']).doUpdateSet({
        seconds: sql<number>`drill_days.seconds + ${o.seconds}`,
        reviews: sql<number>`drill_days.reviews + 1`,
        lapses: sql<number>`drill_days.lapses + ${o.lapse ? 1 : 0}`,
      }),
    )
    .execute();
}
