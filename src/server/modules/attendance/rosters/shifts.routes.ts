import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Shift, ShiftInput, ShiftListQuery, ShiftPatch } from '../../../../common/attendance-rosters.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as service from './shifts.service.js';

// Shift templates, under /api/attendance/shifts: everyone with attendance.read lists them (the
// grid and "my schedule" show their names and times); attendance.setup writes them.
export const shiftsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['attendance'];
  const setup = allow('attendance.setup');

  app.get(
    '/shifts',
    {
      preHandler: allow('attendance.read'),
      schema: {
        tags,
        summary: 'Shift templates, by start time (active=true|false to filter)',
        querystring: ShiftListQuery,
        response: { 200: okSchema(z.array(Shift)) },
      },
    },
    async (req) =>
      ok(await service.listShifts(db, req.query.active === undefined ? undefined : req.query.active === 'true')),
  );

  app.post(
    '/shifts',
    {
      preHandler: setup,
      schema: {
        tags,
        summary:
          'Create a shift template. 400 ATTENDANCE_SHIFT_END_EQUALS_START / ATTENDANCE_SHIFT_BREAK_OUTSIDE / ATTENDANCE_SHIFT_BREAKS_OVERLAP / ATTENDANCE_SHIFT_UNKNOWN_DEPARTMENT; 409 ATTENDANCE_SHIFT_CODE_TAKEN',
        body: ShiftInput,
        response: { 200: okSchema(Shift) },
      },
    },
    async (req) => ok(await service.createShift(db, actorOf(req), req.body)),
  );

  app.put(
    '/shifts/:id',
    {
      preHandler: setup,
      schema: {
        tags,
        summary:
          'Change a shift template at the version read (409 VERSION_CONFLICT); deactivate with active=false. Entries already on a schedule keep their times',
        params: IdParams,
        body: ShiftPatch,
        response: { 200: okSchema(Shift) },
      },
    },
    async (req) => ok(await service.updateShiftTemplate(db, actorOf(req), req.params.id, req.body)),
  );
};
