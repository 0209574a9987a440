import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EvaluationCreate,
  EvaluationDetailDto,
  EvaluationListQuery,
  EvaluationRowDto,
  InteractionFacts,
} from '../../../../common/quality-forms.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import * as service from './evaluations.service.js';

// Evaluations (SPEC §8, issue 7 item 4) under /api/quality. Lists and reads are scoped by the
// service (an agent sees only their own, a team lead their team, …); scoring needs quality.evaluate.
export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['quality: evaluations'];

  app.get(
    '/evaluations',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary: 'Evaluations the caller may see, newest first; mine=1 for the caller’s own',
        querystring: EvaluationListQuery,
        response: { 200: pageSchema(EvaluationRowDto) },
      },
    },
    async (req) => {
      const { items, total } = await service.listEvaluations(db, actorOf(req), req.query);
      return page(items, total);
    },
  );

  app.get(
    '/evaluations/:id',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary: 'One evaluation with the form version it was scored on and its interaction',
        params: IdParams,
        response: { 200: okSchema(EvaluationDetailDto) },
      },
    },
    async (req) => ok(await service.getEvaluation(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/evaluations',
    {
      preHandler: allow('quality.evaluate'),
      schema: {
        tags,
        body: EvaluationCreate,
        response: {
          200: okSchema(
            z.object({
              id: z.string(),
              score: z.number(),
              passed: z.boolean(),
              criticalFailure: z.enum(['none', 'section', 'evaluation']),
            }),
          ),
        },
        summary:
          'Score an interaction or a side-by-side session on the form’s published version; 422 SUGGESTION_REQUIRED below pass or on a critical failure; 422 EVALUATOR_PAUSED / EVALUATOR_NOT_CERTIFIED',
      },
    },
    async (req) => ok(await service.createEvaluation(db, actorOf(req), req.body)),
  );

  // QA evaluators see only themselves in the people list (SPEC §1), yet sit beside anyone: this
  // names working agents (name, number, team; nothing more) for a side-by-side session.
  const AgentHit = z.object({
    id: z.string(),
    name: z.string(),
    employeeNo: z.string(),
    teamName: z.string(),
    status: z.string(),
  });
  app.get(
    '/agents',
    {
      preHandler: allow('quality.evaluate'),
      schema: {
        tags,
        summary: 'Working agents by name or employee number, to name the agent of a side-by-side session',
        querystring: z.object({ q: z.string().trim().max(50).optional() }),
        response: { 200: okSchema(z.array(AgentHit)) },
      },
    },
    async (req) =>
      ok(
        (await service.searchAgents(db, req.query.q)).map((a) => ({
          id: a.id,
          name: a.name,
          employeeNo: a.employee_no,
          teamName: a.team_name,
          status: a.status,
        })),
      ),
  );

  app.get(
    '/interactions/:id/context',
    {
      preHandler: allow('quality.evaluate'),
      schema: {
        tags,
        summary: 'The interaction to score: facts, recording or transcript link, agent, existing evaluations',
        params: IdParams,
        response: { 200: okSchema(InteractionFacts) },
      },
    },
    async (req) => ok(await service.interactionContext(db, actorOf(req), req.params.id)),
  );
};
