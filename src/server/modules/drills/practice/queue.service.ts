import type { Db } from '../../../db/connect.js';
import { centerOffset } from '../../../lib/center-time.js';
import { dayRange, localDate, nowIso } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { decksFor } from '../shared/audience.js';
import type { BoostReason } from '../shared/states.js';
import { countedStates, learnerOf, newIntroducedOn, unseenCards } from './practice.repo.js';

// A person's daily queue (issue 20 contract, used by H4's quiz draw): cards an error or a changed
// script brought back first, then the overdue (oldest first), then those due today up to now,
// then new cards of their audience decks — at most drills.newCardsPerDay first meetings a day.

export type QueueWhy = 'boosted' | 'overdue' | 'due' | 'new';

export interface DueCard {
  cardId: string;
  deckId: string;
  boostReason: BoostReason | null;
  boostRef: string | null;
  due: string | null;
  why: QueueWhy;
}

/** Where a person stands today: their decks, the start of the center's day, new cards left. */
async function today(db: Db, employeeId: string, now: string) {
  const learner = await learnerOf(db, employeeId);
  const deckIds = learner ? await decksFor(db, learner) : [];
  const offset = await centerOffset(db);
  const day = localDate(now, offset);
  const dayStart = dayRange(day, day, offset).start;
  const perDay = await getSetting(db, 'drills.newCardsPerDay');
  const newLeft = Math.max(0, perDay - (await newIntroducedOn(db, employeeId, day)));
  return { deckIds, day, dayStart, newLeft };
}

export async function dueCards(db: Db, employeeId: string, o: { limit: number; now?: string }): Promise<DueCard[]> {
  const now = o.now ?? nowIso();
  const { deckIds, dayStart, newLeft } = await today(db, employeeId, now);
  const out: DueCard[] = [];
  const left = () => o.limit - out.length;

  const boosted = await countedStates(db, employeeId, deckIds)
    .select(['s.card_id', 's.deck_id', 's.boost_reason', 's.boost_ref', 's.due'])
    .where('s.boost_reason', 'is not', null)
    .orderBy('s.boosted_at')
    .orderBy('s.card_id')
    .limit(o.limit)
    .execute();
  for (const s of boosted)
    out.push({
      cardId: s.card_id,
      deckId: s.deck_id,
      boostReason: s.boost_reason as BoostReason,
      boostRef: s.boost_ref,
      due: s.due,
      why: 'boosted',
    });
  if (left() > 0) {
    const scheduled = await countedStates(db, employeeId, deckIds)
      .select(['s.card_id', 's.deck_id', 's.due'])
      .where('s.boost_reason', 'is', null)
      .where('s.due', '<=', now)
      .orderBy('s.due')
      .orderBy('s.card_id')
      .limit(left())
      .execute();
    for (const s of scheduled)
      out.push({
        cardId: s.card_id,
        deckId: s.deck_id,
        boostReason: null,
        boostRef: null,
        due: s.due,
        why: s.due < dayStart ? 'overdue' : 'due',
      });
  }
  const take = Math.min(left(), newLeft);
  if (take > 0 && deckIds.length) {
    const fresh = await unseenCards(db, employeeId, deckIds)
      .innerJoin('drill_decks as d', 'd.id', 'c.deck_id')
      .select(['c.id', 'c.deck_id'])
      .orderBy('d.created_at')
      .orderBy('c.deck_id')
      .orderBy('c.position')
      .orderBy('c.id')
      .limit(take)
      .execute();
    for (const c of fresh)
      out.push({ cardId: c.id, deckId: c.deck_id, boostReason: null, boostRef: null, due: null, why: 'new' });
  }
  return out;
}

/** The counts of the day's header: due now, overdue (due before today began), new left today. */
export async function queueCounts(db: Db, employeeId: string, now = nowIso()) {
  const { deckIds, day, dayStart, newLeft } = await today(db, employeeId, now);
  const counts = await countedStates(db, employeeId, deckIds)
    .select((eb) => [
      eb.fn.countAll<number>().as('due'),
      eb.fn.sum<number>(eb.case().when('s.due', '<', dayStart).then(1).else(0).end()).as('overdue'),
    ])
    .where((eb) => eb.or([eb('s.due', '<=', now), eb('s.boost_reason', 'is not', null)]))
    .executeTakeFirstOrThrow();
  let unseen = 0;
  if (newLeft > 0 && deckIds.length) {
    const row = await unseenCards(db, employeeId, deckIds)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    unseen = Number(row.n);
  }
  return {
    day,
    dueNow: Number(counts.due),
    overdue: Number(counts.overdue ?? 0),
    newAvailable: Math.min(newLeft, unseen),
  };
}
