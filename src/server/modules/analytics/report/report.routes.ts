import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MonthlyReport, ReportMonth } from '../../../../common/analytics-report.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import { LocaleParam, readerLocale } from '../../../lib/reader-locale.js';
import { sendXlsx } from '../../../lib/workbook.js';
import { reportXlsx } from './report.export.js';
import { monthlyReport } from './report.service.js';

// The report part of analytics (issue 22 item 6), under /api/analytics; see API.md beside it.
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['analytics'];
  const view = allow('analytics.view');

  app.get(
    '/report',
    {
      preHandler: view,
      schema: {
        tags,
        summary:
          'The monthly training report of your scope: headcount and exits by kind, retention of recent cohorts, pass rates, the four levels of programs that ended, trainer effects, warnings and actions (month: last month when absent). 422 REPORT_MONTH_FUTURE',
        querystring: z.object({ month: ReportMonth.optional() }),
        response: { 200: okSchema(MonthlyReport) },
      },
    },
    async (req) => ok(await monthlyReport(db, actorOf(req), req.query.month)),
  );

  app.get(
    '/report.xlsx',
    {
      preHandler: view,
      schema: {
        tags,
        summary:
          'The monthly training report as .xlsx, one sheet per table, in the reader’s language. 422 REPORT_MONTH_FUTURE',
        querystring: z.object({ month: ReportMonth.optional(), locale: LocaleParam }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const report = await monthlyReport(db, actor, req.query.month);
      return sendXlsx(reply, await reportXlsx(report, readerLocale(req.query.locale, actor)));
    },
  );
};
