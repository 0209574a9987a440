import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AttendanceInput, AttendanceScore, AttendanceScoreQuery } from '../../../../common/training-sessions.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { attendanceBreakdown, takeAttendance } from './attendance.service.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { ruleBroken } from '../../../lib/errors.js';
import { addDays, centerToday } from '../../../lib/clock.js';
import { centerOffset } from '../../../lib/center-time.js';
import { requirePersonVisible } from '../shared/training.access.js';

// Taking attendance (the trainer's phone screen) and the attendance score it feeds.
export const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['training'];

  app.put(
    '/sessions/:id/attendance',
    {
      preHandler: allow('training.teach'),
      schema: {
        tags,
        params: IdParams,
        body: AttendanceInput,
        response: { 200: okSchema(z.object({ recorded: z.number().int() })) },
        summary:
          'Record or correct attendance (the session’s trainer or a training manager, from 30 minutes before the start; a setting). 422: NOT_ENROLLED, MINUTES_REQUIRED, LEAVE_NOT_APPROVED (on_leave needs an approved request)',
      },
    },
    async (req) => ok({ recorded: await takeAttendance(db, actorOf(req), req.params.id, req.body) }),
  );

  app.get(
    '/attendance-score',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        querystring: AttendanceScoreQuery,
        response: { 200: okSchema(AttendanceScore) },
        summary:
          'Daily-performance attendance points (of 30) for you or a person you may see over the center’s days from..to (default: the last 7 days); formula in attendance.service.ts',
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const who = req.query.employeeId ?? actor.employeeId;
      if (!who)
        throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person; choose employeeId', 'employeeId');
      await requirePersonVisible(db, actor, who);
      const to = req.query.to ?? centerToday(await centerOffset(db));
      const from = req.query.from ?? addDays(to, -6);
      assertDateOrder(from, to, 'to', '"to" is before "from"');
      return ok(await attendanceBreakdown(db, who, from, to));
    },
  );
};
