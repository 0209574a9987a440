import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// The clock part of attendance (issue 19), under /api/attendance; see modules/attendance/index.ts.
export const clockRoutes: FastifyPluginAsyncZod = async () => {};
