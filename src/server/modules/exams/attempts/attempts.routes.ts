import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AnswerInput,
  AttemptResult,
  AttemptView,
  MyExam,
  SaveResult,
  SubmitResult,
} from '../../../../common/exams-attempts.js';
import { DailyDto, MyFollowupDto, PracticalDto } from '../../../../common/exams-practical.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { myExams, myResult } from './attempts.results.js';
import * as service from './attempts.service.js';
import * as daily from '../daily/daily.service.js';
import * as followups from '../grading/followups.service.js';
import * as practical from '../daily/practical.service.js';

// The examinee's side. Every response here is built without the answer key, correctness or
// scores until results are released (attempts.view.ts; proven by attempts-leak.test.ts).
export const attemptRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['exams: taking'];
  const take = allow('exams.take');

  app.get(
    '/exams/my',
    {
      preHandler: take,
      schema: {
        tags,
        summary: 'My theory exams: window, attempts used and left, released scores',
        response: { 200: okSchema(z.array(MyExam)) },
      },
    },
    async (req) => ok(await myExams(db, actorOf(req))),
  );

  app.post(
    '/exams/:id/attempts',
    {
      preHandler: take,
      schema: {
        tags,
        summary: 'Start an attempt, or resume the one in progress (409 RETAKE_LIMIT, EXAM_CLOSED, EXAM_NOT_OPEN)',
        params: IdParams,
        response: { 200: okSchema(AttemptView) },
      },
    },
    async (req) => ok(await service.startAttempt(db, actorOf(req), req.params.id)),
  );

  app.get(
    '/exams/attempts/:id',
    {
      preHandler: take,
      schema: {
        tags,
        summary: 'My attempt: questions in my order, my saved answers, time left (server clock)',
        params: IdParams,
        response: { 200: okSchema(AttemptView) },
      },
    },
    async (req) => ok(await service.getAttempt(db, actorOf(req), req.params.id)),
  );

  app.put(
    '/exams/attempts/:id/answers/:questionId',
    {
      preHandler: take,
      schema: {
        tags,
        summary: 'Save one answer (idempotent; 409 TIME_UP / ATTEMPT_SUBMITTED after the deadline)',
        params: IdParams.extend({ questionId: z.string().min(1).max(64) }),
        body: AnswerInput,
        response: { 200: okSchema(SaveResult) },
      },
    },
    async (req) => ok(await service.saveAnswer(db, actorOf(req), req.params.id, req.params.questionId, req.body)),
  );

  app.post(
    '/exams/attempts/:id/submit',
    {
      preHandler: take,
      schema: { tags, summary: 'Hand in (idempotent)', params: IdParams, response: { 200: okSchema(SubmitResult) } },
    },
    async (req) => ok(await service.submit(db, actorOf(req), req.params.id)),
  );

  app.get(
    '/exams/attempts/:id/result',
    {
      preHandler: take,
      schema: {
        tags,
        summary: 'My released result with answers, key and explanations (409 RESULTS_NOT_RELEASED before)',
        params: IdParams,
        response: { 200: okSchema(AttemptResult) },
      },
    },
    async (req) => ok(await myResult(db, actorOf(req), req.params.id)),
  );

  app.get(
    '/exams/my/practical',
    {
      preHandler: take,
      schema: {
        tags,
        summary: 'My practical-exam scores with comments',
        response: { 200: okSchema(z.array(PracticalDto)) },
      },
    },
    async (req) => ok(await practical.mine(db, actorOf(req))),
  );

  app.get(
    '/exams/my/daily',
    {
      preHandler: take,
      schema: {
        tags,
        summary: 'My daily-performance scores with comments',
        response: { 200: okSchema(z.array(DailyDto)) },
      },
    },
    async (req) => ok(await daily.mine(db, actorOf(req))),
  );

  app.get(
    '/exams/my/followups',
    {
      preHandler: take,
      schema: {
        tags,
        summary: 'My follow-ups after a failed result: feedback and improvement plan',
        response: { 200: okSchema(z.array(MyFollowupDto)) },
      },
    },
    async (req) => ok(await followups.mine(db, actorOf(req))),
  );
};
