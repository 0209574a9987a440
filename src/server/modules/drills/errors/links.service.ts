import type { z } from 'zod';
import type { CardSearchQuery, FormLinks, LinkedCard } from '../../../../common/drills-errors.js';
import type { CardKind } from '../../../../common/drills.js';
import type { ScorecardContentShape } from '../../../../common/quality.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { ruleBroken } from '../../../lib/errors.js';
import { getForm, listForms } from '../../quality/forms/forms.service.js';
import * as repo from './errors.repo.js';

// Scorecard items linked to drill cards (issue 20 item 3). A link names the form and the item key,
// not a form version: a new version that keeps the key keeps its cards, one that drops the key
// leaves the link aside (listed as an orphan) until the key comes back or someone clears it.

export const cardDto = (c: repo.CardRow): LinkedCard => ({
  id: c.id,
  deckId: c.deck_id,
  deckName: c.deck_name,
  kind: c.kind as CardKind,
  prompt: c.prompt,
  status: c.status === 'active' ? 'active' : 'archived',
});

/** Published, unarchived forms, with how many of their items have cards. */
export async function linkForms(db: Db) {
  const [forms, counts] = await Promise.all([listForms(db, { publishedOnly: true }), repo.linkedItemCounts(db)]);
  const linked = new Map(counts.map((c) => [c.form_id, Number(c.items)]));
  return forms.map((f) => ({
    id: f.id,
    name: f.name,
    kind: f.kind,
    publishedVersion: f.publishedVersion,
    linkedItems: linked.get(f.id) ?? 0,
  }));
}

/** The version whose items are linked: the published one, else the draft (a form being built). */
async function currentItems(db: Db, formId: string) {
  const form = await getForm(db, formId); // 404 NOT_FOUND for an unknown form
  const version =
    form.versions.find((v) => v.id === form.publishedVersionId) ?? form.versions.find((v) => v.status === 'draft');
  const content: ScorecardContentShape = version?.content ?? { sections: [] };
  const items = content.sections.flatMap((s) =>
    s.items.map((i) => ({
      key: i.key,
      label: i.label,
      sectionKey: s.key,
      sectionTitle: s.title,
      kind: i.kind,
      critical: i.critical,
    })),
  );
  return { form, items };
}

export async function formLinks(db: Db, formId: string): Promise<FormLinks> {
  const { form, items } = await currentItems(db, formId);
  const links = await repo.linksOfForm(db, formId);
  const cards = new Map(
    (
      await repo.cardsByIds(
        db,
        links.map((l) => l.card_id),
      )
    ).map((c) => [c.id, cardDto(c)]),
  );
  const byKey = new Map<string, LinkedCard[]>();
  for (const l of links) {
    const card = cards.get(l.card_id);
    if (card) byKey.set(l.item_key, [...(byKey.get(l.item_key) ?? []), card]);
  }
  const known = new Set(items.map((i) => i.key));
  return {
    formId: form.id,
    formName: form.name,
    publishedVersion: form.publishedVersion,
    items: items.map((i) => ({ ...i, cards: byKey.get(i.key) ?? [] })),
    orphans: [...byKey].filter(([key]) => !known.has(key)).map(([key, list]) => ({ key, cards: list })),
  };
}

/**
 * Sets the cards of one item (replacing the list; an empty list clears it). The item must be on
 * the form's current version — or be an orphan being cleared; each card must exist and be active.
 */
export async function setItemCards(db: Db, actor: Actor, formId: string, itemKey: string, cardIds: string[]) {
  const { items } = await currentItems(db, formId);
  const before = (await repo.linksOfForm(db, formId)).filter((l) => l.item_key === itemKey).map((l) => l.card_id);
  if (!items.some((i) => i.key === itemKey) && !(cardIds.length === 0 && before.length > 0))
    throw ruleBroken('LINK_ITEM_UNKNOWN', `This form has no item ${itemKey}`, 'itemKey');
  const found = new Map((await repo.cardsByIds(db, cardIds)).map((c) => [c.id, c]));
  cardIds.forEach((id, n) => {
    const card = found.get(id);
    if (!card) throw ruleBroken('LINK_CARD_UNKNOWN', `No drill card ${id}`, `cardIds.${n}`);
    if (card.status !== 'active')
      throw ruleBroken(
        'LINK_CARD_ARCHIVED',
        `The card ${id} (or its deck) is archived; link an active card`,
        `cardIds.${n}`,
      );
  });
  await db.transaction().execute(async (trx) => {
    await repo.replaceItemLinks(trx, { formId, itemKey, cardIds, userId: actor.userId, at: nowIso() });
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'drill_item_link',
      entityId: `${formId}/${itemKey}`,
      oldValue: { cardIds: before },
      newValue: { cardIds },
    });
  });
  return (await formLinks(db, formId)).items.find((i) => i.key === itemKey) ?? null;
}

export const searchCards = async (db: Db, q: z.output<typeof CardSearchQuery>) =>
  (await repo.searchCards(db, q)).map(cardDto);
