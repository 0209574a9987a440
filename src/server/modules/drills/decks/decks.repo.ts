import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { DrillCardRevisionsTable, DrillCardsTable, DrillDecksTable } from '../../../db/schema-drills.js';
import { containsCi, type DialectName } from '../../../db/portable.js';
import { conflict } from '../../../lib/errors.js';

// Kysely queries of the decks part: decks, cards and card revisions.

export type DeckRow = DrillDecksTable;
export type CardRow = DrillCardsTable;
export type RevisionRow = DrillCardRevisionsTable;

export interface DeckFilter {
  dialect: DialectName;
  category?: string;
  status?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Decks with their active card counts, by name. */
export async function listDecks(db: Db, f: DeckFilter) {
  let base = db.selectFrom('drill_decks as d');
  if (f.category) base = base.where('d.category', '=', f.category);
  if (f.status) base = base.where('d.status', '=', f.status);
  if (f.q) base = base.where((eb) => containsCi(f.dialect, eb.ref('d.name'), f.q!));
  const [rows, count] = await Promise.all([
    base
      .selectAll('d')
      .select((eb) =>
        eb
          .selectFrom('drill_cards as c')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('c.deck_id', '=', 'd.id')
          .where('c.status', '=', 'active')
          .as('card_count'),
      )
      .orderBy('d.status')
      .orderBy('d.name')
      .orderBy('d.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((r) => ({ ...r, card_count: Number(r.card_count ?? 0) })), total: Number(count.n) };
}

export const deckById = (db: Db, id: string) =>
  db.selectFrom('drill_decks').selectAll().where('id', '=', id).executeTakeFirst();

export const activeDeckNamed = (db: Db, name: string) =>
  db.selectFrom('drill_decks').selectAll().where('name', '=', name).where('status', '=', 'active').executeTakeFirst();

export const activeDecks = (db: Db) =>
  db.selectFrom('drill_decks').selectAll().where('status', '=', 'active').execute();

export async function countActiveCards(db: Db, deckId: string) {
  const r = await db
    .selectFrom('drill_cards')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deck_id', '=', deckId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export const insertDeck = (db: Db, row: Insertable<DeckRow>) => db.insertInto('drill_decks').values(row).execute();

/** Changes a deck guarded by its version: an edit made meanwhile wins, this one gets 409. */
export async function updateDeck(db: Db, id: string, version: number, patch: Partial<DeckRow>) {
  const r = await db
    .updateTable('drill_decks')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1)
    throw conflict('VERSION_CONFLICT', 'The deck changed meanwhile; reload it and try again', 'version');
}

// cards
export const cardsOfDeck = (db: Db, deckId: string) =>
  db
    .selectFrom('drill_cards')
    .selectAll()
    .where('deck_id', '=', deckId)
    .orderBy('status')
    .orderBy('position')
    .orderBy('id')
    .execute();

export const cardById = (db: Db, id: string) =>
  db.selectFrom('drill_cards').selectAll().where('id', '=', id).executeTakeFirst();

/** The position after the deck's last card. */
export async function nextPosition(db: Db, deckId: string) {
  const r = await db
    .selectFrom('drill_cards')
    .select((eb) => eb.fn.max<number | null>('position').as('p'))
    .where('deck_id', '=', deckId)
    .executeTakeFirst();
  return Number(r?.p ?? 0) + 1;
}

/** deck id, kind and prompt of the active cards of these decks (the import's duplicate check). */
export const activeCardKeys = (db: Db, deckIds: string[]) =>
  deckIds.length
    ? db
        .selectFrom('drill_cards')
        .select(['deck_id', 'kind', 'prompt'])
        .where('deck_id', 'in', deckIds)
        .where('status', '=', 'active')
        .execute()
    : Promise.resolve([]);

export const insertCards = (db: Db, rows: Insertable<CardRow>[]) =>
  rows.length ? db.insertInto('drill_cards').values(rows).execute() : Promise.resolve();

export async function updateCard(db: Db, id: string, version: number, patch: Partial<CardRow>) {
  const r = await db
    .updateTable('drill_cards')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1)
    throw conflict('VERSION_CONFLICT', 'The card changed meanwhile; reload it and try again', 'version');
}

export const setPosition = (db: Db, id: string, position: number) =>
  db.updateTable('drill_cards').set({ position }).where('id', '=', id).execute();

// revisions
export const insertRevisions = (db: Db, rows: Insertable<RevisionRow>[]) =>
  rows.length ? db.insertInto('drill_card_revisions').values(rows).execute() : Promise.resolve();

export const revisionsOf = (db: Db, cardId: string) =>
  db
    .selectFrom('drill_card_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.changed_by')
    .selectAll('r')
    .select('u.display_name as changed_by_name')
    .where('r.card_id', '=', cardId)
    .orderBy('r.revision', 'desc')
    .execute();
