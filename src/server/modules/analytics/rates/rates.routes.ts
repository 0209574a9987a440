import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// The rates part of analytics (issue 22), under /api/analytics; see modules/analytics/index.ts.
export const ratesRoutes: FastifyPluginAsyncZod = async () => {};
