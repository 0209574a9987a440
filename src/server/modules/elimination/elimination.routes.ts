import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppealAnswerInput,
  AppealInput,
  CaseDetail,
  CaseListQuery,
  CaseSummary,
  DecisionInput,
  ExitTalkInput,
  InterviewInput,
  NoticeInput,
  OffboardingInput,
  OpenCaseInput,
} from '../../../common/elimination.js';
import { evidenceFileRoutes } from '../../lib/evidence-routes.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../lib/http.js';
import { addAttachment, readAttachment } from './attachments.service.js';
import * as cases from './cases.service.js';
import * as appeals from './steps.appeals.js';
import * as closing from './steps.closing.js';
import * as steps from './steps.service.js';

// Elimination cases (SPEC §6, issue 5 item 4), mounted under /api/elimination. Who sees which
// case is decided in the service (cases.access.ts); each step also needs its permission.
export const eliminationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['elimination'];
  const read = allow('elimination.read');
  const propose = allow('elimination.propose');
  const decide = allow('elimination.decide');
  const Done = okSchema(z.null());
  const Created = okSchema(z.object({ id: z.string() }));

  app.get(
    '/cases',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Cases you may see (HR/training all, a center manager their department, a team lead their team, a trainee their own); status=open|closed or one status',
        querystring: CaseListQuery,
        response: { 200: pageSchema(CaseSummary) },
      },
    },
    async (req) => {
      const { data, total } = await cases.listCases(db, actorOf(req), req.query);
      return page(data, total);
    },
  );

  app.post(
    '/cases',
    {
      preHandler: propose,
      schema: {
        tags,
        summary:
          'Preliminary list: open a case for a trainee (criteria 1–4 must be met now, their evidence is snapshotted; 5–7 need written evidence). 409 CASE_ALREADY_OPEN, 422 ONLY_TRAINEES / CRITERION_NOT_MET / EVIDENCE_REQUIRED',
        body: OpenCaseInput,
        response: { 200: Created },
      },
    },
    async (req) => ok({ id: await cases.openCase(db, actorOf(req), req.body) }),
  );

  app.get(
    '/cases/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'A case with its evidence, timeline of steps, appeals, checklist and what you may do next (404 when out of your sight)',
        params: IdParams,
        response: { 200: okSchema(CaseDetail) },
      },
    },
    async (req) => ok(await cases.caseDetail(db, actorOf(req), req.params.id)),
  );

  evidenceFileRoutes(app, {
    tags,
    records: '/cases',
    maxMb: 'elimination.attachmentMaxMb',
    upload: {
      preHandler: propose,
      summary:
        'Attach evidence (multipart field "file": pdf, png, jpg, docx, xlsx, txt; at most elimination.attachmentMaxMb) before the notice',
      response: z.object({
        id: z.string(),
        fileName: z.string(),
        mime: z.string(),
        size: z.number().int(),
        uploadedAt: z.string(),
      }),
    },
    download: { preHandler: read, summary: 'Download an attachment of a case you may see' },
    visible: cases.visibleCase,
    add: addAttachment,
    read: readAttachment,
  });

  app.post(
    '/cases/:id/interview',
    {
      preHandler: propose,
      schema: {
        tags,
        summary:
          'Record the one-to-one interview (when, who was present, reasons explained, the trainee’s words). 422 STEP_OUT_OF_ORDER, 409 STEP_ALREADY_DONE',
        params: IdParams,
        body: InterviewInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await steps.recordInterview(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/cases/:id/notice',
    {
      preHandler: propose,
      schema: {
        tags,
        summary:
          'Publish the public notice for elimination.noticeWorkingDays working days from the day after publishedOn (default today; earlier needs backdateReason). Counted through a year the calendar lacks, the end is provisional (provisionalYear): appeals stay open and the decision waits (422 CALENDAR_PROVISIONAL) until the year is entered',
        params: IdParams,
        body: NoticeInput,
        response: {
          200: okSchema(
            z.object({
              publishedOn: z.string(),
              endsOn: z.string(),
              endsAt: z.string(),
              provisionalYear: z.number().nullable(),
            }),
          ),
        },
      },
    },
    async (req) => ok(await steps.publishNotice(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/cases/:id/appeals',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Appeal during the notice (anyone who can see the case). 422 NOTICE_ENDED / NOTICE_NOT_STARTED / STEP_OUT_OF_ORDER',
        params: IdParams,
        body: AppealInput,
        response: { 200: Created },
      },
    },
    async (req) => ok({ id: await appeals.fileAppeal(db, actorOf(req), req.params.id, req.body) }),
  );

  app.post(
    '/appeals/:id/answer',
    {
      preHandler: allow('elimination.answer'),
      schema: {
        tags,
        summary:
          'Answer an appeal in writing (training manager, the trainee’s center manager, or HR). Upheld by HR closes the case (withdrawn); upheld by anyone else is their finding for HR’s final decision; rejected lets the case continue',
        params: IdParams,
        body: AppealAnswerInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await appeals.answerAppeal(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/cases/:id/decision',
    {
      preHandler: decide,
      schema: {
        tags,
        summary:
          'HR’s final decision after the notice ended and every appeal is answered: eliminate (status → eliminated, dated) or retain (closes). 422 NOTICE_NOT_ENDED / APPEALS_PENDING',
        params: IdParams,
        body: DecisionInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await closing.decide(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/cases/:id/offboarding',
    {
      preHandler: decide,
      schema: {
        tags,
        summary:
          'Tick an offboarding item (wages settled, badge and work card returned, equipment handed back) after the decision to eliminate',
        params: IdParams,
        body: OffboardingInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await closing.tickOffboarding(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/cases/:id/exit-talk',
    {
      preHandler: decide,
      schema: {
        tags,
        summary:
          'Record the exit talk once the checklist is complete (the person’s view, the company’s assessment and career advice); closes the case. 422 OFFBOARDING_INCOMPLETE',
        params: IdParams,
        body: ExitTalkInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await closing.recordExitTalk(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );
};
