import type { CardRevision, CardView, DeckView } from '../../../../common/drills-decks.js';
import { parseAudience } from '../shared/audience.js';
import type { CardRow, DeckRow, RevisionRow } from './decks.repo.js';

// Rows of the decks part as the API shows them.

export const toDeck = (d: DeckRow, cardCount: number): DeckView => ({
  id: d.id,
  name: d.name,
  category: d.category as DeckView['category'],
  description: d.description,
  audience: parseAudience(d.audience),
  status: d.status as DeckView['status'],
  cardCount,
  createdAt: d.created_at,
  updatedAt: d.updated_at,
  version: d.version,
});

const parseChoices = (json: string | null): string[] | null => (json === null ? null : (JSON.parse(json) as string[]));

export const toCard = (c: CardRow): CardView => ({
  id: c.id,
  deckId: c.deck_id,
  kind: c.kind as CardView['kind'],
  prompt: c.prompt,
  answer: c.answer,
  choices: parseChoices(c.choices),
  knowledgePoint: c.knowledge_point,
  position: c.position,
  revision: c.revision,
  status: c.status as CardView['status'],
  createdAt: c.created_at,
  updatedAt: c.updated_at,
  version: c.version,
});

export const toRevision = (r: RevisionRow & { changed_by_name: string | null }): CardRevision => ({
  revision: r.revision,
  kind: r.kind as CardRevision['kind'],
  prompt: r.prompt,
  answer: r.answer,
  choices: parseChoices(r.choices),
  note: r.note,
  changedBy: r.changed_by,
  changedByName: r.changed_by_name,
  changedAt: r.changed_at,
});
