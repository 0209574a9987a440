import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DecisionInput, DisputeDto, DisputeListQuery, OpenDisputeInput } from '../../../../common/quality-feedback.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as disputes from './disputes.service.js';

// Disputes (申诉, SPEC §8, issue 7 item 6) under /api/quality: the agent opens, the direct
// supervisor decides item by item.
export const disputeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['quality: disputes'];

  app.get(
    '/disputes',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary:
          'Disputes the caller may see (own, team, department, or to review as direct supervisor); toReview=true for open ones the caller decides',
        querystring: DisputeListQuery,
        response: { 200: okSchema(z.array(DisputeDto)) },
      },
    },
    async (req) => ok(await disputes.listDisputes(db, actorOf(req), req.query)),
  );

  app.get(
    '/disputes/:id',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary: 'One dispute with its items: original, proposed and final values',
        params: IdParams,
        response: { 200: okSchema(DisputeDto) },
      },
    },
    async (req) => ok(await disputes.getDispute(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/evaluations/:id/disputes',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        params: IdParams,
        body: OpenDisputeInput,
        response: { 200: okSchema(z.object({ id: z.string() })) },
        summary:
          'The agent disputes their evaluation (whole or items, each with the answer they propose: 1/0 for yes/no, a whole 0..max otherwise) within the window: 422 DISPUTE_WINDOW_CLOSED, VALUE_OUT_OF_RANGE, 409 DISPUTE_OPEN / DISPUTE_DECIDED, 403 NOT_THE_AGENT',
      },
    },
    async (req) => ok({ id: await disputes.openDispute(db, actorOf(req), req.params.id, req.body) }),
  );

  app.post(
    '/disputes/:id/decision',
    {
      preHandler: allow('quality.review'),
      schema: {
        tags,
        params: IdParams,
        body: DecisionInput,
        response: { 200: okSchema(DisputeDto) },
        summary:
          'The agent’s direct supervisor keeps or changes each disputed item with a reason; changes re-score the evaluation (final score), the original stays. 403 NOT_DIRECT_SUPERVISOR, 422 DECISION_INCOMPLETE',
      },
    },
    async (req) => {
      await disputes.decideDispute(db, actorOf(req), req.params.id, req.body);
      return ok(await disputes.getDispute(db, actorOf(req), req.params.id));
    },
  );
};
