import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// The panel part of careers (issue 21), under /api/careers; see modules/careers/index.ts.
export const panelRoutes: FastifyPluginAsyncZod = async () => {};
