import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Created } from '../../../../common/training.js';
import {
  FeedbackDto,
  FeedbackInput,
  FeedbackItem,
  FeedbackListQuery,
  FeedbackRollup,
} from '../../../../common/training-sessions.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as feedback from './feedback.service.js';

// Learners' feedback after a session, and its roll-ups.
export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['training'];
  const reports = allow('training.reports');

  app.post(
    '/sessions/:id/feedback',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        params: IdParams,
        body: FeedbackInput,
        response: { 200: okSchema(Created) },
        summary:
          'Rate content, trainer and method 1–5 with suggestions; only if you attended (403 NOT_AN_ATTENDEE), once (409 FEEDBACK_EXISTS)',
      },
    },
    async (req) => ok({ id: await feedback.giveFeedback(db, actorOf(req), req.params.id, req.body) }),
  );

  app.get(
    '/feedback/mine',
    {
      preHandler: allow('training.learn'),
      schema: { tags, summary: 'The feedback you gave', response: { 200: okSchema(z.array(FeedbackDto)) } },
    },
    async (req) => ok(await feedback.myFeedback(db, actorOf(req))),
  );

  app.get(
    '/feedback',
    {
      preHandler: reports,
      schema: {
        tags,
        summary: 'Individual answers (anonymous) for a course, trainer or session',
        querystring: FeedbackListQuery,
        response: { 200: okSchema(z.array(FeedbackItem)) },
      },
    },
    async (req) => ok(await feedback.listFeedback(db, req.query)),
  );

  app.get(
    '/feedback/summary',
    {
      preHandler: reports,
      schema: {
        tags,
        summary: 'Averages per course or per trainer (best first)',
        querystring: z.object({ by: z.enum(['course', 'trainer']).default('course') }),
        response: { 200: okSchema(z.array(FeedbackRollup)) },
      },
    },
    async (req) => ok(await feedback.rollup(db, req.query.by)),
  );
};
