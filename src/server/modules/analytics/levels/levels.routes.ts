import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ExamPair,
  LevelsOverviewQuery,
  LevelsOverviewRow,
  PairInput,
  ProgramExam,
  ProgramLevels,
  ProgramParams,
} from '../../../../common/analytics-levels.js';
import { peopleScope } from '../../../lib/access.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { levelsOverview, programExams, programLevels } from './levels.service.js';
import { addPair, removePair } from './pairs.service.js';

// The four levels per program (issue 22 item 3), under /api/analytics/levels; see API.md.
export const levelsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['analytics'];
  const view = allow('analytics.view');

  app.get(
    '/levels',
    {
      preHandler: view,
      schema: {
        tags,
        summary: 'Programs that ran (ending in from–to, months), each with the headline of its four levels and n',
        querystring: LevelsOverviewQuery,
        response: { 200: okSchema(z.array(LevelsOverviewRow)) },
      },
    },
    async (req) => ok(await levelsOverview(db, peopleScope(actorOf(req)), req.query)),
  );

  app.get(
    '/levels/programs/:id',
    {
      preHandler: view,
      schema: {
        tags,
        summary:
          'A program’s four levels: feedback, exams and pre/post gains, QA after it, KPIs as a difference in differences',
        params: ProgramParams,
        response: { 200: okSchema(ProgramLevels) },
      },
    },
    async (req) => ok(await programLevels(db, peopleScope(actorOf(req)), req.params.id)),
  );

  app.get(
    '/levels/programs/:id/exams',
    {
      preHandler: view,
      schema: {
        tags,
        summary: 'The exams the program’s people took, to pair a pre-test with a post-test',
        params: ProgramParams,
        response: { 200: okSchema(z.array(ProgramExam)) },
      },
    },
    async (req) => ok(await programExams(db, peopleScope(actorOf(req)), req.params.id)),
  );

  app.post(
    '/levels/programs/:id/pairs',
    {
      preHandler: allow('analytics.manage'),
      schema: {
        tags,
        summary: 'Pair a pre-test with a post-test for a program. 400 PAIR_SAME_EXAM; 409 PAIR_EXISTS',
        params: ProgramParams,
        body: PairInput,
        response: { 200: okSchema(ExamPair) },
      },
    },
    async (req) => ok(await addPair(db, actorOf(req), req.params.id, req.body)),
  );

  app.delete(
    '/levels/pairs/:id',
    {
      preHandler: allow('analytics.manage'),
      schema: { tags, summary: 'Remove a pre/post pair', params: IdParams, response: { 200: okSchema(z.null()) } },
    },
    async (req) => {
      await removePair(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );
};
