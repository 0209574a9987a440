import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DisciplineAttachment,
  DisciplineDecisionInput,
  DisciplineDetail,
  DisciplineEvent,
  DisciplineInput,
  DisciplineKind,
  DisciplineListQuery,
  DisciplineResponseInput,
  DisciplineSummary,
} from '../../../common/discipline.js';
import { evidenceFileRoutes } from '../../lib/evidence-routes.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../lib/http.js';
import { addAttachment, readAttachment } from './discipline.files.js';
import * as service from './discipline.service.js';
import * as steps from './discipline.steps.js';

// Discipline records (issue 17 item 6), mounted under /api/discipline. Who sees which record is
// decided in the service (discipline.access.ts); each write also needs its permission.
export const disciplineRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['discipline'];
  const read = allow('discipline.read');
  const Done = okSchema(z.null());

  app.get(
    '/records',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Records of the people you may see (yourself; a team lead their team; a trainer their trainees; a center manager their department; HR and the training manager all), newest first; state=active (counts today) | expired',
        querystring: DisciplineListQuery,
        response: { 200: pageSchema(DisciplineSummary) },
      },
    },
    async (req) => {
      const { data, total } = await service.listRecords(db, actorOf(req), req.query);
      return page(data, total);
    },
  );

  app.post(
    '/records',
    {
      preHandler: allow('discipline.record'),
      schema: {
        tags,
        summary:
          'Record misconduct with its evidence (a team lead for their team, a trainer for their trainees, HR for anyone); the person and HR are told. 404 when the person is out of your sight; 422 DATE_IN_FUTURE / BEFORE_HIRE / ALREADY_EXPIRED / EVIDENCE_MISSING / UNKNOWN_INTERACTION / INTERACTION_NOT_THEIRS / UNKNOWN_ATTENDANCE / NO_ATTENDANCE_RECORD / ATTENDANCE_MISMATCH / SELF_RECORD; 409 DUPLICATE_RECORD',
        body: DisciplineInput,
        response: { 200: okSchema(z.object({ id: z.string() })) },
      },
    },
    async (req) => ok({ id: await service.createRecord(db, actorOf(req), req.body) }),
  );

  app.get(
    '/records/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'A record with its evidence, the reply or appeal, HR’s decision, its timeline and what you may do (404 when out of your sight)',
        params: IdParams,
        response: { 200: okSchema(DisciplineDetail) },
      },
    },
    async (req) => ok(await service.recordDetail(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/records/:id/response',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'The person’s one reply (a statement for the file) or appeal (asks HR to withdraw; the record stops counting until HR answers). 403 when it is not about you; 409 ALREADY_RESPONDED / RECORD_WITHDRAWN',
        params: IdParams,
        body: DisciplineResponseInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await steps.respond(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/records/:id/decision',
    {
      preHandler: allow('discipline.decide'),
      schema: {
        tags,
        summary:
          'HR confirms (it counts until it expires) or withdraws the record, with the reason. 409 ALREADY_DECIDED / VERSION_CONFLICT',
        params: IdParams,
        body: DisciplineDecisionInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await steps.decide(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  evidenceFileRoutes(app, {
    tags,
    records: '/records',
    maxMb: 'discipline.attachmentMaxMb',
    upload: {
      preHandler: allow('discipline.record'),
      summary:
        'Attach an evidence file (multipart field "file": pdf, png, jpg, docx, xlsx, txt; at most discipline.attachmentMaxMb) before HR decides — the recorder or HR',
      response: DisciplineAttachment,
    },
    download: { preHandler: read, summary: 'Download an evidence file of a record you may see' },
    visible: service.visibleRecord,
    add: addAttachment,
    read: readAttachment,
  });

  app.get(
    '/people/:id/events',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'The timeline of a person’s discipline records for their file (codes with params), oldest first; 404 when the person is out of your sight',
        params: IdParams,
        response: {
          200: okSchema(z.array(DisciplineEvent.extend({ recordId: z.string(), recordKind: DisciplineKind }))),
        },
      },
    },
    async (req) => ok(await service.personEvents(db, actorOf(req), req.params.id)),
  );
};
