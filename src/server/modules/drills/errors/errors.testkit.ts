import type { Db } from '../../../db/connect.js';
import { newId } from '../../../lib/ids.js';

// Drill decks and cards for the errors tests, written straight into the tables (the deck API is
// built beside this part), and a person's FSRS state set by hand to a chosen due instant.

const AT = '2026-10-01T00:00:00.000Z';
let n = 0;

export async function addDeck(db: Db, o: { status?: string; name?: string } = {}) {
  const id = newId();
  await db
    .insertInto('drill_decks')
    .values({
      id,
      name: o.name ?? `测试卡组${++n}`,
      category: 'faq',
      description: null,
      audience: JSON.stringify({ departmentIds: [], statuses: [] }),
      status: o.status ?? 'active',
      created_by: 'test',
      created_at: AT,
      updated_at: AT,
      version: 1,
    })
    .execute();
  return id;
}

export async function addCard(
  db: Db,
  deckId: string,
  o: { prompt?: string; knowledgePoint?: string; status?: string } = {},
) {
  const id = newId();
  await db
    .insertInto('drill_cards')
    .values({
      id,
      deck_id: deckId,
      kind: 'recall',
      prompt: o.prompt ?? `测试卡片${++n}`,
      answer: '标准答案',
      choices: null,
      knowledge_point: o.knowledgePoint ?? null,
      position: n,
      revision: 1,
      status: o.status ?? 'active',
      created_at: AT,
      updated_at: AT,
      version: 1,
    })
    .execute();
  return id;
}

/** A reviewed card of a person, next due at `due` (as if practised before). */
export async function setLearned(db: Db, employeeId: string, cardId: string, deckId: string, due: string) {
  await db
    .insertInto('drill_states')
    .values({
      employee_id: employeeId,
      card_id: cardId,
      deck_id: deckId,
      revision: 1,
      due,
      stability: 12,
      difficulty: 5,
      elapsed_days: 3,
      scheduled_days: 12,
      learning_steps: 0,
      reps: 3,
      lapses: 0,
      state: 2,
      last_review: AT,
      boost_reason: null,
      boost_ref: null,
      boosted_at: null,
    })
    .execute();
}

export const stateOf = (db: Db, employeeId: string, cardId: string) =>
  db
    .selectFrom('drill_states')
    .select(['due', 'boost_reason', 'boost_ref', 'reps'])
    .where('employee_id', '=', employeeId)
    .where('card_id', '=', cardId)
    .executeTakeFirst();

/** The boost log of an evaluation or attempt, by cause (sorted here: collations differ on Chinese). */
export const boostRows = async (db: Db, sourceId: string) =>
  (await db.selectFrom('drill_boosts').selectAll().where('source_id', '=', sourceId).execute()).sort((a, b) =>
    a.cause < b.cause ? -1 : a.cause > b.cause ? 1 : 0,
  );
