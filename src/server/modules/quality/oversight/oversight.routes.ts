import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CoscoreFormDto,
  CoscoreFormQuery,
  CoscoreInput,
  EvaluatorDetailDto,
  EvaluatorListDto,
  OversightQuery,
  ReasonInput,
  RegisterInput,
  ReviewInput,
  TestInput,
} from '../../../../common/quality-calibration.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import * as coscore from './oversight.coscore.js';
import * as service from './oversight.service.js';
import * as stages from './oversight.stages.js';

// Evaluator oversight (issue 7 item 9) under /api/quality/evaluators: the QA lead's table of
// leniency, consistency and status, and each evaluator's record.
export const oversightRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['quality'];
  const lead = allow('quality.lead');
  const UserParams = z.object({ userId: z.string().min(1).max(64) });
  const Done = okSchema(z.null());

  app.get(
    '/evaluators',
    {
      preHandler: lead,
      schema: {
        tags,
        summary:
          'Evaluators over a period (default the last quality.oversight.periodDays): leniency vs comparable others with p, consistency, drift, status',
        querystring: OversightQuery,
        response: { 200: okSchema(EvaluatorListDto) },
      },
    },
    async (req) => ok(await service.listEvaluators(db, req.query)),
  );

  app.get(
    '/evaluators/:userId',
    {
      preHandler: allow('quality.evaluate'),
      schema: {
        tags,
        summary: 'An evaluator’s record: status, test, co-scores, reviews, Δ per quarter (QA leads, or the evaluator)',
        params: UserParams,
        response: { 200: okSchema(EvaluatorDetailDto) },
      },
    },
    async (req) => ok(await service.getEvaluator(db, actorOf(req), req.params.userId)),
  );

  app.post(
    '/evaluators/:userId/register',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Register a new evaluator: training until they pass the test and co-score',
        params: UserParams,
        body: RegisterInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await service.register(db, actorOf(req), req.params.userId, req.body);
      return ok(null);
    },
  );

  app.post(
    '/evaluators/:userId/test',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Record the evaluator’s test: a score, or an exam whose graded result counts (pass → co-scoring)',
        params: UserParams,
        body: TestInput,
        response: { 200: okSchema(z.object({ passed: z.boolean(), score: z.number() })) },
      },
    },
    async (req) => ok(await service.recordTest(db, actorOf(req), req.params.userId, req.body)),
  );

  app.get(
    '/evaluators/:userId/coscore-form',
    {
      preHandler: allow('quality.evaluate'),
      schema: {
        tags,
        summary: 'The form and call of an evaluation to co-score blind (without the experienced evaluator’s answers)',
        params: UserParams,
        querystring: CoscoreFormQuery,
        response: { 200: okSchema(CoscoreFormDto) },
      },
    },
    async (req) => ok(await coscore.coscoreForm(db, actorOf(req), req.params.userId, req.query.evaluationId)),
  );

  app.post(
    '/evaluators/:userId/coscores',
    {
      preHandler: allow('quality.evaluate'),
      schema: {
        tags,
        summary:
          'A co-score (the new evaluator, their experienced evaluator or a QA lead): the evaluation scored again; the deviation is kept',
        params: UserParams,
        body: CoscoreInput,
        response: {
          200: okSchema(
            z.object({ id: z.string(), score: z.number(), referenceScore: z.number(), deviation: z.number() }),
          ),
        },
      },
    },
    async (req) => ok(await coscore.addCoscore(db, actorOf(req), req.params.userId, req.body)),
  );

  app.post(
    '/evaluators/:userId/certify',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Certify (422 EVALUATOR_NOT_READY until the test is passed and enough co-scores are within tolerance)',
        params: UserParams,
        body: ReasonInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await stages.certify(db, actorOf(req), req.params.userId, req.body.reason);
      return ok(null);
    },
  );

  app.post(
    '/evaluators/:userId/pause',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Pause an evaluator: their scoring is refused (422 EVALUATOR_PAUSED) until resumed',
        params: UserParams,
        body: ReasonInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await stages.pause(db, actorOf(req), req.params.userId, req.body.reason);
      return ok(null);
    },
  );

  app.post(
    '/evaluators/:userId/resume',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Resume a paused evaluator',
        params: UserParams,
        body: ReasonInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await stages.resume(db, actorOf(req), req.params.userId, req.body.reason);
      return ok(null);
    },
  );

  app.post(
    '/evaluators/:userId/reviews',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Record the quarterly review (pass / retrain / move); the quarter’s figures are kept with it',
        params: UserParams,
        body: ReviewInput,
        response: { 200: okSchema(z.object({ id: z.string() })) },
      },
    },
    async (req) => ok(await stages.addReview(db, actorOf(req), req.params.userId, req.body)),
  );
};
