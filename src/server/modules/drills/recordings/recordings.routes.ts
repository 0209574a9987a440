import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// The recordings part of drills (issue 20), under /api/drills; see modules/drills/index.ts.
export const recordingsRoutes: FastifyPluginAsyncZod = async () => {};
