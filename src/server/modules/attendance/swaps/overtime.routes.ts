import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  OvertimeDecisionInput,
  OvertimeInput,
  OvertimeListQuery,
  OvertimeView,
  ToilBalanceView,
  ToilQuery,
} from '../../../../common/attendance-swaps.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import * as service from './overtime.service.js';

// Overtime and time off in lieu (issue 19 item 4), under /api/attendance; registered by swaps.routes.ts.
export const overtimeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['attendance'];

  app.get(
    '/overtime',
    {
      preHandler: allow('attendance.read'),
      schema: {
        tags,
        summary:
          'Overtime: scope=mine, to_decide (pending ones I decide: my team as lead, my department as center manager, all as HR), all (everyone in my sight); newest day first',
        querystring: OvertimeListQuery,
        response: { 200: pageSchema(OvertimeView) },
      },
    },
    async (req) => {
      const { data, total } = await service.listOvertime(db, actorOf(req), req.query);
      return page(data, total);
    },
  );

  app.post(
    '/overtime',
    {
      preHandler: allow('attendance.request'),
      schema: {
        tags,
        summary:
          'Ask for overtime before working it (yourself), or record overtime worked (recorded=true: the lead of the team, center manager or HR for someone else); the decider or the person is told. 403 / 404 out of sight; 422 NO_EMPLOYEE / OVERTIME_ALREADY_STARTED / OVERTIME_NOT_ENDED / OVERTIME_OVER_DAILY_MAX / OVERTIME_OVERLAPS_SHIFT; 409 OVERTIME_OVERLAP',
        body: OvertimeInput,
        response: { 200: okSchema(z.object({ id: z.string() })) },
      },
    },
    async (req) => ok({ id: await service.createOvertime(db, actorOf(req), req.body) }),
  );

  app.post(
    '/overtime/:id/decide',
    {
      preHandler: allow('attendance.approve'),
      schema: {
        tags,
        summary:
          'Approve or reject pending overtime (the lead of the team, the center manager, HR; never the person). Approved as time off in lieu it earns hours that lapse after the setting’s months. 409 OVERTIME_DECIDED / VERSION_CONFLICT',
        params: IdParams,
        body: OvertimeDecisionInput,
        response: { 200: okSchema(OvertimeView) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await service.decideOvertime(db, actor, req.params.id, req.body);
      return ok(await service.overtimeById(db, actor, req.params.id));
    },
  );

  app.get(
    '/toil',
    {
      preHandler: allow('attendance.read'),
      schema: {
        tags,
        summary:
          'Open time off in lieu today with its lots (soonest expiry first): yours, or someone in your sight (404 otherwise)',
        querystring: ToilQuery,
        response: { 200: okSchema(ToilBalanceView) },
      },
    },
    async (req) => ok(await service.toilOf(db, actorOf(req), req.query.employeeId)),
  );
};
