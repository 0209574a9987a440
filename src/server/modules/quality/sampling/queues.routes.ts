import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasPermission } from '../../../../common/permissions.js';
import {
  EvaluatorQuota,
  QueueDto,
  QueueQuery,
  QuotaNumbers,
  QuotaPut,
  Reassign,
  SkipInput,
} from '../../../../common/quality-sampling.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as queues from './queues.service.js';

// Work queues and quotas (SPEC §8 "Evaluator quotas"; issue 7 item 3).
export const queueRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['quality'];
  const lead = allow('quality.lead');

  app.get(
    '/queue',
    {
      preHandler: allow('quality.evaluate'),
      schema: {
        tags,
        summary:
          'Your own queue (open samples by default; filter by status, agentId, teamId) and your progress against today’s quota per method',
        querystring: QueueQuery,
        response: { 200: okSchema(QueueDto) },
      },
    },
    async (req) => ok(await queues.myQueue(db, actorOf(req), req.query)),
  );

  app.post(
    '/samples/reassign',
    {
      preHandler: lead,
      schema: {
        tags,
        body: Reassign,
        response: { 200: okSchema(z.object({ moved: z.number() })) },
        summary:
          'Give open samples to another evaluator, with a reason (audited per sample). 409 SAMPLE_CLOSED; 422 NOT_AN_EVALUATOR, NOT_ELIGIBLE (a team lead: own team only), EVALUATOR_PAUSED',
      },
    },
    async (req) => ok(await queues.reassign(db, actorOf(req), req.body)),
  );

  app.post(
    '/samples/:id/skip',
    {
      preHandler: allow('quality.evaluate'),
      schema: {
        tags,
        summary:
          'Skip an open sample that cannot be scored (e.g. recording missing), with a reason: its evaluator or a QA lead (audited)',
        params: IdParams,
        body: SkipInput,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await queues.skip(db, actor, req.params.id, req.body.reason, hasPermission(actor.roles, 'quality.lead'));
      return ok(null);
    },
  );

  app.get(
    '/quotas',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Every evaluator: level, daily quota per method (own or the default), progress today, open samples',
        response: { 200: okSchema(z.array(EvaluatorQuota)) },
      },
    },
    async () => ok(await queues.quotaBoard(db)),
  );

  app.put(
    '/quotas/:id',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Set an evaluator’s daily quota per method, with a reason (audited). 422 NOT_AN_EVALUATOR',
        params: IdParams,
        body: QuotaPut,
        response: { 200: okSchema(QuotaNumbers) },
      },
    },
    async (req) => ok(await queues.putQuota(db, actorOf(req), req.params.id, req.body)),
  );
};
