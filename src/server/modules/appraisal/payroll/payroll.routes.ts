import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BaseBonusInput,
  BonusImportResult,
  BonusTable,
  BonusTeamTotal,
  PoolInput,
  PoolParams,
} from '../../../../common/appraisal-results.js';
import { badRequest } from '../../../lib/errors.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { LocaleParam, readerLocale } from '../../../lib/reader-locale.js';
import { readSingleUpload } from '../../../lib/single-upload.js';
import { importBaseBonuses } from './bonus.import.js';
import * as bonus from './bonus.service.js';
import { sendXlsx } from '../../../lib/workbook.js';
import { templateFileName, templateWorkbook } from './payroll.xlsx.js';

// The bonus table and the payroll export (issue 18 item 5), under /api/appraisal. HR, admin and
// center managers (appraisal.payroll); a center manager sees and sets their department's people.
export const payrollRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['appraisal'];
  const payroll = allow('appraisal.payroll');
  const Locale = z.object({ locale: LocaleParam });

  app.get(
    '/cycles/:id/bonus',
    {
      preHandler: payroll,
      schema: {
        tags,
        summary:
          'The bonus table: each person’s grade, coefficient, base bonus (entered, imported or the default) or team pool, and amount in cents; team totals (in pool mode they add up to the pool)',
        params: IdParams,
        response: { 200: okSchema(BonusTable) },
      },
    },
    async (req) => ok(await bonus.bonusTable(db, actorOf(req), req.params.id)),
  );

  app.put(
    '/cycles/:id/base-bonus',
    {
      preHandler: payroll,
      schema: {
        tags,
        summary:
          'Enter base bonuses (cents) for people of the cycle, all or none. 422 BONUS_BASE_MODE_ONLY / BONUS_NOT_IN_CYCLE / BONUS_DUPLICATE_PERSON / BONUS_CYCLE_PUBLISHED',
        params: IdParams,
        body: BaseBonusInput,
        response: { 200: okSchema(BonusImportResult) },
      },
    },
    async (req) => ok(await bonus.enterBaseBonuses(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/cycles/:id/base-bonus/import',
    {
      preHandler: payroll,
      schema: {
        tags,
        summary:
          'Import base bonuses from an .xlsx (multipart field "file": column A employee number, column B base bonus in yuan, first row headers), all or nothing. 422 BONUS_IMPORT_INVALID (params: errors, rows, problems) / BONUS_IMPORT_EMPTY / BONUS_BASE_MODE_ONLY / BONUS_CYCLE_PUBLISHED; 400 BAD_FILE / NO_FILE',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(BonusImportResult) },
      },
    },
    async (req) => {
      if (!req.isMultipart()) {
        await bonus.cycleOf(db, req.params.id); // an unknown cycle is 404 first, as for the other routes
        throw badRequest('NO_FILE', 'Send the file as multipart/form-data in a field named "file"', 'file');
      }
      const file = await readSingleUpload(db, req, {
        what: 'base bonuses',
        maxMbSetting: 'uploads.maxMb',
        defaultName: 'bonus.xlsx',
        missingCode: 'NO_FILE',
      });
      return ok(await importBaseBonuses(db, actorOf(req), req.params.id, file.name, await file.read()));
    },
  );

  app.get(
    '/cycles/:id/base-bonus/template.xlsx',
    {
      preHandler: payroll,
      schema: {
        tags,
        summary: 'The base-bonus import template (.xlsx, headers in your language)',
        params: IdParams,
        querystring: Locale,
      },
    },
    async (req, reply) => {
      await bonus.cycleOf(db, req.params.id); // 404 for a cycle that does not exist, as every route here
      const locale = readerLocale(req.query.locale, actorOf(req));
      return sendXlsx(reply, {
        body: await templateWorkbook(locale),
        fileName: templateFileName(locale),
        ascii: 'base-bonus.xlsx',
      });
    },
  );

  app.put(
    '/cycles/:id/pools/:teamId',
    {
      preHandler: payroll,
      schema: {
        tags,
        summary:
          'Set a team’s bonus pool (cents) for the cycle (pool mode). 422 BONUS_POOL_MODE_ONLY / BONUS_TEAM_NOT_IN_CYCLE / BONUS_CYCLE_PUBLISHED',
        params: PoolParams,
        body: PoolInput,
        response: { 200: okSchema(BonusTeamTotal) },
      },
    },
    async (req) => ok(await bonus.setPool(db, actorOf(req), req.params.id, req.params.teamId, req.body)),
  );

  app.get(
    '/cycles/:id/payroll.xlsx',
    {
      preHandler: payroll,
      schema: {
        tags,
        summary:
          'The payroll export (.xlsx): employee number, name, team, grade, score, coefficient, amount; a totals row per team; headers in your language. 422 PAYROLL_NOT_FINAL before the cycle is final',
        params: IdParams,
        querystring: Locale,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const file = await bonus.payrollFile(db, actor, req.params.id, readerLocale(req.query.locale, actor));
      return sendXlsx(reply, { ...file, ascii: 'payroll.xlsx' });
    },
  );
};
