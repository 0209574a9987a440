import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FactsState } from '../../../../common/analytics-facts.js';
import { allow, ok, okSchema } from '../../../lib/http.js';
import { factsState, refreshAnalytics } from './refresh.js';

// The facts part of analytics (issue 22), under /api/analytics: when the rollups were built, and
// a rebuild on demand (the hourly task rebuilds them anyway; refresh.job.ts).
export const factsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['analytics'];

  app.get(
    '/facts/state',
    {
      preHandler: allow('analytics.view'),
      schema: {
        tags,
        summary: 'When the analytics rollups were last rebuilt (null before the first rebuild)',
        response: { 200: okSchema(FactsState.nullable()) },
      },
    },
    async () => ok(await factsState(db)),
  );

  app.post(
    '/facts/refresh',
    {
      preHandler: allow('analytics.manage'),
      schema: {
        tags,
        summary: 'Rebuild the analytics rollups now, in one transaction; answers the new state',
        response: { 200: okSchema(FactsState) },
      },
    },
    async () => ok(await refreshAnalytics(db)),
  );
};
