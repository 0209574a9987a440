import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DailyDto,
  DailyInput,
  DailyListQuery,
  DailyUpdate,
  FollowupDto,
  FollowupListQuery,
  PlanInput,
  TalkInput,
} from '../../../../common/exams-practical.js';
import { GradeInput, GradingTask } from '../../../../common/exams-attempts.js';
import { IsoDate } from '../../../../common/people.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import * as daily from '../daily/daily.service.js';
import * as followups from './followups.service.js';
import * as grading from './grading.service.js';

// Blind grading, daily performance and follow-ups: the staff's scoring work.
export const gradingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;

  const gtags = ['exams: grading'];
  app.get(
    '/exams/grading/queue',
    {
      preHandler: allow('exams.grade'),
      schema: {
        tags: gtags,
        summary: 'Answers to mark, blind (an anonymous code, never a name)',
        querystring: z.object({
          examId: z.string().max(64).optional(),
          state: z.enum(['pending', 'graded', 'all']).default('pending'),
        }),
        response: { 200: okSchema(z.array(GradingTask)) },
      },
    },
    async (req) => ok(await grading.queue(db, actorOf(req), req.query)),
  );

  app.put(
    '/exams/grading/items/:id',
    {
      preHandler: allow('exams.grade'),
      schema: {
        tags: gtags,
        summary: 'Mark one answer 0…points; changing a mark needs a reason (audited)',
        params: IdParams,
        body: GradeInput,
        response: {
          200: okSchema(
            z.object({ itemId: z.string(), attemptScore: z.number().nullable(), pendingInAttempt: z.number() }),
          ),
        },
      },
    },
    async (req) => ok(await grading.gradeItem(db, actorOf(req), req.params.id, req.body)),
  );

  const dtags = ['exams: daily performance'];
  const Scored = okSchema(z.object({ id: z.string(), total: z.number(), passed: z.boolean() }));
  app.get(
    '/exams/daily/period',
    {
      preHandler: allow('exams.daily'),
      schema: {
        tags: dtags,
        summary: 'The evaluation period containing a date (weeks per period is a setting)',
        querystring: z.object({ date: IsoDate }),
        response: { 200: okSchema(z.object({ periodStart: z.string(), periodEnd: z.string(), weeks: z.number() })) },
      },
    },
    async (req) => ok(await daily.periodOf(db, req.query.date)),
  );

  app.get(
    '/exams/daily/prefill',
    {
      preHandler: allow('exams.daily'),
      schema: {
        tags: dtags,
        summary:
          'The period containing a date (default today, center time), the attendance points training attendance gives (null: enter by hand) and the attitude the daily quizzes suggest (drills.quizCountsInAttitude)',
        querystring: z.object({ date: IsoDate.optional(), employeeId: z.string().min(1).max(64) }),
        response: {
          200: okSchema(
            z.object({
              periodStart: z.string(),
              periodEnd: z.string(),
              weeks: z.number(),
              attendance: z.number().nullable(),
              /** The daily quizzes' suggestion for the attitude part (null: off, or no quiz in the period). */
              attitude: z.number().nullable(),
            }),
          ),
        },
      },
    },
    async (req) =>
      ok(await daily.prefill(db, actorOf(req), req.query.employeeId, req.query.date ?? (await todayInCenter(db)))),
  );

  app.get(
    '/exams/daily',
    {
      preHandler: allow('exams.daily'),
      schema: {
        tags: dtags,
        summary: "Daily-performance scores in the caller's scope",
        querystring: DailyListQuery,
        response: { 200: pageSchema(DailyDto) },
      },
    },
    async (req) => {
      const r = await daily.list(db, actorOf(req), req.query);
      return page(r.items, r.total);
    },
  );

  app.post(
    '/exams/daily',
    {
      preHandler: allow('exams.daily'),
      schema: {
        tags: dtags,
        summary: 'Score a period: attendance 30, attitude 30, teamwork 40',
        body: DailyInput,
        response: { 200: Scored },
      },
    },
    async (req) => ok(await daily.create(db, actorOf(req), req.body)),
  );

  app.put(
    '/exams/daily/:id',
    {
      preHandler: allow('exams.daily'),
      schema: {
        tags: dtags,
        summary: 'Change a score (reason required, audited)',
        params: IdParams,
        body: DailyUpdate,
        response: { 200: Scored },
      },
    },
    async (req) => ok(await daily.update(db, actorOf(req), req.params.id, req.body)),
  );

  const ftags = ['exams: follow-ups'];
  const F = okSchema(FollowupDto);
  app.get(
    '/exams/followups',
    {
      preHandler: allow('exams.followup'),
      schema: {
        tags: ftags,
        summary: 'Follow-ups after failed results',
        querystring: FollowupListQuery,
        response: { 200: pageSchema(FollowupDto) },
      },
    },
    async (req) => {
      const r = await followups.list(db, actorOf(req), req.query);
      return page(r.items, r.total);
    },
  );
  app.get(
    '/exams/followups/:id',
    {
      preHandler: allow('exams.followup'),
      schema: { tags: ftags, summary: 'A follow-up', params: IdParams, response: { 200: F } },
    },
    async (req) => ok(await followups.get(db, actorOf(req), req.params.id)),
  );
  app.post(
    '/exams/followups/:id/talk',
    {
      preHandler: allow('exams.followup'),
      schema: {
        tags: ftags,
        summary: 'Record the one-to-one talk (notes for staff, feedback for the trainee)',
        params: IdParams,
        body: TalkInput,
        response: { 200: F },
      },
    },
    async (req) => ok(await followups.recordTalk(db, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/exams/followups/:id/plan',
    {
      preHandler: allow('exams.followup'),
      schema: {
        tags: ftags,
        summary: 'Record the improvement plan',
        params: IdParams,
        body: PlanInput,
        response: { 200: F },
      },
    },
    async (req) => ok(await followups.recordPlan(db, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/exams/followups/:id/close',
    {
      preHandler: allow('exams.followup'),
      schema: {
        tags: ftags,
        summary: 'Close (422 FOLLOWUP_INCOMPLETE until talk and plan are recorded)',
        params: IdParams,
        body: z.object({ version: z.number().int().min(1) }),
        response: { 200: F },
      },
    },
    async (req) => ok(await followups.close(db, actorOf(req), req.params.id, req.body.version)),
  );
};
