import type { z } from 'zod';
import type { DeckInput, DeckListQuery, DeckPatch, DeckView } from '../../../../common/drills-decks.js';
import type { Db } from '../../../db/connect.js';
import type { DialectName } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import * as repo from './decks.repo.js';
import { toCard, toDeck } from './decks.views.js';

// Decks (drills.author): a name unique among the active decks (the Excel import finds decks by
// name), a category, a description and an audience. Archiving hides a deck from practice and
// from the import; its cards and everyone's progress on them stay.

const ENTITY = 'drill_deck';

export async function listDecks(db: Db, dialect: DialectName, q: z.output<typeof DeckListQuery>) {
  const { rows, total } = await repo.listDecks(db, { dialect, ...q });
  return { data: rows.map((r) => toDeck(r, r.card_count)), total };
}

export async function deckOr404(db: Db, id: string) {
  const d = await repo.deckById(db, id);
  if (!d) throw notFound('Deck');
  return d;
}

export async function getDeck(db: Db, id: string) {
  const deck = await deckOr404(db, id);
  const cards = await repo.cardsOfDeck(db, id);
  return {
    deck: toDeck(deck, cards.filter((c) => c.status === 'active').length),
    cards: cards.map(toCard),
  };
}

async function assertNameFree(db: Db, name: string, exceptId?: string) {
  const other = await repo.activeDeckNamed(db, name);
  if (other && other.id !== exceptId)
    throw conflict('DECK_NAME_TAKEN', `An active deck is named ${name} already`, 'name');
}

export async function createDeck(db: Db, actor: Actor, input: z.output<typeof DeckInput>): Promise<DeckView> {
  await assertNameFree(db, input.name);
  const at = nowIso();
  const row: repo.DeckRow = {
    id: newId(),
    name: input.name,
    category: input.category,
    description: input.description || null,
    audience: JSON.stringify(input.audience),
    status: 'active',
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
    version: 1,
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertDeck(trx, row);
    await recordAudit(trx, actor, { action: 'create', entity: ENTITY, entityId: row.id, newValue: input });
  });
  return toDeck(row, 0);
}

export async function updateDeck(db: Db, actor: Actor, id: string, patch: z.output<typeof DeckPatch>) {
  const before = await deckOr404(db, id);
  const cols: Partial<repo.DeckRow> = {};
  if (patch.name !== undefined) cols.name = patch.name;
  if (patch.category !== undefined) cols.category = patch.category;
  if (patch.description !== undefined) cols.description = patch.description || null;
  if (patch.audience !== undefined) cols.audience = JSON.stringify(patch.audience);
  if (patch.status !== undefined) cols.status = patch.status;
  const name = cols.name ?? before.name;
  if ((cols.status ?? before.status) === 'active' && (name !== before.name || before.status !== 'active'))
    await assertNameFree(db, name, id);
  const { oldValue, newValue, changed } = diff(before as unknown as Record<string, unknown>, cols);
  await db.transaction().execute(async (trx) => {
    await repo.updateDeck(trx, id, patch.version, { ...cols, updated_at: nowIso() });
    const statusOnly = Object.keys(newValue).length === 1 && 'status' in newValue;
    if (changed)
      await recordAudit(trx, actor, {
        action: statusOnly ? 'status_change' : 'update',
        entity: ENTITY,
        entityId: id,
        oldValue,
        newValue,
      });
  });
  const after = await deckOr404(db, id);
  return toDeck(after, await repo.countActiveCards(db, id));
}
