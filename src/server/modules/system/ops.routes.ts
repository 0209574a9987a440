import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { metricsTokenOf } from '../../config.js';
import { actorOf } from '../../lib/http.js';
import { AppError, forbidden, unauthorized } from '../../lib/errors.js';
import { renderMetrics } from '../../lib/ops/metrics.js';
import { jobQueueDepth } from '../../lib/ops/ops.repo.js';
import { readiness } from '../../lib/ops/readiness.js';

// What a load balancer and Prometheus read. /health (system.routes.ts) says the process is up;
// /ready says this node can serve; /metrics gives the node's figures in Prometheus text.

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export const opsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;

  app.get(
    '/ready',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Can this node serve: the database answers and has every schema step (503 otherwise)',
        response: { 200: z.object({ success: z.literal(true), data: z.object({ migrations: z.number() }) }) },
      },
    },
    async (req) => {
      const r = await readiness(db);
      if (r.ready) return { success: true as const, data: { migrations: r.migrations } };
      req.log.warn({ problem: r.problem, detail: r.detail }, 'not ready');
      // The database's own message stays in the log: this answer is public.
      const message = r.problem === 'MIGRATIONS_PENDING' ? `Schema steps ${r.detail}` : 'The database does not answer';
      throw new AppError(503, r.problem, message);
    },
  );

  app.get(
    '/metrics',
    {
      // Checked here rather than by the sign-in hook: a scraper has a token, not a session.
      config: { public: true },
      schema: {
        tags: ['system'],
        summary:
          'Prometheus metrics of this node: request latency, job queue depth, import rows/s (Bearer METRICS_TOKEN, or an administrator)',
        produces: ['text/plain'],
      },
    },
    async (req, reply) => {
      const token = metricsTokenOf();
      if (token) {
        const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        if (!given || !sameSecret(given, token)) throw unauthorized('Send Authorization: Bearer METRICS_TOKEN');
      } else {
        if (!req.actor) throw unauthorized();
        if (!actorOf(req).roles.includes('admin')) throw forbidden('Only an administrator may read the metrics');
      }
      const text = renderMetrics(await jobQueueDepth(db));
      return reply.type('text/plain; version=0.0.4; charset=utf-8').send(text);
    },
  );
};
