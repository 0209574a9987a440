import { expect } from 'vitest';
import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import type { Client } from '../../../test/harness.js';
import { employeeIdOf } from '../../../test/helpers.js';

// What the practice tests share: decks and cards written straight into the tables (the decks
// API is another part's), the learner's department, and a review as the web sends it.

export interface CardSpec {
  kind: 'recall' | 'choice' | 'cloze' | 'read_aloud';
  prompt: string;
  answer: string;
  choices?: string[];
}

/** Archives every deck already there (a demo's), so a test sees only its own. */
export async function onlyOurDecks(db: Db) {
  await db.updateTable('drill_decks').set({ status: 'archived' }).execute();
}

export async function addDeck(
  db: Db,
  o: { name: string; departmentIds?: string[]; statuses?: string[]; cards: CardSpec[] },
): Promise<{ deckId: string; cardIds: string[] }> {
  const now = nowIso();
  const deckId = newId();
  await db
    .insertInto('drill_decks')
    .values({
      id: deckId,
      name: o.name,
      category: 'opening_closing',
      description: null,
      audience: JSON.stringify({ departmentIds: o.departmentIds ?? [], statuses: o.statuses ?? [] }),
      status: 'active',
      created_by: 'test',
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  const cardIds: string[] = [];
  for (const [position, c] of o.cards.entries()) {
    const id = newId();
    cardIds.push(id);
    await db
      .insertInto('drill_cards')
      .values({
        id,
        deck_id: deckId,
        kind: c.kind,
        prompt: c.prompt,
        answer: c.answer,
        choices: c.choices ? JSON.stringify(c.choices) : null,
        knowledge_point: null,
        position,
        revision: 1,
        status: 'active',
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
  }
  return { deckId, cardIds };
}

export async function departmentOfUser(db: Db, username: string) {
  const employeeId = await employeeIdOf(db, username);
  const row = await db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .select('t.department_id')
    .where('e.id', '=', employeeId)
    .executeTakeFirstOrThrow();
  return { employeeId, departmentId: row.department_id };
}

export async function otherDepartment(db: Db, not: string) {
  const row = await db.selectFrom('departments').select('id').where('id', '!=', not).executeTakeFirstOrThrow();
  return row.id;
}

export const review = (c: Client, body: Record<string, unknown>) =>
  c.post('/api/drills/reviews', { durationMs: 20_000, ...body });

export async function reviewed(c: Client, body: Record<string, unknown>) {
  const res = await review(c, body);
  expect(res.status, res.raw).toBe(200);
  return res.body.data;
}

export async function queueOf(c: Client, limit = 50) {
  const res = await c.get(`/api/drills/queue?limit=${limit}`);
  expect(res.status, res.raw).toBe(200);
  return res.body.data as { cardId: string; why: string; boostReason: string | null; [k: string]: unknown }[];
}

export async function summaryOf(c: Client) {
  const res = await c.get('/api/drills/me');
  expect(res.status, res.raw).toBe(200);
  return res.body.data;
}

export async function setSetting(admin: Client, key: string, value: number) {
  const res = await admin.put(`/api/settings/${key}`, { value, reason: '测试演练设置' });
  expect(res.status, res.raw).toBe(200);
}
