import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// The summary part of attendance (issue 19), under /api/attendance; see modules/attendance/index.ts.
export const summaryRoutes: FastifyPluginAsyncZod = async () => {};
