import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LeaveDecision, LeaveDto, LeaveInput, LeaveListQuery } from '../../../../common/training-sessions.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import * as leave from './leave.service.js';

// Leave from a session: asked by the trainee, decided by a training manager.
export const leaveRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['training'];

  app.post(
    '/sessions/:id/leave',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        params: IdParams,
        body: LeaveInput,
        response: { 200: okSchema(z.object({ id: z.string(), late: z.boolean() })) },
        summary:
          'Ask for leave from a session you are enrolled in. After the session has started it is still accepted, with late: true (事后请假); 409 LEAVE_EXISTS',
      },
    },
    async (req) => ok(await leave.requestLeave(db, actorOf(req), req.params.id, req.body.reason)),
  );

  app.get(
    '/leave',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        querystring: LeaveListQuery,
        response: { 200: pageSchema(LeaveDto) },
        summary:
          'Leave requests: all for training managers, HR and center managers; otherwise your own and those for sessions you teach',
      },
    },
    async (req) => {
      const { items, total } = await leave.listLeave(db, actorOf(req), req.query);
      return page(items, total);
    },
  );

  app.post(
    '/leave/:id/decision',
    {
      preHandler: allow('training.manage'),
      schema: {
        tags,
        summary:
          'Approve or refuse a pending request (409 LEAVE_ALREADY_DECIDED); approval turns an "absent" mark into on_leave',
        params: IdParams,
        body: LeaveDecision,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await leave.decideLeave(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/leave/:id/withdraw',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        summary: 'Withdraw your own pending request',
        params: IdParams,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await leave.withdrawLeave(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );
};
