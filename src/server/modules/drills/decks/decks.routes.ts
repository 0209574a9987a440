import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DeckDetail, DeckInput, DeckListQuery, DeckPatch, DeckView } from '../../../../common/drills-decks.js';
import { actorOf, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import { cardsRoutes } from './cards.routes.js';
import { author, reader, tags } from './decks.access.js';
import * as decks from './decks.service.js';
import { importRoutes } from './import.routes.js';

// The decks part of drills (issue 20 item 1), under /api/drills: decks (here), cards and their
// revisions (cards.routes.ts), the Excel import (import.routes.ts). Access: decks.access.ts.

export const decksRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, dialect } = app.handle;

  app.get(
    '/decks',
    {
      preHandler: reader,
      schema: {
        tags,
        summary: 'Decks with their active card counts, by name; filter by category, status, part of the name',
        querystring: DeckListQuery,
        response: { 200: pageSchema(DeckView) },
      },
    },
    async (req) => {
      const r = await decks.listDecks(db, dialect, req.query);
      return page(r.data, r.total);
    },
  );

  app.post(
    '/decks',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'A new deck. 409 DECK_NAME_TAKEN when an active deck has the name',
        body: DeckInput,
        response: { 200: okSchema(DeckView) },
      },
    },
    async (req) => ok(await decks.createDeck(db, actorOf(req), req.body)),
  );

  app.get(
    '/decks/:id',
    {
      preHandler: reader,
      schema: {
        tags,
        summary: 'A deck with all its cards (active first, in their order)',
        params: IdParams,
        response: { 200: okSchema(DeckDetail) },
      },
    },
    async (req) => ok(await decks.getDeck(db, req.params.id)),
  );

  app.patch(
    '/decks/:id',
    {
      preHandler: author,
      schema: {
        tags,
        summary:
          'Change a deck, or archive / restore it (status). 409 VERSION_CONFLICT when it changed meanwhile; 409 DECK_NAME_TAKEN',
        params: IdParams,
        body: DeckPatch,
        response: { 200: okSchema(DeckView) },
      },
    },
    async (req) => ok(await decks.updateDeck(db, actorOf(req), req.params.id, req.body)),
  );

  await app.register(cardsRoutes);
  await app.register(importRoutes);
};
