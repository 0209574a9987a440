import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Boost,
  BoostQuery,
  CardSearchQuery,
  FormItemParams,
  FormLinks,
  ItemCardsInput,
  LinkedCard,
  LinkForm,
  LinkItem,
} from '../../../../common/drills-errors.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import { onWrongAnswers } from '../../exams/grading/wrong-answers.hooks.js';
import { onFailedItems } from '../../quality/summary/failed-items.hooks.js';
import { boostFailedItems, boostsOf, boostWrongAnswers } from './boosts.service.js';
import * as links from './links.service.js';

// The errors part of drills (issue 20 item 3), under /api/drills: scorecard items linked to cards
// (drills.link), and what an evaluation or exam attempt sent to practice (everyone, by sight).
// Registering the plugin also subscribes to quality's failed items and exams' wrong answers.
export const errorsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['drills'];
  const link = allow('drills.link');
  onFailedItems(boostFailedItems);
  onWrongAnswers(boostWrongAnswers);

  app.get(
    '/links/forms',
    {
      preHandler: link,
      schema: {
        tags,
        summary: 'Published scorecards whose items can be linked to drill cards, with how many items have cards',
        response: { 200: okSchema(z.array(LinkForm)) },
      },
    },
    async () => ok(await links.linkForms(db)),
  );

  app.get(
    '/links/forms/:formId',
    {
      preHandler: link,
      schema: {
        tags,
        summary:
          "A scorecard's items (published version, else draft) with their linked cards; links of keys no longer on the form as orphans. 404 for an unknown form",
        params: z.object({ formId: z.string().min(1).max(64) }),
        response: { 200: okSchema(FormLinks) },
      },
    },
    async (req) => ok(await links.formLinks(db, req.params.formId)),
  );

  app.put(
    '/links/forms/:formId/items/:itemKey',
    {
      preHandler: link,
      schema: {
        tags,
        summary:
          'Set the cards of a scorecard item (replaces the list; [] clears it). 404 unknown form; 422 LINK_ITEM_UNKNOWN / LINK_CARD_UNKNOWN / LINK_CARD_ARCHIVED',
        params: FormItemParams,
        body: ItemCardsInput,
        response: { 200: okSchema(LinkItem.nullable()) },
      },
    },
    async (req) =>
      ok(await links.setItemCards(db, actorOf(req), req.params.formId, req.params.itemKey, req.body.cardIds)),
  );

  app.get(
    '/links/cards',
    {
      preHandler: link,
      schema: {
        tags,
        summary: 'Active cards of active decks matching a text (prompt, deck name, knowledge point), to link',
        querystring: CardSearchQuery,
        response: { 200: okSchema(z.array(LinkedCard)) },
      },
    },
    async (req) => ok(await links.searchCards(db, req.query)),
  );

  app.get(
    '/boosts',
    {
      preHandler: allow('drills.practise'),
      schema: {
        tags,
        summary:
          'The cards an evaluation (evaluationId) or an exam attempt (attemptId) sent to practice, and why; for whoever may see that evaluation or attempt (404 otherwise)',
        querystring: BoostQuery,
        response: { 200: okSchema(z.array(Boost)) },
      },
    },
    async (req) => ok(await boostsOf(db, actorOf(req), req.query)),
  );
};
