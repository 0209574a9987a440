import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// The redlines part of mentorship (issue 20 item 6), under /api/mentorship; see modules/mentorship/index.ts.
export const redlinesRoutes: FastifyPluginAsyncZod = async () => {};
