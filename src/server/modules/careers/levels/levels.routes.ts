import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// The levels part of careers (issue 21), under /api/careers; see modules/careers/index.ts.
export const levelsRoutes: FastifyPluginAsyncZod = async () => {};
