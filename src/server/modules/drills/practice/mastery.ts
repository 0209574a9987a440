import type { Db } from '../../../db/connect.js';
import { getSetting } from '../../../lib/settings.js';
import { audienceTakes, parseAudience } from '../shared/audience.js';
import { learnersOf } from './practice.repo.js';

// Mastery per deck (issue 20 contract, used by H4's team view): of a person's active cards in
// their audience decks, those whose FSRS stability reached drills.masteryStabilityDays. A card
// never seen counts as not mastered.

export interface DeckMasteryCount {
  deckId: string;
  cards: number;
  mastered: number;
}

const CHUNK = 500;

export async function masteryOf(db: Db, employeeIds: string[]): Promise<Map<string, DeckMasteryCount[]>> {
  const out = new Map<string, DeckMasteryCount[]>();
  if (employeeIds.length === 0) return out;
  const threshold = await getSetting(db, 'drills.masteryStabilityDays');
  const decks = (
    await db
      .selectFrom('drill_decks')
      .select(['id', 'audience'])
      .where('status', '=', 'active')
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  ).map((d) => ({ id: d.id, audience: parseAudience(d.audience) }));
  const cardCounts = new Map(
    (
      await db
        .selectFrom('drill_cards as c')
        .innerJoin('drill_decks as d', 'd.id', 'c.deck_id')
        .select((eb) => ['c.deck_id', eb.fn.countAll<number>().as('n')])
        .where('c.status', '=', 'active')
        .where('d.status', '=', 'active')
        .groupBy('c.deck_id')
        .execute()
    ).map((r) => [r.deck_id, Number(r.n)]),
  );
  const mastered = new Map<string, number>(); // `${employeeId}/${deckId}`
  for (let i = 0; i < employeeIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('drill_states as s')
      .innerJoin('drill_cards as c', 'c.id', 's.card_id')
      .select((eb) => ['s.employee_id', 's.deck_id', eb.fn.countAll<number>().as('n')])
      .where('s.employee_id', 'in', employeeIds.slice(i, i + CHUNK))
      .where('c.status', '=', 'active')
      .where('s.stability', '>=', threshold)
      .groupBy(['s.employee_id', 's.deck_id'])
      .execute();
    for (const r of rows) mastered.set(`${r.employee_id}/${r.deck_id}`, Number(r.n));
  }
  for (const person of await learnersOf(db, employeeIds)) {
    out.set(
      person.id,
      decks
        .filter((d) => audienceTakes(d.audience, person))
        .map((d) => ({
          deckId: d.id,
          cards: cardCounts.get(d.id) ?? 0,
          mastered: mastered.get(`${person.id}/${d.id}`) ?? 0,
        })),
    );
  }
  return out;
}
