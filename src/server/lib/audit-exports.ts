import type { FastifyInstance } from 'fastify';
import { recordAudit } from './audit.js';

// Every file the API hands out for download (Content-Disposition: attachment) is a bulk read of
// what it holds — a training record, a cohort's board, rejected call rows, evidence — so each one
// is in the audit log as action 'export', by one hook instead of a call in each route: an export
// added later is audited without anyone remembering to. Blank templates (a route whose path has
// "template") hold no one's data and are left out. Written before the file is sent: when the log
// cannot be written, the file does not go out either.

const isTemplate = (route: string) => /\/template\b/.test(route);

export function registerExportAudit(app: FastifyInstance) {
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.actor || reply.statusCode !== 200 || !req.url.startsWith('/api/')) return payload;
    const disposition = String(reply.getHeader('content-disposition') ?? '');
    const route = req.routeOptions.url ?? '';
    if (!disposition.startsWith('attachment') || isTemplate(route)) return payload;
    const params = (req.params ?? {}) as Record<string, unknown>; // validated: may be numbers
    const first = Object.values(params)[0];
    await recordAudit(app.handle.db, req.actor, {
      action: 'export',
      entity: 'export',
      entityId: first === undefined ? route : String(first),
      newValue: { route, url: req.url, params, file: /filename="([^"]*)"/.exec(disposition)?.[1] ?? null },
    });
    return payload;
  });
}
