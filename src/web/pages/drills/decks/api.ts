import type { QueryKey } from '@tanstack/react-query';
import type {
  CardInput,
  CardPatch,
  CardRevision,
  CardSaved,
  CardView,
  DeckDetail,
  DeckInput,
  DeckPatch,
  DeckView,
  ImportPreview,
  ImportResult,
} from '../../../../common/drills-decks';
import { http, toQueryString, type Query } from '../../../api';

// The typed endpoints of the decks part (/api/drills); the transport is the one client.
export type Deck = DeckView;
export type Card = CardView;
export type { CardRevision, CardSaved, DeckDetail, ImportPreview, ImportResult };

/** Query keys: everything under ['drills', 'decks'] is refreshed after a decks write. */
export const decksKey = (...parts: unknown[]): QueryKey => ['drills', 'decks', ...parts];
const id = (s: string) => encodeURIComponent(s);
const form = (f: File) => {
  const body = new FormData();
  body.append('file', f);
  return body;
};

export const decksApi = {
  list: (q: Query) => http.list<Deck>('/drills/decks', q),
  get: (deckId: string) => http.get<DeckDetail>(`/drills/decks/${id(deckId)}`),
  create: (body: DeckInput) => http.post<Deck>('/drills/decks', body),
  update: (deckId: string, body: DeckPatch) => http.patch<Deck>(`/drills/decks/${id(deckId)}`, body),
  createCard: (deckId: string, body: CardInput) => http.post<CardSaved>(`/drills/decks/${id(deckId)}/cards`, body),
  updateCard: (cardId: string, body: CardPatch) => http.patch<CardSaved>(`/drills/cards/${id(cardId)}`, body),
  reorder: (deckId: string, cardIds: string[]) => http.put<Card[]>(`/drills/decks/${id(deckId)}/order`, { cardIds }),
  revisions: (cardId: string) => http.get<CardRevision[]>(`/drills/cards/${id(cardId)}/revisions`),
  templateUrl: (locale: string) => `/api/drills/import/template${toQueryString({ locale })}`,
  preview: (f: File) => http.post<ImportPreview>('/drills/import/preview', form(f)),
  import: (f: File) => http.post<ImportResult>('/drills/import', form(f)),
};
