import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DistributionData, GradesData, GradesQuery } from '../../../../common/appraisal-results.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as service from './distribution.service.js';

// Grades after the forced distribution and the distribution chart's counts (issue 18 item 4),
// under /api/appraisal. Everyone reads; each sees the people of their scope.
export const distributionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['appraisal'];
  const read = allow('appraisal.read');

  app.get(
    '/cycles/:id/grades',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Grades of the people you see: total, the score band’s grade, the grade after the forced distribution per team, rank in the team; fixed from final on',
        params: IdParams,
        querystring: GradesQuery,
        response: { 200: okSchema(GradesData) },
      },
    },
    async (req) => ok(await service.cycleGrades(db, actorOf(req), req.params.id, req.query)),
  );

  app.get(
    '/cycles/:id/distribution',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Counts per grade for each team you see and over all of them (the distribution chart)',
        params: IdParams,
        response: { 200: okSchema(DistributionData) },
      },
    },
    async (req) => ok(await service.distributionData(db, actorOf(req), req.params.id)),
  );
};
