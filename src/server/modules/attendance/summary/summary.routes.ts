import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Summary, SummaryQuery } from '../../../../common/attendance-summary.js';
import { actorOf, allow, okSchema, ok } from '../../../lib/http.js';
import { LocaleParam, readerLocale } from '../../../lib/reader-locale.js';
import { teamsOf } from '../../people/identity.service.js';
import { sendXlsx } from '../../../lib/workbook.js';
import { summaryFile } from './summary.export.js';
import { monthlySummary } from './summary.service.js';

// The monthly attendance summary (issue 19 item 5), under /api/attendance: whoever may read
// attendance (attendance.read) sees the people of their scope (lib/access peopleScope: a lead
// their team, a center manager their department, HR everyone, an agent themself), and may take
// the same table away as .xlsx for payroll (audited as an export by lib/audit-exports.ts).
export const summaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['attendance'];
  const read = allow('attendance.read');

  app.get(
    '/summary',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'The month’s attendance per person you see (optionally one team): scheduled days, worked hours, lateness, early leave, absence, missing punches, leave by kind, overtime, time off in lieu left. 404 for an unknown team',
        querystring: SummaryQuery,
        response: { 200: okSchema(Summary) },
      },
    },
    async (req) => ok(await monthlySummary(db, actorOf(req), req.query)),
  );

  app.get(
    '/summary/export.xlsx',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'The same monthly summary as an .xlsx for payroll, headers in the reader’s language',
        querystring: SummaryQuery.extend({ locale: LocaleParam }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { locale, ...q } = req.query;
      const summary = await monthlySummary(db, actor, q);
      const team = q.teamId ? ((await teamsOf(db, [q.teamId])).get(q.teamId)?.name ?? null) : null;
      return sendXlsx(reply, await summaryFile(summary, team, readerLocale(locale, actor)));
    },
  );
};
