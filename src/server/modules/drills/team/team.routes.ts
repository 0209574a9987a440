import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TeamQuery, TeamView } from '../../../../common/drills-team.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import { LocaleParam, readerLocale } from '../../../lib/reader-locale.js';
import { sendXlsx } from '../../../lib/workbook.js';
import { teamsOf } from '../../people/identity.service.js';
import { teamFile } from './team.export.js';
import { teamView } from './team.service.js';

// The team part of drills (issue 20 item 5), under /api/drills; see modules/drills/index.ts.
// drills.team lets a role in; which people it sees is the service's row scope (peopleScope).
export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['drills'];
  const team = allow('drills.team');

  app.get(
    '/team',
    {
      preHandler: team,
      schema: {
        tags,
        summary:
          'Per person in your sight (optionally one team) from..to (default the last 7 days): minutes, days at goal, reviews, due now, overdue, mastery, last quiz; and the cards missed most. 422 BAD_DATE_RANGE; 400 TEAM_RANGE_TOO_LONG',
        querystring: TeamQuery,
        response: { 200: okSchema(TeamView) },
      },
    },
    async (req) => ok(await teamView(db, actorOf(req), req.query)),
  );

  app.get(
    '/team/export',
    {
      preHandler: team,
      schema: {
        tags,
        summary: 'The same per-person figures as an .xlsx, headers in the reader’s language',
        querystring: TeamQuery.extend({ locale: LocaleParam }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { locale, ...q } = req.query;
      const view = await teamView(db, actor, q);
      const name = q.teamId ? ((await teamsOf(db, [q.teamId])).get(q.teamId)?.name ?? null) : null;
      return sendXlsx(reply, await teamFile(view, name, readerLocale(locale, actor)));
    },
  );
};
