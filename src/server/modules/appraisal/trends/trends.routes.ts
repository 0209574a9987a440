import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TeamTrendQuery, TeamTrends } from '../../../../common/appraisal-results.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import * as service from './trends.service.js';

// The team trend over published cycles (issue 18 item 7), under /api/appraisal. Everyone reads;
// each sees the teams of their scope (an agent none).
export const trendRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  app.get(
    '/trends/teams',
    {
      preHandler: allow('appraisal.read'),
      schema: {
        tags: ['appraisal'],
        summary: 'Average total and grade counts per team you see, per published cycle, oldest first',
        querystring: TeamTrendQuery,
        response: { 200: okSchema(TeamTrends) },
      },
    },
    async (req) => ok(await service.teamTrends(db, actorOf(req), req.query)),
  );
};
