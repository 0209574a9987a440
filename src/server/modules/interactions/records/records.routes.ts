import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import * as S from '../interactions.schema.js';
import * as service from './records.service.js';

// The interactions behind a KPI figure, and one interaction by its source ID.
export const recordRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['interactions'];

  app.get(
    '/interactions',
    {
      preHandler: allow('interactions.read'),
      schema: {
        tags,
        summary:
          'The interactions behind a KPI figure: by agentId, teamId or departmentId, a date or from/to, and filters; newest first, paged by cursor (startingAfter / endingBefore)',
        querystring: S.InteractionListQuery,
        response: { 200: S.InteractionPage },
      },
    },
    async (req) => {
      const { items, total, hasMore } = await service.listInteractions(db, actorOf(req), req.query);
      return { success: true as const, data: items, total, hasMore };
    },
  );

  app.get(
    '/interactions/:id',
    {
      preHandler: allow('interactions.read'),
      schema: {
        tags,
        summary: 'One interaction (by its source interaction ID)',
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: okSchema(S.InteractionDto) },
      },
    },
    async (req) => ok(await service.getInteraction(db, actorOf(req), req.params.id)),
  );
};
