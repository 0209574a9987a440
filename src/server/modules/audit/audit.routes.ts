import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { allow, page, pageSchema } from '../../lib/http.js';
import { listAudit } from './audit.repo.js';
import { AuditEntryDto, AuditQuery } from './audit.schema.js';

const parse = (v: string | null) => (v === null ? null : JSON.parse(v));

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      preHandler: allow('audit.read'),
      schema: {
        tags: ['audit'],
        summary: 'The append-only audit log, newest first',
        querystring: AuditQuery,
        response: { 200: pageSchema(AuditEntryDto) },
      },
    },
    async (req) => {
      const { rows, total } = await listAudit(app.handle.db, req.query);
      return page(
        rows.map((r) => ({
          id: r.id,
          at: r.at,
          actorUserId: r.actor_user_id,
          actorName: r.actor_name,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          oldValue: parse(r.old_value),
          newValue: parse(r.new_value),
          reason: r.reason,
        })),
        total,
      );
    },
  );
};
