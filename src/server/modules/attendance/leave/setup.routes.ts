import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  LeaveBalanceQuery,
  LeaveBalances,
  LeaveKind,
  LeaveKindInput,
  LeaveKindPatch,
  LeaveProfileInput,
  LeaveProfileParams,
} from '../../../../common/attendance-leave.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { balancesOf, setProfile } from './balances.service.js';
import * as kinds from './kinds.service.js';

// Leave kinds (read by everyone who files leave, changed with attendance.setup), balances and
// the work-years profile that annual leave is counted from.
export const setupRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['attendance'];
  const setup = allow('attendance.setup');

  app.get(
    '/kinds',
    {
      preHandler: allow('attendance.read'),
      schema: {
        tags,
        summary: 'Leave kinds, builtin and the center’s own, in their order',
        response: { 200: okSchema(z.array(LeaveKind)) },
      },
    },
    async () => ok(await kinds.listKinds(db)),
  );

  app.post(
    '/kinds',
    {
      preHandler: setup,
      schema: {
        tags,
        summary: 'A leave kind of the center’s own. 409 LEAVE_KIND_CODE_TAKEN',
        body: LeaveKindInput,
        response: { 200: okSchema(LeaveKind) },
      },
    },
    async (req) => ok(await kinds.createKind(db, actorOf(req), req.body)),
  );

  app.patch(
    '/kinds/:id',
    {
      preHandler: setup,
      schema: {
        tags,
        summary:
          'Change a leave kind (its code stays). 422 LEAVE_KIND_BUILTIN when a builtin kind’s balance rule is changed',
        params: IdParams,
        body: LeaveKindPatch,
        response: { 200: okSchema(LeaveKind) },
      },
    },
    async (req) => ok(await kinds.updateKind(db, actorOf(req), req.params.id, req.body)),
  );

  app.delete(
    '/kinds/:id',
    {
      preHandler: setup,
      schema: {
        tags,
        summary:
          'Delete a kind of the center’s own that no request uses. 422 LEAVE_KIND_BUILTIN; 409 LEAVE_KIND_IN_USE',
        params: IdParams,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await kinds.deleteKind(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  app.get(
    '/balances',
    {
      preHandler: allow('attendance.read'),
      schema: {
        tags,
        summary:
          'Annual leave this year (entitlement by years of work, used, pending, left) and open time off in lieu with expiry dates; your own, or a person in your sight (404 otherwise)',
        querystring: LeaveBalanceQuery,
        response: { 200: okSchema(LeaveBalances) },
      },
    },
    async (req) => ok(await balancesOf(db, actorOf(req), req.query.employeeId)),
  );

  app.put(
    '/profiles/:employeeId',
    {
      preHandler: setup,
      schema: {
        tags,
        summary:
          'Where a person’s cumulative years of work start (default: the hire date). 422 CAREER_START_IN_FUTURE / CAREER_START_AFTER_HIRE',
        params: LeaveProfileParams,
        body: LeaveProfileInput,
        response: { 200: okSchema(LeaveBalances) },
      },
    },
    async (req) => ok(await setProfile(db, actorOf(req), req.params.employeeId, req.body.careerStartDay)),
  );
};
