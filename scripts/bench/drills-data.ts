import type { Db } from '../../src/server/db/connect.js';
import { mulberry32 } from '../../src/server/demo/names.js';
import { addDays, nowIso } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';
import { benchTeam, employeeRow, insertEmployees } from './setup.js';

// The drills benchmark's data (scripts/bench/drills.ts), written in bulk straight into the tables:
// people of one team, cards in 10 decks meant for everyone, per person FSRS states for `seen` of
// the cards (about 5% overdue, 3% due earlier today), `reviewsPerCard` past reviews of each, and
// 30 days of practice.

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

export interface DrillsBenchSize {
  people: number;
  cards: number;
  seen: number;
  reviewsPerCard: number;
  now: string;
  today: string;
}

async function insertMany(db: Db, table: string, rows: Record<string, unknown>[]) {
  const per = Math.floor(30_000 / Math.max(1, Object.keys(rows[0] ?? { a: 1 }).length));
  for (let i = 0; i < rows.length; i += per)
    await db
      .insertInto(table as 'drill_states')
      .values(rows.slice(i, i + per) as never)
      .execute();
}

export async function loadDrillsBench(db: Db, o: DrillsBenchSize) {
  const { people: PEOPLE, cards: CARDS, seen: SEEN, reviewsPerCard: REVIEWS_PER_CARD } = o;
  const at = nowIso();
  const teamId = await benchTeam(db, at);
  const people = Array.from({ length: PEOPLE }, () => newId());
  await insertEmployees(
    db,
    people.map((id, i) =>
      employeeRow({ id, employee_no: `D${String(i + 1).padStart(5, '0')}`, name: `坐席${i + 1}`, team_id: teamId }, at),
    ),
  );
  const decks = Array.from({ length: 10 }, () => newId());
  await insertMany(
    db,
    'drill_decks',
    decks.map((id, i) => ({
      id,
      name: `卡组${i + 1}`,
      category: 'product_codes',
      description: null,
      audience: JSON.stringify({ departmentIds: [], statuses: [] }),
      status: 'active',
      created_by: 'bench',
      created_at: at,
      updated_at: at,
      version: 1,
    })),
  );
  const cards = Array.from({ length: CARDS }, (_, i) => ({ id: newId(), deck: decks[i % decks.length], n: i }));
  await insertMany(
    db,
    'drill_cards',
    cards.map((c) => ({
      id: c.id,
      deck_id: c.deck,
      kind: 'recall',
      prompt: `代码 P${c.n}`,
      answer: `示例产品${c.n}`,
      choices: null,
      knowledge_point: null,
      position: c.n,
      revision: 1,
      status: 'active',
      created_at: at,
      updated_at: at,
      version: 1,
    })),
  );
  const rand = mulberry32(20261226);
  const now = Date.parse(o.now);
  let states = 0;
  let reviews = 0;
  // One person at a time: states, their reviews, their days — a bounded batch in memory.
  for (const [p, employeeId] of people.entries()) {
    const stateRows: Record<string, unknown>[] = [];
    const reviewRows: Record<string, unknown>[] = [];
    for (let k = 0; k < SEEN; k++) {
      const c = cards[(p * 37 + k) % CARDS];
      const r = rand();
      const due =
        r < 0.05 ? now - (1 + rand() * 10) * DAY_MS : r < 0.08 ? now - rand() * 3_600_000 : now + rand() * 40 * DAY_MS;
      const last = now - (1 + rand() * 29) * DAY_MS;
      stateRows.push({
        employee_id: employeeId,
        card_id: c.id,
        deck_id: c.deck,
        revision: 1,
        due: iso(due),
        stability: 1 + rand() * 60,
        difficulty: 3 + rand() * 5,
        elapsed_days: 3,
        scheduled_days: 7,
        learning_steps: 0,
        reps: 1 + REVIEWS_PER_CARD,
        lapses: 0,
        state: 2,
        last_review: iso(last),
        boost_reason: null,
        boost_ref: null,
        boosted_at: null,
      });
      for (let v = 0; v < REVIEWS_PER_CARD; v++) {
        const t = last - v * 5 * DAY_MS;
        reviewRows.push({
          id: newId(),
          employee_id: employeeId,
          card_id: c.id,
          deck_id: c.deck,
          revision: 1,
          rating: rand() < 0.15 ? 1 : 3,
          answer: null,
          similarity: null,
          duration_ms: 30_000,
          state_before: 2,
          due_after: iso(t + 7 * DAY_MS),
          stability_after: 7,
          quiz_id: null,
          day: iso(t + 8 * 3_600_000).slice(0, 10),
          reviewed_at: iso(t),
        });
      }
    }
    const dayRows = Array.from({ length: 30 }, (_, d) => ({
      employee_id: employeeId,
      day: addDays(o.today, -1 - d),
      seconds: Math.floor(rand() * 1800),
      reviews: 20,
      lapses: 3,
    }));
    await db.transaction().execute(async (trx) => {
      await insertMany(trx, 'drill_states', stateRows);
      await insertMany(trx, 'drill_reviews', reviewRows);
      await insertMany(trx, 'drill_days', dayRows);
    });
    states += stateRows.length;
    reviews += reviewRows.length;
  }
  return { teamId, people, states, reviews };
}
