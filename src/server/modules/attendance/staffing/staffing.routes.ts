import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  StaffingDay,
  StaffingDayQuery,
  StaffingImpact,
  StaffingImpactQuery,
} from '../../../../common/attendance-staffing.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import { staffingImpact } from './impact.service.js';
import { staffingDay } from './staffing.service.js';

// The staffing part of attendance (issue 19 item 6), under /api/attendance; see
// modules/attendance/index.ts. Those who plan rosters or decide leave read it (attendance.staffing);
// the rostered side is limited to their people scope.
export const staffingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  app.get(
    '/staffing/day',
    {
      preHandler: allow('attendance.staffing'),
      schema: {
        tags: ['attendance'],
        summary: 'Forecast contacts and AHT, agents required by Erlang C and people rostered per interval of a day',
        querystring: StaffingDayQuery,
        response: { 200: okSchema(StaffingDay) },
      },
    },
    async (req) => ok(await staffingDay(db, actorOf(req), req.query)),
  );
  app.get(
    '/staffing/impact',
    {
      preHandler: allow('attendance.staffing'),
      schema: {
        tags: ['attendance'],
        summary: 'The day chart before and after a pending leave or swap',
        querystring: StaffingImpactQuery,
        response: { 200: okSchema(StaffingImpact) },
      },
    },
    async (req) => ok(await staffingImpact(db, actorOf(req), req.query)),
  );
};
