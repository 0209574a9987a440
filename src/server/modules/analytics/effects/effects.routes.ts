import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  EffectsCompareParams,
  EffectsComparison,
  EffectsQuery,
  EffectsResult,
} from '../../../../common/analytics-effects.js';
import { peopleScope } from '../../../lib/access.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import { compareEffects, trainerEffects } from './effects.service.js';

// Trainer and mentor effects (issue 22 item 4), under /api/analytics/effects; see API.md.
export const effectsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['analytics'];
  const view = allow('analytics.view');

  app.get(
    '/effects',
    {
      preHandler: view,
      schema: {
        tags,
        summary: 'Each trainer’s (or mentor’s) learners’ later QA, KPIs and 6-month retention, raw and shrunk, with n',
        querystring: EffectsQuery,
        response: { 200: okSchema(EffectsResult) },
      },
    },
    async (req) => {
      const { kind, ...filter } = req.query;
      return ok(await trainerEffects(db, peopleScope(actorOf(req)), { kind, filter }));
    },
  );

  app.get(
    '/effects/compare/:a/:b',
    {
      preHandler: view,
      schema: {
        tags,
        summary:
          'Two trainers (or mentors) side by side, with the difference of their learners’ means. 404 when either has no learners in sight',
        params: EffectsCompareParams,
        querystring: EffectsQuery,
        response: { 200: okSchema(EffectsComparison) },
      },
    },
    async (req) => {
      const { kind, ...filter } = req.query;
      const { a, b } = req.params;
      return ok(await compareEffects(db, peopleScope(actorOf(req)), { kind, filter, a, b }));
    },
  );
};
