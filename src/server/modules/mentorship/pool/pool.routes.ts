import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Candidate,
  CandidatesQuery,
  PoolConfig,
  PoolConfigInput,
  PoolHistoryEntry,
  PoolMember,
  RemoveInput,
  SelectInput,
} from '../../../../common/mentorship-pool.js';
import { Created, Id } from '../../../../common/training.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as pool from './pool.service.js';
import { listPool } from './results.js';

// The pool part of mentorship (issue 20 item 6), under /api/mentorship; see modules/mentorship/index.ts.
// Reading: training.mentor (mentors and team leads see the people in their scope); changing:
// training.manage.
export const poolRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['mentorship'];
  const read = allow('training.mentor');
  const manage = allow('training.manage');

  app.get(
    '/pool/candidates',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Floor agents with each pool criterion (tenure, QA average, appraisal, mentor training) and its evidence',
        querystring: CandidatesQuery,
        response: { 200: okSchema(z.array(Candidate)) },
      },
    },
    async (req) => ok(await pool.candidates(db, actorOf(req), req.query)),
  );

  app.get(
    '/pool',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'The active mentors, with trainee ratings (flagged below mentoring.pool.minRating) and results',
        response: { 200: okSchema(z.array(PoolMember)) },
      },
    },
    async (req) => ok(await listPool(db, actorOf(req))),
  );

  app.post(
    '/pool/members',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Select a person into the pool; 422 POOL_CRITERIA_UNMET names the unmet criteria unless an overrideReason is given (recorded)',
        body: SelectInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await pool.selectMentor(db, actorOf(req), req.body) }),
  );

  app.post(
    '/pool/members/:id/remove',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Remove a person (by employee id) from the pool, with a reason; the history is kept',
        params: IdParams,
        body: RemoveInput,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await pool.removeMentor(db, actorOf(req), req.params.id, req.body.reason);
      return ok(null);
    },
  );

  app.get(
    '/pool/history',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Selections and removals, newest first',
        querystring: z.object({ employeeId: Id.optional() }),
        response: { 200: okSchema(z.array(PoolHistoryEntry)) },
      },
    },
    async (req) => ok(await pool.poolHistory(db, actorOf(req), req.query.employeeId)),
  );

  app.get(
    '/pool/config',
    {
      preHandler: read,
      schema: { tags, summary: 'The course that counts as mentor training', response: { 200: okSchema(PoolConfig) } },
    },
    async () => ok(await pool.getConfig(db)),
  );

  app.put(
    '/pool/config',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Choose the mentor-training course (version: 0 the first time); 409 VERSION_CONFLICT',
        body: PoolConfigInput,
        response: { 200: okSchema(PoolConfig) },
      },
    },
    async (req) => ok(await pool.putConfig(db, actorOf(req), req.body)),
  );
};
