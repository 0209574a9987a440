import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppealListQuery } from '../../../../common/appraisal-results.js';
import { actorOf, allow, IdParams } from '../../../lib/http.js';
import { LocaleParam, readerLocale } from '../../../lib/reader-locale.js';
import { appealsFile, distributionFile, sheetsFile } from './exports.service.js';
import { sendXlsx as send } from '../../../lib/workbook.js';

// The appraisal's tables as .xlsx, under /api/appraisal (issue 18 item 8): whoever reads a table
// (appraisal.read, scoped as the table) may take it away as a file; headers in their language.
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['appraisal'];
  const read = allow('appraisal.read');
  const Locale = z.object({ locale: LocaleParam });

  app.get(
    '/cycles/:id/sheets.xlsx',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'The cycle’s sheets you see (.xlsx): person, employee no., team, position type, each KPI’s value and points, total, grade, status',
        params: IdParams,
        querystring: Locale,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      return send(reply, await sheetsFile(db, actor, req.params.id, readerLocale(req.query.locale, actor)));
    },
  );

  app.get(
    '/cycles/:id/distribution.xlsx',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'The grade distribution (.xlsx): counts per grade for each team you see, and over all of them',
        params: IdParams,
        querystring: Locale,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      return send(reply, await distributionFile(db, actor, req.params.id, readerLocale(req.query.locale, actor)));
    },
  );

  app.get(
    '/appeals.xlsx',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'The appeals you see (.xlsx), optionally of one cycle or status',
        querystring: Locale.extend(AppealListQuery.pick({ cycleId: true, status: true }).shape),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { locale, ...q } = req.query;
      return send(reply, await appealsFile(db, actor, q, readerLocale(locale, actor)));
    },
  );
};
