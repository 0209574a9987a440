import type { z } from 'zod';
import type { CardInput, CardPatch, CardSaved } from '../../../../common/drills-decks.js';
import { cardProblem } from '../../../../common/drills-decks.js';
import type { CardKind } from '../../../../common/drills.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { badRequest, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { resetChanged } from '../shared/states.js';
import { deckOr404 } from './decks.service.js';
import * as repo from './decks.repo.js';
import { toCard, toRevision } from './decks.views.js';

// Cards (drills.author) and their revisions. A card's content is its kind, prompt, answer and
// choices: when that changes the card gets a new revision (kept in drill_card_revisions, the first
// written at creation) and everyone who had learned the old text starts it again as new
// (shared/states.ts resetChanged), since knowing the old script is not knowing the new one. The
// knowledge point, the position and the status are not content: they keep the revision.

const ENTITY = 'drill_card';

export interface CardContent {
  kind: CardKind;
  prompt: string;
  answer: string;
  choices: string[] | null;
  knowledgePoint: string | null;
}

/** The content as stored: choices only on a choice card. Throws the first problem, with its field. */
export function checkedContent(c: CardContent): CardContent {
  const content = { ...c, choices: c.kind === 'choice' ? (c.choices ?? []) : null };
  const problem = cardProblem(content);
  if (problem) throw badRequest(problem.code, problem.message, problem.field);
  return { ...content, knowledgePoint: c.knowledgePoint || null };
}

const choicesJson = (c: CardContent) => (c.choices === null ? null : JSON.stringify(c.choices));

/** The rows of a new card at revision 1 and its first revision (shared with the Excel import). */
export function newCardRows(actor: Actor, deckId: string, position: number, c: CardContent) {
  const at = nowIso();
  const card: repo.CardRow = {
    id: newId(),
    deck_id: deckId,
    kind: c.kind,
    prompt: c.prompt,
    answer: c.answer,
    choices: choicesJson(c),
    knowledge_point: c.knowledgePoint,
    position,
    revision: 1,
    status: 'active',
    created_at: at,
    updated_at: at,
    version: 1,
  };
  const revision: repo.RevisionRow = {
    card_id: card.id,
    revision: 1,
    kind: c.kind,
    prompt: c.prompt,
    answer: c.answer,
    choices: card.choices,
    note: null,
    changed_by: actor.userId,
    changed_at: at,
  };
  return { card, revision };
}

async function activeDeckOr422(db: Db, deckId: string) {
  const deck = await deckOr404(db, deckId);
  if (deck.status !== 'active')
    throw ruleBroken('DECK_ARCHIVED', 'The deck is archived: restore it before changing its cards', 'deckId');
  return deck;
}

export async function createCard(
  db: Db,
  actor: Actor,
  deckId: string,
  input: z.output<typeof CardInput>,
): Promise<CardSaved> {
  await activeDeckOr422(db, deckId);
  const content = checkedContent({
    kind: input.kind,
    prompt: input.prompt,
    answer: input.answer,
    choices: input.choices ?? null,
    knowledgePoint: input.knowledgePoint ?? null,
  });
  const rows = await db.transaction().execute(async (trx) => {
    const r = newCardRows(actor, deckId, await repo.nextPosition(trx, deckId), content);
    await repo.insertCards(trx, [r.card]);
    await repo.insertRevisions(trx, [r.revision]);
    await recordAudit(trx, actor, { action: 'create', entity: ENTITY, entityId: r.card.id, newValue: content });
    return r;
  });
  return { card: toCard(rows.card), revised: false, reset: 0 };
}

export async function cardOr404(db: Db, id: string) {
  const c = await repo.cardById(db, id);
  if (!c) throw notFound('Card');
  return c;
}

const contentOf = (c: repo.CardRow): CardContent => ({
  kind: c.kind as CardKind,
  prompt: c.prompt,
  answer: c.answer,
  choices: c.choices === null ? null : (JSON.parse(c.choices) as string[]),
  knowledgePoint: c.knowledge_point,
});

export async function updateCard(
  db: Db,
  actor: Actor,
  id: string,
  patch: z.output<typeof CardPatch>,
): Promise<CardSaved> {
  const before = await cardOr404(db, id);
  await activeDeckOr422(db, before.deck_id);
  const old = contentOf(before);
  const next = checkedContent({
    kind: patch.kind ?? old.kind,
    prompt: patch.prompt ?? old.prompt,
    answer: patch.answer ?? old.answer,
    choices: patch.choices === undefined ? old.choices : patch.choices,
    knowledgePoint: patch.knowledgePoint === undefined ? old.knowledgePoint : patch.knowledgePoint,
  });
  const revised =
    next.kind !== old.kind ||
    next.prompt !== old.prompt ||
    next.answer !== old.answer ||
    choicesJson(next) !== choicesJson(old);
  const at = nowIso();
  const cols: Partial<repo.CardRow> = {
    kind: next.kind,
    prompt: next.prompt,
    answer: next.answer,
    choices: choicesJson(next),
    knowledge_point: next.knowledgePoint,
    ...(patch.status ? { status: patch.status } : {}),
  };
  const revision = revised ? before.revision + 1 : before.revision;
  const reset = await db.transaction().execute(async (trx) => {
    await repo.updateCard(trx, id, patch.version, { ...cols, revision, updated_at: at });
    let people = 0;
    if (revised) {
      await repo.insertRevisions(trx, [
        {
          card_id: id,
          revision,
          kind: next.kind,
          prompt: next.prompt,
          answer: next.answer,
          choices: cols.choices ?? null,
          note: patch.note || null,
          changed_by: actor.userId,
          changed_at: at,
        },
      ]);
      people = await resetChanged(trx, id, revision);
    }
    const { oldValue, newValue, changed } = diff(before as unknown as Record<string, unknown>, cols);
    if (changed)
      await recordAudit(trx, actor, {
        action: Object.keys(newValue).join() === 'status' ? 'status_change' : 'update',
        entity: ENTITY,
        entityId: id,
        oldValue,
        newValue: revised ? { ...newValue, revision, reset: people } : newValue,
        reason: patch.note ?? null,
      });
    return people;
  });
  return { card: toCard(await cardOr404(db, id)), revised, reset };
}

/** Puts the deck's active cards in the order given; the list must hold each of them once. */
export async function reorderCards(db: Db, actor: Actor, deckId: string, cardIds: string[]) {
  await activeDeckOr422(db, deckId);
  const active = (await repo.cardsOfDeck(db, deckId)).filter((c) => c.status === 'active');
  const given = new Set(cardIds);
  if (given.size !== cardIds.length || given.size !== active.length || active.some((c) => !given.has(c.id)))
    throw ruleBroken('CARD_ORDER_MISMATCH', "The order must list each of the deck's active cards once", 'cardIds');
  await db.transaction().execute(async (trx) => {
    for (const [n, cardId] of cardIds.entries()) await repo.setPosition(trx, cardId, n + 1);
    await recordAudit(trx, actor, {
      action: 'move',
      entity: 'drill_deck',
      entityId: deckId,
      oldValue: { order: active.map((c) => c.id) },
      newValue: { order: cardIds },
    });
  });
  return (await repo.cardsOfDeck(db, deckId)).map(toCard);
}

export async function revisionsOf(db: Db, cardId: string) {
  await cardOr404(db, cardId);
  return (await repo.revisionsOf(db, cardId)).map(toRevision);
}
