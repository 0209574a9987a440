import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ExamDto, ExamInput, ExamineesInput, GradersInput } from '../../../../common/exams-papers.js';
import { ExamResultRow, AttemptResult } from '../../../../common/exams-attempts.js';
import { ItemAnalysis, PracticalDto, PracticalInput, PracticalUpdate } from '../../../../common/exams-practical.js';
import { Reason } from '../../../../common/exams.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { examResults, reviewAttempt } from '../attempts/attempts.results.js';
import { extendDeadline } from '../attempts/attempts.service.js';
import { loadExam, requireSee } from '../shared/exams.access.js';
import * as service from './exams.service.js';
import { itemAnalysis } from '../item-analysis/item-analysis.js';
import * as practical from '../daily/practical.service.js';

// Exams as their authors, graders and the people's managers see them.
export const examRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['exams'];
  const author = allow('exams.author');
  const Done = okSchema(z.null());
  const Versioned = ExamInput.and(z.object({ version: z.number().int().min(1) }));

  app.get(
    '/exams',
    {
      preHandler: allow('exams.results'),
      schema: {
        tags,
        summary: 'Exams the caller runs, grades or whose results they may see',
        response: { 200: okSchema(z.array(ExamDto)) },
      },
    },
    async (req) => ok(await service.listExams(db, actorOf(req))),
  );

  app.post(
    '/exams',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Make an exam (draft); pass mark defaults to the setting',
        body: ExamInput,
        response: { 200: okSchema(z.object({ id: z.string() })) },
      },
    },
    async (req) => ok({ id: await service.createExam(db, actorOf(req), req.body) }),
  );

  app.get(
    '/exams/:id',
    {
      preHandler: allow('exams.results'),
      schema: { tags, summary: 'An exam', params: IdParams, response: { 200: okSchema(ExamDto) } },
    },
    async (req) => {
      const exam = await loadExam(db, req.params.id);
      await requireSee(db, actorOf(req), exam);
      return ok(await service.toDto(db, exam));
    },
  );

  app.put(
    '/exams/:id',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Change an exam (the paper, time limit, pass mark and weights freeze once taken)',
        params: IdParams,
        body: Versioned,
        response: { 200: Done },
      },
    },
    async (req) => {
      await service.updateExam(db, actorOf(req), req.params.id, req.body as never);
      return ok(null);
    },
  );

  app.post(
    '/exams/:id/open',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Publish: 422 PAPER_RULE_SHORT names a random rule without enough questions',
        params: IdParams,
        response: { 200: Done },
      },
    },
    async (req) => {
      await service.openExam(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  app.post(
    '/exams/:id/close',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Close the window now; running attempts are submitted with what was saved',
        params: IdParams,
        response: { 200: Done },
      },
    },
    async (req) => {
      await service.closeExam(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  app.post(
    '/exams/:id/release',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Release results of a closed exam (graded attempts show; others when graded)',
        params: IdParams,
        response: { 200: Done },
      },
    },
    async (req) => {
      await service.releaseResults(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  const Examinee = z.object({ employeeId: z.string(), employeeNo: z.string(), name: z.string(), teamName: z.string() });
  app.get(
    '/exams/:id/examinees',
    {
      preHandler: allow('exams.results'),
      schema: { tags, summary: 'Who takes the exam', params: IdParams, response: { 200: okSchema(z.array(Examinee)) } },
    },
    async (req) => ok(await service.listExaminees(db, actorOf(req), req.params.id)),
  );

  app.put(
    '/exams/:id/examinees',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Set the examinees: people and/or whole teams (their current members)',
        params: IdParams,
        body: ExamineesInput,
        response: { 200: okSchema(z.object({ count: z.number() })) },
      },
    },
    async (req) => ok({ count: await service.setExaminees(db, actorOf(req), req.params.id, req.body) }),
  );

  const Grader = z.object({ userId: z.string(), name: z.string() });
  app.get(
    '/exams/graders',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Who may grade: active accounts of trainers, training managers and administrators',
        response: { 200: okSchema(z.array(Grader)) },
      },
    },
    async () => ok(await service.eligibleGraders(db)),
  );

  app.put(
    '/exams/:id/graders',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Set the graders (user ids of trainers)',
        params: IdParams,
        body: GradersInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await service.setGraders(db, actorOf(req), req.params.id, req.body.userIds);
      return ok(null);
    },
  );

  app.get(
    '/exams/:id/results',
    {
      preHandler: allow('exams.results'),
      schema: {
        tags,
        summary: 'Attempts and scores, limited to the people the caller may see',
        params: IdParams,
        response: { 200: okSchema(z.array(ExamResultRow)) },
      },
    },
    async (req) => ok(await examResults(db, actorOf(req), req.params.id)),
  );

  app.get(
    '/exams/:id/item-analysis',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Facility and discrimination index per question (Moodle definitions)',
        params: IdParams,
        response: { 200: okSchema(ItemAnalysis) },
      },
    },
    async (req) => ok(await itemAnalysis(db, actorOf(req), req.params.id)),
  );

  app.get(
    '/exams/attempts/:id/review',
    {
      preHandler: allow('exams.results'),
      schema: {
        tags,
        summary: 'One attempt in full, for staff',
        params: IdParams,
        response: { 200: okSchema(AttemptResult) },
      },
    },
    async (req) => ok(await reviewAttempt(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/exams/attempts/:id/extend',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Give a running attempt more time, with a reason',
        params: IdParams,
        body: z.object({ minutes: z.number().int().min(1).max(600), reason: Reason }),
        response: { 200: okSchema(z.object({ deadlineAt: z.string() })) },
      },
    },
    async (req) =>
      ok({ deadlineAt: await extendDeadline(db, actorOf(req), req.params.id, req.body.minutes, req.body.reason) }),
  );

  // Practical exams: scored on the rubric by a trainer.
  const ptags = ['exams: practical'];
  app.get(
    '/exams/:id/practical-scores',
    {
      preHandler: allow('exams.results'),
      schema: {
        tags: ptags,
        summary: 'Scores of a practical exam',
        params: IdParams,
        response: { 200: okSchema(z.array(PracticalDto)) },
      },
    },
    async (req) => ok(await practical.listForExam(db, actorOf(req), await loadExam(db, req.params.id))),
  );

  const Scored = okSchema(z.object({ id: z.string(), total: z.number(), passed: z.boolean() }));
  app.post(
    '/exams/:id/practical-scores',
    {
      preHandler: allow('exams.practical'),
      schema: {
        tags: ptags,
        summary: 'Score an examinee on the rubric (0–100 each, weighted total)',
        params: IdParams,
        body: PracticalInput,
        response: { 200: Scored },
      },
    },
    async (req) => ok(await practical.record(db, actorOf(req), req.params.id, req.body)),
  );

  app.put(
    '/exams/practical-scores/:id',
    {
      preHandler: allow('exams.practical'),
      schema: {
        tags: ptags,
        summary: 'Change a practical score (reason required, audited)',
        params: IdParams,
        body: PracticalUpdate,
        response: { 200: Scored },
      },
    },
    async (req) => ok(await practical.update(db, actorOf(req), req.params.id, req.body)),
  );
};
