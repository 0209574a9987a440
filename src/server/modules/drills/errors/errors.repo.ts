import { sql } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { DrillBoostsTable } from '../../../db/schema-drills-errors.js';

// Kysely queries of the errors part of drills: item links, the boost log, and the cards they name.

/** Cards with their deck, and whether either is archived. */
const cardsBase = (db: Db) =>
  db
    .selectFrom('drill_cards as c')
    .innerJoin('drill_decks as d', 'd.id', 'c.deck_id')
    .select([
      'c.id',
      'c.deck_id',
      'd.name as deck_name',
      'c.kind',
      'c.prompt',
      'c.knowledge_point',
      sql<string>`case when c.status = 'active' and d.status = 'active' then 'active' else 'archived' end`.as('status'),
    ]);
export type CardRow = Awaited<ReturnType<ReturnType<typeof cardsBase>['execute']>>[number];

export const cardsByIds = (db: Db, ids: string[]) =>
  ids.length ? cardsBase(db).where('c.id', 'in', ids).execute() : Promise.resolve([] as CardRow[]);

/** Active cards (in active decks) matching a text, for the link editor's picker. */
export function searchCards(db: Db, f: { q?: string; deckId?: string; limit: number }) {
  let q = cardsBase(db).where('c.status', '=', 'active').where('d.status', '=', 'active');
  if (f.deckId) q = q.where('c.deck_id', '=', f.deckId);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`${eb.ref('c.prompt')} like ${like} escape '\\'`,
        sql<boolean>`${eb.ref('d.name')} like ${like} escape '\\'`,
        sql<boolean>`${eb.ref('c.knowledge_point')} like ${like} escape '\\'`,
      ]),
    );
  }
  return q.orderBy('d.name').orderBy('c.position').orderBy('c.id').limit(f.limit).execute();
}

/** Active cards of active decks with one of these knowledge points. */
export const activeCardsOfPoints = (db: Db, points: string[]) =>
  db
    .selectFrom('drill_cards as c')
    .innerJoin('drill_decks as d', 'd.id', 'c.deck_id')
    .select(['c.id', 'c.knowledge_point'])
    .where('c.knowledge_point', 'in', points)
    .where('c.status', '=', 'active')
    .where('d.status', '=', 'active')
    .execute();

export const linksOfForm = (db: Db, formId: string) =>
  db
    .selectFrom('drill_item_links')
    .select(['item_key', 'card_id'])
    .where('form_id', '=', formId)
    .orderBy('item_key')
    .orderBy('created_at')
    .orderBy('card_id')
    .execute();

/** The active cards linked to these items of a form. */
export const activeLinks = (db: Db, formId: string, itemKeys: string[]) =>
  db
    .selectFrom('drill_item_links as l')
    .innerJoin('drill_cards as c', 'c.id', 'l.card_id')
    .innerJoin('drill_decks as d', 'd.id', 'c.deck_id')
    .select(['l.item_key', 'l.card_id'])
    .where('l.form_id', '=', formId)
    .where('l.item_key', 'in', itemKeys)
    .where('c.status', '=', 'active')
    .where('d.status', '=', 'active')
    .execute();

/** How many items of each form have at least one card. */
export const linkedItemCounts = (db: Db) =>
  db
    .selectFrom('drill_item_links')
    .select(['form_id', sql<number>`count(distinct item_key)`.as('items')])
    .groupBy('form_id')
    .execute();

export async function replaceItemLinks(
  trx: Db,
  o: { formId: string; itemKey: string; cardIds: string[]; userId: string; at: string },
) {
  await trx.deleteFrom('drill_item_links').where('form_id', '=', o.formId).where('item_key', '=', o.itemKey).execute();
  if (o.cardIds.length)
    await trx
      .insertInto('drill_item_links')
      .values(
        o.cardIds.map((card_id) => ({
          form_id: o.formId,
          item_key: o.itemKey,
          card_id,
          created_by: o.userId,
          created_at: o.at,
        })),
      )
      .execute();
}

/** The cards already logged for a source and cause (a re-scored evaluation boosts them no more). */
export const loggedCards = async (db: Db, sourceId: string, cause: string) =>
  (
    await db
      .selectFrom('drill_boosts')
      .select('card_id')
      .where('source_id', '=', sourceId)
      .where('cause', '=', cause)
      .execute()
  ).map((r) => r.card_id);

export async function logBoosts(trx: Db, rows: DrillBoostsTable[]) {
  if (rows.length)
    await trx
      .insertInto('drill_boosts')
      .values(rows)
      .onConflict((oc) => oc.columns(['source_id', 'cause', 'card_id']).doNothing())
      .execute();
}

export const boostsOfSource = (db: Db, sourceId: string, reason: string) =>
  db
    .selectFrom('drill_boosts')
    .selectAll()
    .where('source_id', '=', sourceId)
    .where('reason', '=', reason)
    .orderBy('boosted_at')
    .orderBy('cause')
    .orderBy('id')
    .execute();
