import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, IdParams, ok, okSchema, page, pageSchema, PagingQuery } from '../../lib/http.js';
import * as notices from './notifications.service.js';

// In-app notifications (issue 5 item 7), mounted under /api/notifications. Every signed-in user
// has their own; no permission beyond being signed in.
const NotificationDto = z.object({
  id: z.string(),
  kind: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
const ListQuery = PagingQuery.extend({ unread: z.enum(['true', 'false']).default('false') });

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['notifications'];

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'My notices, newest first (unread=true for the unread ones only)',
        querystring: ListQuery,
        response: { 200: pageSchema(NotificationDto) },
      },
    },
    async (req) => {
      const { data, total } = await notices.listMine(db, actorOf(req), {
        ...req.query,
        unread: req.query.unread === 'true',
      });
      return page(data, total);
    },
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'How many of my notices are unread (the header badge)',
        response: { 200: okSchema(z.object({ count: z.number().int() })) },
      },
    },
    async (req) => ok({ count: await notices.unreadCount(db, actorOf(req)) }),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of my notices read (404 for anyone else’s)',
        params: IdParams,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await notices.markRead(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all my notices read; returns how many changed',
        response: { 200: okSchema(z.object({ count: z.number().int() })) },
      },
    },
    async (req) => ok({ count: await notices.markAllRead(db, actorOf(req)) }),
  );
};
