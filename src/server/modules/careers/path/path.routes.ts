import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// The path part of careers (issue 21), under /api/careers; see modules/careers/index.ts.
export const pathRoutes: FastifyPluginAsyncZod = async () => {};
