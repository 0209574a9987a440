import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MyScheduleDay,
  MyScheduleQuery,
  RosterCells,
  RosterCreate,
  RosterGrid,
  RosterGridQuery,
  RosterVersion,
} from '../../../../common/attendance-rosters.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { mySchedule, rosterGrid } from './rosters.grid.js';
import * as service from './rosters.service.js';

// Team rosters under /api/attendance/rosters and each person's schedule under /my/schedule.
// A lead works on their own team only (rosters.access.ts); changes after publishing are recorded
// and the person is told.
export const rosterRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['attendance'];
  const roster = allow('attendance.roster');
  const Version = okSchema(z.object({ version: z.number().int() }));

  app.get(
    '/rosters',
    {
      preHandler: allow('attendance.read'),
      schema: {
        tags,
        summary:
          'The team’s roster holding day `from` as a grid (people × days, totals per person, headcount per shift and day); without a roster, an empty week from `from`. Drafts only for those who may edit; 404 when the team is out of sight',
        querystring: RosterGridQuery,
        response: { 200: okSchema(RosterGrid) },
      },
    },
    async (req) => ok(await rosterGrid(db, actorOf(req), req.query)),
  );

  app.post(
    '/rosters',
    {
      preHandler: roster,
      schema: {
        tags,
        summary:
          'Create a draft roster for a week (from a Monday) or a month (from the 1st), optionally copied from the previous period. 400 ATTENDANCE_ROSTER_BAD_START; 409 ATTENDANCE_ROSTER_EXISTS; 422 ATTENDANCE_ROSTER_NO_PREVIOUS / ATTENDANCE_SHIFT_OVERLAP',
        body: RosterCreate,
        response: { 200: okSchema(z.object({ id: z.string() })) },
      },
    },
    async (req) => ok({ id: await service.createRoster(db, actorOf(req), req.body) }),
  );

  app.put(
    '/rosters/:id/cells',
    {
      preHandler: roster,
      schema: {
        tags,
        summary:
          'Set cells (a shift, null = rest, clear = no entry) at the roster’s version. 409 VERSION_CONFLICT; 422 ATTENDANCE_SHIFT_OVERLAP (params name, day) / ATTENDANCE_ROSTER_NOT_IN_TEAM / ATTENDANCE_SHIFT_UNKNOWN / ATTENDANCE_ROSTER_DAY_OUTSIDE',
        params: IdParams,
        body: RosterCells,
        response: { 200: okSchema(z.object({ changed: z.number().int(), version: z.number().int() })) },
      },
    },
    async (req) => ok(await service.setCells(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/rosters/:id/publish',
    {
      preHandler: roster,
      schema: {
        tags,
        summary:
          'Publish the roster: its people see it and are told; later changes are recorded and notified. 409 ATTENDANCE_ROSTER_PUBLISHED / VERSION_CONFLICT',
        params: IdParams,
        body: RosterVersion,
        response: { 200: Version },
      },
    },
    async (req) => ok(await service.publishRoster(db, actorOf(req), req.params.id, req.body.version)),
  );

  app.get(
    '/my/schedule',
    {
      preHandler: allow('attendance.read'),
      schema: {
        tags,
        summary:
          'My published schedule from..to (at most 62 days), each day with its shift’s code, name and times. 422 NO_EMPLOYEE',
        querystring: MyScheduleQuery,
        response: { 200: okSchema(z.array(MyScheduleDay)) },
      },
    },
    async (req) => ok(await mySchedule(db, actorOf(req), req.query)),
  );
};
