import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MySummary, QueueCard, QueueQuery, ReviewInput, ReviewResult } from '../../../../common/drills-practice.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import { learnerIdOf, recordReview } from './review.service.js';
import { queueView } from './queue.view.js';
import { mySummary } from './summary.service.js';

// The practice part of drills (issue 20 items 1–2), under /api/drills: my day, my queue, a
// review. Practice is always the signed-in person's own: there is no employeeId to ask for.
export const practiceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['drills'];
  const practise = allow('drills.practise');

  app.get(
    '/me',
    {
      preHandler: practise,
      schema: {
        tags,
        summary:
          "Today's practice: minutes against the daily goal, the streak, due now, overdue, new cards left, mastery per deck. 422 DRILL_NO_EMPLOYEE",
        response: { 200: okSchema(MySummary) },
      },
    },
    async (req) => ok(await mySummary(db, learnerIdOf(actorOf(req)))),
  );

  app.get(
    '/queue',
    {
      preHandler: practise,
      schema: {
        tags,
        summary:
          'The next cards to answer: boosted (an error, a changed script) first, then overdue, due, and new ones within the daily limit; answers are not included. 422 DRILL_NO_EMPLOYEE',
        querystring: QueueQuery,
        response: { 200: okSchema(z.array(QueueCard)) },
      },
    },
    async (req) => ok(await queueView(db, learnerIdOf(actorOf(req)), req.query.limit)),
  );

  app.post(
    '/reviews',
    {
      preHandler: practise,
      schema: {
        tags,
        summary:
          'Answer a card: graded, rescheduled with FSRS, the time added to today. 400 DRILL_ANSWER_REQUIRED / DRILL_CHOICE_REQUIRED / DRILL_CHOICE_UNKNOWN / DRILL_SELF_RATING_REQUIRED; 404 a card not in your decks; 409 DRILL_REVIEW_CONFLICT; 422 DRILL_NO_EMPLOYEE',
        body: ReviewInput,
        response: { 200: okSchema(ReviewResult) },
      },
    },
    async (req) => ok(await recordReview(db, actorOf(req), req.body)),
  );
};
