import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CycleAdvanceInput,
  CycleCreateInput,
  CycleDetail,
  CycleListQuery,
  CycleSummary,
  ExternalImportResult,
  ExternalValueInput,
  ExternalValueRow,
  RecomputeResult,
  ReminderResult,
} from '../../../../common/appraisal-cycles.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import { listExternal, putExternal } from '../inputs/external.service.js';
import { readExternalXlsx } from '../inputs/external.xlsx.js';
import * as service from './cycles.service.js';
import { advance, sendReminders } from './cycles.steps.js';

// Appraisal cycles (SPEC §9), under /api/appraisal/cycles: made from a published plan version,
// moved one step at a time by appraisal.cycles; HR's external values (sales) while open.
export const cycleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['appraisal'];
  const runs = allow('appraisal.cycles');

  app.get(
    '/cycles',
    {
      preHandler: allow('appraisal.read'),
      schema: {
        tags,
        summary: 'Appraisal cycles, newest period first (the sheets in them are scoped)',
        querystring: CycleListQuery,
        response: { 200: pageSchema(CycleSummary) },
      },
    },
    async (req) => {
      const { data, total } = await service.listCycles(db, req.query);
      return page(data, total);
    },
  );

  app.post(
    '/cycles',
    {
      preHandler: runs,
      schema: {
        tags,
        summary:
          'Start a cycle of a published plan version for the period beginning on periodStart; a sheet for every appraised person of its teams, computed from the data. 422 PLAN_NOT_PUBLISHED / PERIOD_MISALIGNED / PLAN_HAS_NO_PEOPLE; 409 CYCLE_EXISTS',
        body: CycleCreateInput,
        response: { 200: okSchema(CycleDetail) },
      },
    },
    async (req) => ok(await service.createCycle(db, actorOf(req), req.body)),
  );

  app.get(
    '/cycles/:id',
    {
      preHandler: allow('appraisal.read'),
      schema: {
        tags,
        summary: 'A cycle with its timetable, step history and the grade counts of the sheets you see',
        params: IdParams,
        response: { 200: okSchema(CycleDetail) },
      },
    },
    async (req) => ok(await service.cycleDetail(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/cycles/:id/advance',
    {
      preHandler: runs,
      schema: {
        tags,
        summary:
          'Move the cycle to its next step (open → frozen → review → confirmation → appeal → final → published); the freeze snapshots every sheet. 409 CYCLE_STEP_ORDER / VERSION_CONFLICT',
        params: IdParams,
        body: CycleAdvanceInput,
        response: { 200: okSchema(CycleDetail) },
      },
    },
    async (req) => {
      await advance(db, actorOf(req), req.params.id, req.body);
      return ok(await service.cycleDetail(db, actorOf(req), req.params.id));
    },
  );

  app.post(
    '/cycles/:id/recompute',
    {
      preHandler: runs,
      schema: {
        tags,
        summary: 'Compute the draft sheets of an open cycle again from the data. 409 CYCLE_FROZEN once frozen',
        params: IdParams,
        response: { 200: okSchema(RecomputeResult) },
      },
    },
    async (req) => ok(await service.recomputeCycle(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/cycles/:id/remind',
    {
      preHandler: runs,
      schema: {
        tags,
        summary:
          'Remind who has yet to act in the current step: the team leads (review), the people who have not confirmed (confirmation), HR (final); nobody while open, frozen or in appeal',
        params: IdParams,
        response: { 200: okSchema(ReminderResult) },
      },
    },
    async (req) => ok(await sendReminders(db, actorOf(req), req.params.id)),
  );

  app.get(
    '/cycles/:id/external',
    {
      preHandler: runs,
      schema: {
        tags,
        summary: 'The values HR entered or imported for the cycle (sales)',
        params: IdParams,
        response: { 200: okSchema(z.array(ExternalValueRow)) },
      },
    },
    async (req) => ok(await listExternal(db, req.params.id)),
  );

  app.put(
    '/cycles/:id/external',
    {
      preHandler: runs,
      schema: {
        tags,
        summary:
          'Enter values (sales) by employee number, all or nothing: any bad row → applied=false with every bad row named, nothing written. 409 CYCLE_FROZEN; 422 NOT_AN_EXTERNAL_KPI',
        params: IdParams,
        body: ExternalValueInput,
        response: { 200: okSchema(ExternalImportResult) },
      },
    },
    async (req) => ok(await putExternal(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/cycles/:id/external/import',
    {
      preHandler: runs,
      schema: {
        tags,
        summary:
          'Import sales values from an .xlsx (multipart field "file"; column A employee number, column B value, first row headers), all or nothing as PUT. 400 MISSING_FILE / BAD_FILE / EMPTY_FILE; 409 CYCLE_FROZEN',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(ExternalImportResult) },
      },
    },
    async (req) => {
      // As the other uploads: a request that is no form says first whether the cycle exists.
      if (!req.isMultipart()) await service.requireCycle(db, req.params.id);
      const { fileName, rows } = await readExternalXlsx(db, req);
      return ok(await putExternal(db, actorOf(req), req.params.id, { code: 'sales', rows }, fileName));
    },
  );
};
