import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EliminationReasons,
  EliminationsQuery,
  RatePeopleQuery,
  RatePerson,
  RatesExportQuery,
  RatesQuery,
  RatesView,
} from '../../../../common/analytics-rates.js';
import { peopleScope } from '../../../lib/access.js';
import { actorOf, allow, page, pageSchema } from '../../../lib/http.js';
import { readerLocale } from '../../../lib/reader-locale.js';
import { sendXlsx } from '../../../lib/workbook.js';
import { ratesFile } from './rates.export.js';
import { checkFilterIds, eliminationReasons, passRates, ratePeople } from './rates.service.js';

// Pass and elimination rates (issue 22 item 2), under /api/analytics/rates; see API.md. Whoever may
// read analytics (analytics.view) sees the figures of the people in their scope: a center manager
// their department's people only.
export const ratesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['analytics'];
  const view = allow('analytics.view');
  const split = <T extends { by: 'program' | 'course' | 'exam' | 'trainer'; from?: string; to?: string }>(q: T) => {
    const { by, from, to, ...filter } = q;
    return { by, from, to, filter };
  };
  const withTotal = <T extends z.ZodType>(data: T) =>
    z.object({ success: z.literal(true), data, total: z.number().int() });

  app.get(
    '/rates',
    {
      preHandler: view,
      schema: {
        tags,
        summary:
          'Pass rates of first exam attempts by program, course, exam or trainer, with n and Wilson intervals; program and trainer rows also give the share eliminated. total = rows. 400 RATES_RANGE_REVERSED, RATES_HIRED_RANGE_REVERSED; 404 for an unknown program, department, trainer or mentor',
        querystring: RatesQuery,
        response: { 200: withTotal(RatesView) },
      },
    },
    async (req) => {
      const q = split(req.query);
      await checkFilterIds(db, q.filter);
      const data = await passRates(db, peopleScope(actorOf(req)), q);
      return { success: true as const, data, total: data.rows.length };
    },
  );

  app.get(
    '/rates/export.xlsx',
    {
      preHandler: view,
      schema: {
        tags,
        summary: 'The same pass-rate table as an .xlsx, headers in the reader’s language',
        querystring: RatesExportQuery,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { locale, ...rest } = req.query;
      const q = split(rest);
      await checkFilterIds(db, q.filter);
      const data = await passRates(db, peopleScope(actor), q);
      return sendXlsx(reply, await ratesFile(data, readerLocale(locale, actor)));
    },
  );

  app.get(
    '/rates/eliminations',
    {
      preHandler: view,
      schema: {
        tags,
        summary:
          'Elimination reasons: closed cases decided eliminate, by criterion, per program (range on the closing day). total = programs',
        querystring: EliminationsQuery,
        response: { 200: withTotal(EliminationReasons) },
      },
    },
    async (req) => {
      const { from, to, ...filter } = req.query;
      await checkFilterIds(db, filter);
      const data = await eliminationReasons(db, peopleScope(actorOf(req)), filter, { from, to });
      return { success: true as const, data, total: data.programs.length };
    },
  );

  app.get(
    '/rates/people',
    {
      preHandler: view,
      schema: {
        tags,
        summary:
          'The people behind one cell (key of a row, _none for people without one; no key: the total row): their first attempts (all, passed, failed) or, by program or trainer, those eliminated; at most 500, total says how many. 400 RATES_ELIMINATED_BY',
        querystring: RatePeopleQuery,
        response: { 200: pageSchema(RatePerson) },
      },
    },
    async (req) => {
      const { key, outcome, ...rest } = req.query;
      const q = split(rest);
      await checkFilterIds(db, q.filter);
      const r = await ratePeople(db, peopleScope(actorOf(req)), { ...q, key, outcome });
      return page(r.rows, r.total);
    },
  );
};
