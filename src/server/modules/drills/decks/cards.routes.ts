import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CardInput, CardOrder, CardPatch, CardRevision, CardSaved, CardView } from '../../../../common/drills-decks.js';
import { actorOf, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as cards from './cards.service.js';
import { author, reader, tags } from './decks.access.js';

// Cards of a deck and their revisions, under /api/drills.
const CONTENT_ERRORS =
  '400 EMPTY_CARD (prompt or answer), CARD_CHOICES_COUNT, CARD_CHOICES_DUPLICATE, CARD_ANSWER_NOT_IN_CHOICES, CARD_CLOZE_NO_BLANK, CARD_TOO_LONG with the field; 422 DECK_ARCHIVED';

export const cardsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;

  app.post(
    '/decks/:id/cards',
    {
      preHandler: author,
      schema: {
        tags,
        summary: `A new card at the end of the deck, at revision 1. ${CONTENT_ERRORS}`,
        params: IdParams,
        body: CardInput,
        response: { 200: okSchema(CardSaved) },
      },
    },
    async (req) => ok(await cards.createCard(db, actorOf(req), req.params.id, req.body)),
  );

  app.patch(
    '/cards/:id',
    {
      preHandler: author,
      schema: {
        tags,
        summary: `Change a card, or archive / restore it (status). A change of kind, prompt, answer or choices raises the revision and brings the card back, as new, to everyone who had learned it (reset: how many). ${CONTENT_ERRORS}; 409 VERSION_CONFLICT`,
        params: IdParams,
        body: CardPatch,
        response: { 200: okSchema(CardSaved) },
      },
    },
    async (req) => ok(await cards.updateCard(db, actorOf(req), req.params.id, req.body)),
  );

  app.put(
    '/decks/:id/order',
    {
      preHandler: author,
      schema: {
        tags,
        summary: "Put the deck's active cards in this order. 422 CARD_ORDER_MISMATCH unless it lists each of them once",
        params: IdParams,
        body: CardOrder,
        response: { 200: okSchema(z.array(CardView)) },
      },
    },
    async (req) => ok(await cards.reorderCards(db, actorOf(req), req.params.id, req.body.cardIds)),
  );

  app.get(
    '/cards/:id/revisions',
    {
      preHandler: reader,
      schema: {
        tags,
        summary: "A card's revisions, newest first",
        params: IdParams,
        response: { 200: okSchema(z.array(CardRevision)) },
      },
    },
    async (req) => ok(await cards.revisionsOf(db, req.params.id)),
  );
};
