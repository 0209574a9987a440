import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { WorkList } from '../../../../common/home.js';
import { actorOf, ok, okSchema } from '../../../lib/http.js';
import { workOf } from './work.service.js';

// The signed-in person's work list, under /api/home: anyone signed in has one.
export const workRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;

  app.get(
    '/work',
    {
      schema: {
        tags: ['home'],
        summary:
          'What waits for me, soonest due first, with how many working days late each is, and the counts per menu entry',
        response: { 200: okSchema(WorkList) },
      },
    },
    async (req) => ok(await workOf(db, actorOf(req))),
  );
};
