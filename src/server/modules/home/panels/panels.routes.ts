import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// How my people are doing (issue 26 item 2), under /api/home/panels.
export const panelsRoutes: FastifyPluginAsyncZod = async () => {};
