import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ManualItemInput,
  SheetCodeParams,
  SheetCommentInput,
  SheetConfirmInput,
  SheetDetail,
  SheetListQuery,
  SheetRow,
} from '../../../../common/appraisal-cycles.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import './sheets.hooks.js';
import * as review from './sheets.review.js';
import * as service from './sheets.service.js';

// Appraisal sheets (绩效考核表), under /api/appraisal/sheets. Who sees which sheet is decided in
// sheets.access.ts (an agent their own, a lead their team, a center manager their department).
export const sheetRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['appraisal'];
  const read = allow('appraisal.read');
  const reviews = allow('appraisal.review');

  app.get(
    '/sheets',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Sheets you may see (yourself; a team lead their team; a center manager their department; HR all), newest period first',
        querystring: SheetListQuery,
        response: { 200: pageSchema(SheetRow) },
      },
    },
    async (req) => {
      const { data, total } = await service.listSheets(db, actorOf(req), req.query);
      return page(data, total);
    },
  );

  app.get(
    '/sheets/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'A sheet: each KPI’s value, points, weight, rule and evidence, the total, grade and the KPI with the most to gain (404 out of sight)',
        params: IdParams,
        response: { 200: okSchema(SheetDetail) },
      },
    },
    async (req) => ok(await service.getSheet(db, actorOf(req), req.params.id)),
  );

  app.put(
    '/sheets/:id/items/:code',
    {
      preHandler: reviews,
      schema: {
        tags,
        summary:
          'Enter a manual item (team lead’s assessment) in the review step, 0..its cap. 409 CYCLE_NOT_IN_REVIEW / VERSION_CONFLICT; 422 NOT_A_MANUAL_ITEM / MANUAL_VALUE_OVER_CAP; 403 own sheet',
        params: SheetCodeParams,
        body: ManualItemInput,
        response: { 200: okSchema(SheetDetail) },
      },
    },
    async (req) => {
      await review.enterManual(db, actorOf(req), req.params.id, req.params.code, req.body);
      return ok(await service.getSheet(db, actorOf(req), req.params.id));
    },
  );

  app.put(
    '/sheets/:id/comment',
    {
      preHandler: reviews,
      schema: {
        tags,
        summary: 'The reviewer’s comment on a sheet, in the review step. 409 CYCLE_NOT_IN_REVIEW / VERSION_CONFLICT',
        params: IdParams,
        body: SheetCommentInput,
        response: { 200: okSchema(SheetDetail) },
      },
    },
    async (req) => {
      await review.comment(db, actorOf(req), req.params.id, req.body);
      return ok(await service.getSheet(db, actorOf(req), req.params.id));
    },
  );

  app.post(
    '/sheets/:id/confirm',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'The person confirms their own sheet in the confirmation step. 403 not yours; 409 CYCLE_NOT_IN_CONFIRMATION / ALREADY_CONFIRMED / SHEET_APPEAL_UNDECIDED (an appeal of the sheet awaits its decision) / VERSION_CONFLICT',
        params: IdParams,
        body: SheetConfirmInput,
        response: { 200: okSchema(SheetDetail) },
      },
    },
    async (req) => {
      await review.confirm(db, actorOf(req), req.params.id, req.body);
      return ok(await service.getSheet(db, actorOf(req), req.params.id));
    },
  );
};
