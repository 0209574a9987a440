import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// The team part of drills (issue 20), under /api/drills; see modules/drills/index.ts.
export const teamRoutes: FastifyPluginAsyncZod = async () => {};
