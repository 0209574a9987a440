import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssignmentDto,
  AssignmentInput,
  AssignmentListQuery,
  CloseProblemInput,
  DailyLog,
  EndAssignmentInput,
  HoursInput,
  MentorRollup,
  ProblemInput,
  RatingInput,
  ReplaceInput,
  WarningDto,
} from '../../../../common/training-records.js';
import { Created } from '../../../../common/training.js';
import { IsoDate } from '../../../../common/people.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as log from './mentoring.log.js';
import * as mentoring from './mentoring.service.js';

// Mentoring (一对一 / 一对五 跟听): assignments, the daily log, ratings and warnings.
export const mentoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['training'];
  const manage = allow('training.manage');
  const Done = okSchema(z.null());

  app.get(
    '/mentoring/assignments',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        summary: 'Assignments you may see: all for training staff; yours as mentor or trainee; your team’s',
        querystring: AssignmentListQuery,
        response: { 200: okSchema(z.array(AssignmentDto)) },
      },
    },
    async (req) => ok(await mentoring.listAssignments(db, actorOf(req), req.query)),
  );

  app.post(
    '/mentoring/assignments',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Assign a one-to-one mentor or a group (one-to-five) mentor; 409 ALREADY_MENTORED, 422 MENTOR_BUSY / GROUP_FULL',
        body: AssignmentInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await mentoring.assign(db, actorOf(req), req.body) }),
  );

  app.post(
    '/mentoring/assignments/:id/replace',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Replace the mentor from today, with a reason (audited); returns the new assignment',
        params: IdParams,
        body: ReplaceInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) =>
      ok({ id: await mentoring.replaceMentor(db, actorOf(req), req.params.id, req.body.mentorId, req.body.reason) }),
  );

  app.post(
    '/mentoring/assignments/:id/end',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'End the assignment (phase over)',
        params: IdParams,
        body: EndAssignmentInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await mentoring.endAssignment(db, actorOf(req), req.params.id, req.body.reason, req.body.endDate);
      return ok(null);
    },
  );

  app.post(
    '/mentoring/assignments/:id/hours',
    {
      preHandler: allow('training.mentor'),
      schema: {
        tags,
        params: IdParams,
        body: HoursInput,
        response: { 200: okSchema(z.object({ id: z.string(), dayTotal: z.number(), cap: z.number().nullable() })) },
        summary:
          'Log live hours for a day (the mentor or a training manager). One-to-one: 422 MENTORING_DAILY_CAP when the day would pass the cap; the mentor and team lead get a warning',
      },
    },
    async (req) => ok(await log.logHours(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/mentoring/assignments/:id/log',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        summary: 'The daily log of a day (default today): hours, problems met, problems carried over',
        params: IdParams,
        querystring: z.object({ date: IsoDate.optional() }),
        response: { 200: okSchema(DailyLog) },
      },
    },
    async (req) => ok(await log.dailyLog(db, actorOf(req), req.params.id, req.query.date)),
  );

  app.post(
    '/mentoring/assignments/:id/problems',
    {
      preHandler: allow('training.mentor'),
      schema: {
        tags,
        summary: 'Log a problem met on a day',
        params: IdParams,
        body: ProblemInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await log.addProblem(db, actorOf(req), req.params.id, req.body) }),
  );

  app.post(
    '/mentoring/problems/:id/close',
    {
      preHandler: allow('training.mentor'),
      schema: {
        tags,
        summary: 'Close a problem with its resolution (closedOn defaults to today)',
        params: IdParams,
        body: CloseProblemInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await log.closeProblem(db, actorOf(req), req.params.id, req.body.resolution, req.body.closedOn);
      return ok(null);
    },
  );

  app.post(
    '/mentoring/assignments/:id/rating',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        summary: 'The trainee rates their mentor 1–5, once per assignment (409 RATING_EXISTS)',
        params: IdParams,
        body: RatingInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await mentoring.rateMentor(db, actorOf(req), req.params.id, req.body.score, req.body.comment);
      return ok(null);
    },
  );

  app.get(
    '/mentoring/mentors',
    {
      preHandler: allow('training.reports'),
      schema: {
        tags,
        summary: 'Mentors: active trainees per mode and ratings',
        response: { 200: okSchema(z.array(MentorRollup)) },
      },
    },
    async () => ok(await mentoring.mentorRollup(db)),
  );

  app.get(
    '/warnings',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        summary: 'Your training warnings (e.g. kind mentoring_hours_cap), newest first',
        querystring: z.object({ unread: z.enum(['true', 'false']).default('false') }),
        response: { 200: okSchema(z.array(WarningDto)) },
      },
    },
    async (req) => ok(await log.myWarnings(db, actorOf(req), req.query.unread === 'true')),
  );

  app.post(
    '/warnings/:id/read',
    {
      preHandler: allow('training.learn'),
      schema: { tags, summary: 'Mark one of your warnings read', params: IdParams, response: { 200: Done } },
    },
    async (req) => {
      await log.markWarningRead(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );
};
