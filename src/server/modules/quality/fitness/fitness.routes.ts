import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FitnessDto, MarkReviewInput, ReinstateInput, SuspendInput } from '../../../../common/quality-fitness.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as service from './fitness.service.js';

// Evaluator fitness (issue 17 item 3): suspend and reinstate under /api/quality/evaluators (QA
// leads), an evaluator's own figure, and the re-review of a marked evaluation.
export const fitnessRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['quality'];
  const lead = allow('quality.lead');
  const UserParams = z.object({ userId: z.string().min(1).max(64) });

  app.get(
    '/evaluators/:userId/fitness',
    {
      preHandler: allow('quality.evaluate'),
      schema: {
        tags,
        summary:
          'An evaluator’s fitness: mean deviation from calibration consensus in the window, flag and suspension (QA leads, or the evaluator)',
        params: UserParams,
        response: { 200: okSchema(FitnessDto) },
      },
    },
    async (req) => ok(await service.fitnessOfOne(db, actorOf(req), req.params.userId)),
  );

  app.post(
    '/evaluators/:userId/suspend',
    {
      preHandler: lead,
      schema: {
        tags,
        summary:
          'Suspend an evaluator for fitness: scoring refused (403 EVALUATOR_SUSPENDED), open samples released, the window’s evaluations marked',
        params: UserParams,
        body: SuspendInput,
        response: { 200: okSchema(z.object({ flagId: z.string(), marked: z.number(), released: z.number() })) },
      },
    },
    async (req) => ok(await service.suspend(db, actorOf(req), req.params.userId, req.body)),
  );

  app.post(
    '/evaluators/:userId/reinstate',
    {
      preHandler: lead,
      schema: {
        tags,
        summary:
          'Reinstate a suspended evaluator after a passed recalibration (a session closed after the suspension, mean deviation within quality.fitness.maxDeviation)',
        params: UserParams,
        body: ReinstateInput,
        response: { 200: okSchema(z.object({ deviation: z.number() })) },
      },
    },
    async (req) => ok(await service.reinstate(db, actorOf(req), req.params.userId, req.body)),
  );

  app.post(
    '/evaluations/:id/fitness-review',
    {
      preHandler: lead,
      schema: {
        tags,
        summary:
          'Re-review an evaluation marked by a suspension: confirm it, or rescore (changed answers); either returns it to appraisal inputs',
        params: IdParams,
        body: MarkReviewInput,
        response: { 200: okSchema(z.object({ state: z.string(), finalScore: z.number().nullable() })) },
      },
    },
    async (req) => ok(await service.reviewMark(db, actorOf(req), req.params.id, req.body)),
  );
};
