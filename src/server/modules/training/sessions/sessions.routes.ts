import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Clash,
  ClashCheckInput,
  EnrolInput,
  SessionDetail,
  SessionDto,
  SessionInput,
  SessionListQuery,
  SessionUpdate,
} from '../../../../common/training-sessions.js';
import { Created, Reason } from '../../../../common/training.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as sessions from './sessions.service.js';

// Sessions on the calendar, their bookings and clashes.
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['training'];
  const manage = allow('training.manage');
  const clashes = '409 TRAINER_CLASH / ROOM_CLASH / TRAINEE_CLASH names who and the other session';

  app.get(
    '/sessions',
    {
      preHandler: allow('training.read'),
      schema: {
        tags,
        querystring: SessionListQuery,
        response: { 200: okSchema(z.array(SessionDto)) },
        summary:
          'Calendar: sessions starting on the center’s days from..to (≤ 92 days) that you may see: all for training managers, HR and center managers; otherwise those you teach or in which someone you may see is enrolled',
      },
    },
    async (req) => ok(await sessions.listSessions(db, actorOf(req), req.query)),
  );

  app.get(
    '/sessions/:id',
    {
      preHandler: allow('training.read'),
      schema: {
        tags,
        summary: 'A session with its enrolled people (those you may see), their attendance, leave and feedback',
        params: IdParams,
        response: { 200: okSchema(SessionDetail) },
      },
    },
    async (req) => ok(await sessions.getSession(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/sessions/check',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Every clash a booking would make (empty: none), before saving',
        body: ClashCheckInput,
        response: { 200: okSchema(z.array(Clash)) },
      },
    },
    async (req) => ok(await sessions.checkBooking(db, req.body)),
  );

  app.post(
    '/sessions',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: `Schedule a session, optionally enrolling people and cohorts; ${clashes}`,
        body: SessionInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await sessions.createSession(db, actorOf(req), req.body) }),
  );

  app.patch(
    '/sessions/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: `Move or change a session (send the version you read); ${clashes}`,
        params: IdParams,
        body: SessionUpdate,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await sessions.updateSession(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/sessions/:id/cancel',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Cancel a session',
        params: IdParams,
        body: z.object({ reason: Reason }),
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await sessions.cancelSession(db, actorOf(req), req.params.id, req.body.reason);
      return ok(null);
    },
  );

  app.post(
    '/sessions/:id/enrolments',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: `Enrol people and/or cohorts (those already enrolled are skipped); ${clashes}`,
        params: IdParams,
        body: EnrolInput,
        response: { 200: okSchema(z.object({ added: z.number().int(), alreadyEnrolled: z.number().int() })) },
      },
    },
    async (req) => ok(await sessions.enrol(db, actorOf(req), req.params.id, req.body)),
  );

  const Person = z.object({ id: z.string().min(1).max(64), employeeId: z.string().min(1).max(64) });
  app.delete(
    '/sessions/:id/enrolments/:employeeId',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Take a person off a session (409 ATTENDANCE_TAKEN once attendance is recorded)',
        params: Person,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await sessions.unenrol(db, actorOf(req), req.params.id, req.params.employeeId);
      return ok(null);
    },
  );
};
