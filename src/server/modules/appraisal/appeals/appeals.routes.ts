import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AppealDecisionInput,
  AppealDetail,
  AppealInput,
  AppealListQuery,
  AppealReviewInput,
  AppealSummary,
} from '../../../../common/appraisal-results.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import * as service from './appeals.service.js';
import * as steps from './appeals.steps.js';

// Appeals of an appraisal result (issue 18 item 6), under /api/appraisal. Who sees which appeal is
// decided in the service (the sheet's people scope); each step also needs its permission.
export const appealRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['appraisal'];
  const read = allow('appraisal.read');

  app.get(
    '/appeals',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Appeals you may see (your own; a team lead their team; a center manager their department; HR and admin all), newest first',
        querystring: AppealListQuery,
        response: { 200: pageSchema(AppealSummary) },
      },
    },
    async (req) => {
      const { data, total } = await service.listAppeals(db, actorOf(req), req.query);
      return page(data, total);
    },
  );

  app.post(
    '/appeals',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Appeal one KPI item of your own sheet with a reason, while the cycle is in confirmation or appeal and within the appeal window; the team lead is told. 403 not your sheet; 404 out of sight; 422 APPEAL_WINDOW_CLOSED / APPEAL_SHEET_CONFIRMED / APPEAL_ITEM_UNKNOWN; 409 APPEAL_EXISTS',
        body: AppealInput,
        response: { 200: okSchema(AppealDetail) },
      },
    },
    async (req) => ok(await service.fileAppeal(db, actorOf(req), req.body)),
  );

  app.get(
    '/appeals/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'An appeal with its review, written decision, steps and what you may do (404 when out of sight)',
        params: IdParams,
        response: { 200: okSchema(AppealDetail) },
      },
    },
    async (req) => ok(await service.appealDetail(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/appeals/:id/review',
    {
      preHandler: allow('appraisal.review'),
      schema: {
        tags,
        summary:
          'The team lead’s review: a comment and a recommendation; HR and the center manager are told. 409 APPEAL_ALREADY_REVIEWED / APPEAL_ALREADY_DECIDED / VERSION_CONFLICT',
        params: IdParams,
        body: AppealReviewInput,
        response: { 200: okSchema(AppealDetail) },
      },
    },
    async (req) => ok(await steps.review(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/appeals/:id/decision',
    {
      preHandler: allow('appraisal.decide'),
      schema: {
        tags,
        summary:
          'HR’s or the center manager’s written decision: upheld with the corrected value (the sheet is recomputed, old and new values audited) or rejected. 409 APPEAL_NOT_REVIEWED / APPEAL_ALREADY_DECIDED / VERSION_CONFLICT; 422 APPEAL_VALUE_REQUIRED / APPEAL_CYCLE_CLOSED',
        params: IdParams,
        body: AppealDecisionInput,
        response: { 200: okSchema(AppealDetail) },
      },
    },
    async (req) => ok(await steps.decide(db, actorOf(req), req.params.id, req.body)),
  );
};
