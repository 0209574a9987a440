import { createHash } from 'node:crypto';
import type { QueueCard } from '../../../../common/drills-practice.js';
import type { Db } from '../../../db/connect.js';
import { clozeParts, parseChoices } from './grading.js';
import { dueCards } from './queue.service.js';

// The queue as the learner's screen needs it: each card's content for answering, never the
// answer of a recall, cloze or choice card before the review. A choice card's options come in
// an order fixed for the person and the card's revision (the right one is not always first, and
// reloading does not reshuffle).

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

export function shuffled(options: string[], seed: string): string[] {
  return options
    .map((o, i) => ({ o, key: hash(`${seed}\u0000${i}\u0000${o}`) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.o);
}

export async function queueView(db: Db, employeeId: string, limit: number): Promise<QueueCard[]> {
  const due = await dueCards(db, employeeId, { limit });
  if (due.length === 0) return [];
  const cards = new Map(
    (
      await db
        .selectFrom('drill_cards as c')
        .innerJoin('drill_decks as d', 'd.id', 'c.deck_id')
        .select(['c.id', 'c.kind', 'c.prompt', 'c.answer', 'c.choices', 'c.revision', 'd.name as deck_name'])
        .where(
          'c.id',
          'in',
          due.map((d) => d.cardId),
        )
        .execute()
    ).map((c) => [c.id, c]),
  );
  return due.flatMap((d) => {
    const c = cards.get(d.cardId);
    if (!c) return [];
    const kind = c.kind as QueueCard['kind'];
    return [
      {
        cardId: d.cardId,
        deckId: d.deckId,
        deckName: c.deck_name,
        kind,
        prompt: c.prompt,
        choices: kind === 'choice' ? shuffled(parseChoices(c.choices), `${employeeId}/${c.id}/${c.revision}`) : null,
        clozeParts: kind === 'cloze' ? clozeParts(c.answer) : null,
        script: kind === 'read_aloud' ? c.answer : null,
        why: d.why,
        boostReason: d.boostReason,
        boostRef: d.boostRef,
        due: d.due,
      },
    ];
  });
}
