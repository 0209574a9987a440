import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EvaluationFollowUpDto,
  EvaluatorFeedbackCount,
  FeedbackDto,
  FeedbackListQuery,
  GiveFeedbackInput,
} from '../../../../common/quality-feedback.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import { evaluationPanel } from './feedback.panel.js';
import * as feedback from './feedback.service.js';

// Feedback to the agent (SPEC §8, issue 7 item 5) under /api/quality. Lists are scoped like the
// evaluations they belong to; who may record or acknowledge is decided in the service.
export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['quality: feedback'];
  const Done = okSchema(z.null());

  app.get(
    '/feedback',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        querystring: FeedbackListQuery,
        response: { 200: pageSchema(FeedbackDto) },
        summary:
          'Feedback tasks: view=mine (as evaluator or agent), overdue (not given by the deadline), all; state pending|overdue|given|late. A deadline the calendar cannot count shows dueProblem CALENDAR_YEAR_MISSING',
      },
    },
    async (req) => {
      const { rows, total } = await feedback.listFeedback(db, actorOf(req), req.query);
      return page(rows, total);
    },
  );

  app.get(
    '/feedback/by-evaluator',
    {
      preHandler: allow('quality.lead'),
      schema: {
        tags,
        summary: 'Per evaluator: pending, overdue, given on time, given late, deadline not countable',
        response: { 200: okSchema(z.array(EvaluatorFeedbackCount)) },
      },
    },
    async (req) => ok(await feedback.countsByEvaluator(db, actorOf(req))),
  );

  app.get(
    '/evaluations/:id/feedback',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary: 'The evaluation’s feedback, dispute window and dispute, red-line breaches and ruling',
        params: IdParams,
        response: { 200: okSchema(EvaluationFollowUpDto) },
      },
    },
    async (req) => ok(await evaluationPanel(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/evaluations/:id/feedback',
    {
      preHandler: allow('quality.evaluate'),
      schema: {
        tags,
        params: IdParams,
        body: GiveFeedbackInput,
        response: { 200: Done },
        summary:
          'The evaluator (or a QA lead) records the feedback given: mode, notes, date; kind common recounts the deadline. 409 FEEDBACK_ALREADY_GIVEN, 422 IMMEDIATE_ONLY_SIDE_BY_SIDE',
      },
    },
    async (req) => {
      await feedback.giveFeedback(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/evaluations/:id/acknowledge',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary:
          'The agent acknowledges their evaluation (403 NOT_THE_AGENT for anyone else, 409 ALREADY_ACKNOWLEDGED)',
        params: IdParams,
        response: { 200: okSchema(z.object({ acknowledgedAt: z.string() })) },
      },
    },
    async (req) => ok({ acknowledgedAt: await feedback.acknowledge(db, actorOf(req), req.params.id) }),
  );
};
