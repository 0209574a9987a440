import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AgentScoreQuery, AgentScoresDto } from '../../../../common/quality-calibration.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import { agentScores } from './agent-score.service.js';

// Agent QA scores with their margin of error (issue 7 item 10) at /api/quality/agent-scores.
export const agentScoreRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  app.get(
    '/agent-scores',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags: ['quality'],
        summary: 'Per agent over [from, to]: n, mean final score and its 95% interval; enough=false below the minimum',
        querystring: AgentScoreQuery,
        response: { 200: okSchema(AgentScoresDto) },
      },
    },
    async (req) => ok(await agentScores(db, actorOf(req), req.query)),
  );
};
