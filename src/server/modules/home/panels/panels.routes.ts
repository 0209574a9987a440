import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HomePanels } from '../../../../common/home-panels.js';
import { actorOf, ok, okSchema } from '../../../lib/http.js';
import { panelsOf } from './panels.service.js';

// How my people are doing (issue 26 item 2), under /api/home: anyone signed in may ask; what the
// panels hold follows their roles and people scope (panels.service.ts).
export const panelsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;

  app.get(
    '/panels',
    {
      schema: {
        tags: ['home'],
        summary:
          'QA score trend with its margin, FCR/AHT/CSAT this month against target, attendance exceptions this week and trainees at risk — of my people, or mine next to my team',
        response: { 200: okSchema(HomePanels) },
      },
    },
    async (req) => ok(await panelsOf(db, actorOf(req))),
  );
};
