import { sql } from 'kysely';
import type { Db } from '../../../db/connect.js';

// The team view's SQL: practice per person over days (drill_days), the backlog of due cards
// (drill_states of active cards), and the cards most often rated Again (drill_reviews). People
// come in as ids, already limited to the reader's scope by the service.

const CHUNK = 900; // well under SQLite's bound-parameter limit, with room for the other values

async function chunked<T>(ids: string[], run: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await run(ids.slice(i, i + CHUNK))));
  return out;
}

/** Seconds, reviews and days at or over the goal per person, from..to (center days). */
export const practiceOf = (db: Db, ids: string[], from: string, to: string, goalSeconds: number) =>
  chunked(ids, (part) =>
    db
      .selectFrom('drill_days')
      .select((eb) => [
        'employee_id',
        eb.fn.sum<number>('seconds').as('seconds'),
        eb.fn.sum<number>('reviews').as('reviews'),
        sql<number>`sum(case when seconds >= ${goalSeconds} then 1 else 0 end)`.as('goal_days'),
      ])
      .where('employee_id', 'in', part)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .groupBy('employee_id')
      .execute(),
  );

/** Active cards due at `now` per person, and among them those due before `dayStart`. */
export const backlogOf = (db: Db, ids: string[], now: string, dayStart: string) =>
  chunked(ids, (part) =>
    db
      .selectFrom('drill_states as s')
      .innerJoin('drill_cards as c', 'c.id', 's.card_id')
      .select((eb) => [
        's.employee_id',
        eb.fn.countAll<number>().as('due_now'),
        sql<number>`sum(case when s.due < ${dayStart} then 1 else 0 end)`.as('overdue'),
      ])
      .where('s.employee_id', 'in', part)
      .where('s.due', '<=', now)
      .where('c.status', '=', 'active')
      .groupBy('s.employee_id')
      .execute(),
  );

/**
 * The cards these people rated Again most often from..to, by share of Again among at least
 * `minReviews` reviews, then by the number of reviews; at most `limit`.
 */
export async function mostMissed(db: Db, ids: string[], from: string, to: string, minReviews: number, limit: number) {
  const counts = new Map<string, { n: number; again: number }>();
  const rows = await chunked(ids, (part) =>
    db
      .selectFrom('drill_reviews')
      .select((eb) => [
        'card_id',
        eb.fn.countAll<number>().as('n'),
        sql<number>`sum(case when rating = 1 then 1 else 0 end)`.as('again'),
      ])
      .where('employee_id', 'in', part)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .groupBy('card_id')
      .execute(),
  );
  // Summed in code: a chunk of people is one group per card; many chunks add up here.
  for (const r of rows) {
    const c = counts.get(r.card_id) ?? { n: 0, again: 0 };
    c.n += Number(r.n);
    c.again += Number(r.again);
    counts.set(r.card_id, c);
  }
  const top = [...counts]
    .filter(([, c]) => c.n >= minReviews && c.again > 0)
    .sort(([ia, a], [ib, b]) => b.again / b.n - a.again / a.n || b.n - a.n || ia.localeCompare(ib))
    .slice(0, limit);
  if (!top.length) return [];
  const cards = await db
    .selectFrom('drill_cards as c')
    .innerJoin('drill_decks as d', 'd.id', 'c.deck_id')
    .select(['c.id', 'c.deck_id', 'd.name as deck_name', 'c.kind', 'c.prompt'])
    .where(
      'c.id',
      'in',
      top.map(([id]) => id),
    )
    .execute();
  const byId = new Map(cards.map((c) => [c.id, c]));
  return top.flatMap(([id, c]) => {
    const card = byId.get(id);
    return card ? [{ ...card, reviews: c.n, again: c.again }] : [];
  });
}
