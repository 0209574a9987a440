import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AtRiskQuery,
  AtRiskRow,
  Certification,
  CertificationCheck,
  CertifyInput,
  CohortBoard,
  TraineeEvaluation,
} from '../../../common/evaluation.js';
import { ruleBroken } from '../../lib/errors.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../lib/http.js';
import { LocaleParam, readerLocale } from '../../lib/reader-locale.js';
import { boardFileName, boardWorkbook } from './board.export.js';
import { atRisk, cohortBoard, traineeEvaluation } from './board.service.js';
import { certificationCheck, certify } from './certify.service.js';
import { evaluateTrainee } from './criteria.service.js';

// New-hire evaluation (SPEC §6, issue 5 items 1–3, 6), mounted under /api/evaluation. Thin:
// authenticate → authorize → validate → service.
export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['evaluation'];

  app.get(
    '/at-risk',
    {
      preHandler: allow('evaluation.read'),
      schema: {
        tags,
        summary:
          'Trainees in your scope who meet an elimination criterion (1–4) or are one step from one, with what would trigger it',
        querystring: AtRiskQuery,
        response: { 200: pageSchema(AtRiskRow) },
      },
    },
    async (req) => {
      const r = await atRisk(db, actorOf(req), req.query);
      return page(r.items, r.total);
    },
  );

  app.get(
    '/me',
    {
      schema: {
        tags,
        summary: 'Your own criteria with their evidence (a trainee sees the facts early)',
        response: { 200: okSchema(TraineeEvaluation) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      if (!actor.employeeId) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
      return ok(await evaluateTrainee(db, actor.employeeId));
    },
  );

  app.get(
    '/trainees/:id',
    {
      preHandler: allow('evaluation.read'),
      schema: {
        tags,
        summary: 'A trainee’s criteria 1–4 with the evidence of each',
        params: IdParams,
        response: { 200: okSchema(TraineeEvaluation) },
      },
    },
    async (req) => ok(await traineeEvaluation(db, actorOf(req), req.params.id)),
  );

  app.get(
    '/cohorts/:id/board',
    {
      preHandler: allow('evaluation.read'),
      schema: {
        tags,
        summary:
          'The cohort board: per trainee scores per exam and period, attendance, mentoring phase, status and risk',
        params: IdParams,
        response: { 200: okSchema(CohortBoard) },
      },
    },
    async (req) => ok(await cohortBoard(db, actorOf(req), req.params.id)),
  );

  app.get(
    '/cohorts/:id/board.xlsx',
    {
      preHandler: allow('evaluation.read'),
      schema: {
        tags,
        summary: 'The cohort board as .xlsx (headers in your language)',
        params: IdParams,
        querystring: z.object({ locale: LocaleParam }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const board = await cohortBoard(db, actor, req.params.id);
      const locale = readerLocale(req.query.locale, actor);
      const body = await boardWorkbook(board, locale);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="cohort-board.xlsx"; filename*=UTF-8''${encodeURIComponent(boardFileName(locale, board.cohort.name))}`,
        )
        .send(body);
    },
  );

  app.get(
    '/trainees/:id/certification',
    {
      preHandler: allow('evaluation.read'),
      schema: {
        tags,
        summary: 'The next certification step, its evidence, what stands in the way, and the steps taken',
        params: IdParams,
        response: { 200: okSchema(CertificationCheck) },
      },
    },
    async (req) => ok(await certificationCheck(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/trainees/:id/certify',
    {
      preHandler: allow('evaluation.certify'),
      schema: {
        tags,
        summary: 'Certify: trainee → shadowing (probation), then probation → regular, with the evidence recorded',
        params: IdParams,
        body: CertifyInput,
        response: { 200: okSchema(Certification) },
      },
    },
    async (req) => ok(await certify(db, actorOf(req), req.params.id, req.body)),
  );
};
